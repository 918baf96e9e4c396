// gatehouse-cli inventory: enumerate an MCP server read-only, judge its tools, and compare them
// with (or store them as) the workspace's pin.
#include "clicommand.h"

#include "models/feed/secretstore.h"
#include "models/inventory/inventoryreport.h"
#include "models/inventory/inventorytarget.h"
#include "models/inventory/serveranalysis.h"
#include "models/inventory/toolpinstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatehouseCli)
};

void addInventoryOptions(QCommandLineParser& parser)
{
    parser.addOption({u"pin"_s, Text::tr("Store the tools' definitions as the server's pin in the "
                                         "workspace (recorded in the audit trail).")});
    parser.addOption({u"timeout"_s, Text::tr("Seconds to wait for each answer (default 10)."),
                      Text::tr("S"), u"10"_s});
    parser.addOption({u"env"_s,
                      Text::tr("Pass this variable to a stdio server, from Gatehouse's environment "
                               "(NAME) or set (NAME=VALUE); repeatable. Only PATH and HOME pass "
                               "otherwise."),
                      Text::tr("NAME")});
    parser.addOption({u"token-env"_s,
                      Text::tr("Read the HTTP bearer token from this environment variable."),
                      Text::tr("NAME")});
    parser.addOption(
        {u"token-keyring"_s,
         Text::tr("Read the HTTP bearer token from the keyring entry of this source id."),
         Text::tr("ID")});
    parser.addOption({u"era"_s, Text::tr("Protocol generation: auto (default), legacy or modern."),
                      Text::tr("ERA"), u"auto"_s});
    parser.addOption({u"max-items"_s,
                      Text::tr("Refuse servers listing more items (default 10000)."), Text::tr("N"),
                      u"10000"_s});
    parser.addPositionalArgument(u"server"_s,
                                 Text::tr("An http(s) URL of a Streamable HTTP endpoint, or, after "
                                          "\"--\", the command that starts a stdio server."),
                                 Text::tr("(URL | -- COMMAND ARGS...)"));
}

Result<EnumerationOptions> optionsFrom(const QCommandLineParser& parser)
{
    EnumerationOptions options;
    bool ok = false;
    const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("--timeout wants seconds between 0 and 3600."));
    options.timeoutMs = int(seconds * 1000);
    options.discoveryTimeoutMs = std::min(options.timeoutMs, options.discoveryTimeoutMs);
    options.maxItems = parser.value(u"max-items"_s).toLongLong(&ok);
    if (!ok || options.maxItems < 1)
        return fail(ErrorCode::InvalidArgument, Text::tr("--max-items wants a positive number."));
    const QString era = parser.value(u"era"_s);
    if (era == u"legacy"_s)
        options.era = EnumerationOptions::Era::Legacy;
    else if (era == u"modern"_s)
        options.era = EnumerationOptions::Era::Modern;
    else if (era != u"auto"_s)
        return fail(ErrorCode::InvalidArgument, Text::tr("--era is auto, legacy or modern."));
    return options;
}

Result<QString> bearerToken(const QCommandLineParser& parser)
{
    if (parser.isSet(u"token-env"_s)) {
        const QString token = qEnvironmentVariable(parser.value(u"token-env"_s).toLocal8Bit());
        if (token.isEmpty()) {
            return fail(ErrorCode::InvalidArgument,
                        Text::tr("The environment variable %1 named by --token-env is empty.")
                            .arg(parser.value(u"token-env"_s)));
        }
        return token;
    }
    if (parser.isSet(u"token-keyring"_s)) {
        SecretStore store;
        auto secret =
            store.readNow(parser.value(u"token-keyring"_s), SecretStore::Kind::BearerToken);
        if (!secret)
            return std::unexpected(secret.error());
        return QString::fromUtf8(secret->copy());
    }
    return QString();
}

Result<InventoryTarget> targetFrom(const QCommandLineParser& parser)
{
    auto target = InventoryTarget::fromWords(parser.positionalArguments(), parser.values(u"env"_s));
    if (!target)
        return target;
    auto token = bearerToken(parser);
    if (!token)
        return std::unexpected(token.error());
    if (!token->isEmpty() && !target->isHttp()) {
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("A bearer token is for an HTTP server; pass a stdio server its "
                             "credentials with --env."));
    }
    target->bearerToken = *token;
    return target;
}

QString pinLine(const PinDiff& diff)
{
    if (!diff.hasPin)
        return Text::tr("Pin: none in this workspace (use --pin to store one).");
    if (diff.isClean())
        return Text::tr("Pin: all %1 tools match the pin of %2.")
            .arg(diff.unchanged.size())
            .arg(toIsoUtc(diff.pinnedAt));
    return Text::tr("Pin of %1: changed [%2], added [%3], removed [%4].")
        .arg(toIsoUtc(diff.pinnedAt), diff.changed.join(u", "_s), diff.added.join(u", "_s),
             diff.removed.join(u", "_s));
}

void printFindings(QTextStream& out, const QString& where, const QList<Finding>& findings)
{
    for (const Finding& finding : findings) {
        out << u"  [%1] %2: %3"_s.arg(findingSeverityName(finding.severity), where, finding.message)
            << '\n';
    }
}

void printText(QTextStream& out, const ServerInventory& inventory, const ServerAnalysis& analysis,
               const PinDiff* diff)
{
    out << Text::tr("Server: %1 %2 (%3, protocol %4, %5)")
               .arg(inventory.serverName(), inventory.serverVersion(), inventory.transport,
                    inventory.protocolVersion, protocolEraName(inventory.era))
        << '\n'
        << Text::tr("Tools: %1 - read %2, write %3, destructive %4, unknown %5; open-world %6")
               .arg(analysis.tools.size())
               .arg(analysis.count(ToolClass::Read))
               .arg(analysis.count(ToolClass::Write))
               .arg(analysis.count(ToolClass::Destructive))
               .arg(analysis.count(ToolClass::Unknown))
               .arg(analysis.openWorldTools)
        << '\n'
        << Text::tr("Definitions: %1 characters, about %2 tokens (characters/4)")
               .arg(analysis.definitionChars)
               .arg(analysis.tokenEstimate)
        << '\n';
    if (diff)
        out << pinLine(*diff) << '\n';
    out << '\n';
    for (const ToolAnalysis& tool : analysis.tools) {
        out << u"  %1 %2 %3 %4"_s.arg(toolClassName(tool.toolClass()), -12)
                   .arg(tool.tokenEstimate, 6)
                   .arg(tool.name, -32)
                   .arg(tool.findings.isEmpty()
                            ? QString()
                            : QCoreApplication::translate("gatehouse-cli", "%n finding(s)", nullptr,
                                                          int(tool.findings.size())))
            << '\n';
    }
    if (analysis.findingCount() > 0)
        out << '\n' << Text::tr("Findings:") << '\n';
    printFindings(out, Text::tr("server"), analysis.serverFindings);
    for (const ToolAnalysis& tool : analysis.tools)
        printFindings(out, tool.name, tool.findings);
    out.flush();
}

int runInventory(Invocation& run)
{
    const QCommandLineParser& parser = run.parser();
    auto options = optionsFrom(parser);
    if (!options)
        return run.failWith(options.error());
    auto target = targetFrom(parser);
    if (!target)
        return run.failWith(target.error());

    std::unique_ptr<Workspace> workspace;
    if (parser.isSet(u"workspace"_s) || parser.isSet(u"pin"_s)) {
        auto opened = run.openWorkspace();
        if (!opened)
            return run.failWith(opened.error());
        workspace = std::move(*opened);
    }

    auto inventory = target->enumerate(*options);
    if (!inventory)
        return run.failWith(inventory.error());
    const ServerAnalysis analysis = ServerAnalysis::analyse(*inventory);

    std::optional<PinDiff> diff;
    if (workspace) {
        ToolPinStore store(*workspace);
        auto compared = parser.isSet(u"pin"_s) ? store.pin(*inventory, analysis, run.actor())
                                               : store.diff(*inventory, analysis);
        if (!compared)
            return run.failWith(compared.error());
        diff = *compared;
    }
    const PinDiff* shownDiff = diff ? &*diff : nullptr;
    if (run.json())
        run.printJson(QJsonDocument(InventoryReport::toJson(*inventory, analysis, shownDiff)));
    else
        printText(run.out(), *inventory, analysis, shownDiff);
    if (parser.isSet(u"pin"_s) && !run.json())
        run.out() << Text::tr("Pinned %1 tools.").arg(analysis.tools.size()) << Qt::endl;
    return 0;
}

} // namespace

void addInventoryCommands(std::vector<Command>& commands)
{
    commands.push_back(Command{
        {u"inventory"_s},
        Text::tr("(URL | -- COMMAND ARGS...) [--pin] [--timeout S] [--env NAME]"),
        Text::tr("Enumerate an MCP server read-only and classify its tools"),
        addInventoryOptions,
        runInventory,
    });
}

} // namespace Gatehouse::Cli
