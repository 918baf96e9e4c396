// gatehouse-cli workspace init | workspace check | audit verify | audit log
#include "clicommand.h"

#include "models/workspace/audittrail.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatehouseCli)
};

int initWorkspace(Invocation& run)
{
    auto workspace = run.openWorkspace(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return run.failWith(workspace.error());
    if (run.json())
        run.printJson(QJsonDocument(QJsonObject{{u"path"_s, (*workspace)->path()},
                                                {u"schema"_s, (*workspace)->schemaVersion()}}));
    else
        run.out() << Text::tr("Workspace %1 is ready (schema %2).")
                         .arg((*workspace)->path())
                         .arg((*workspace)->schemaVersion())
                  << Qt::endl;
    return 0;
}

int checkWorkspace(Invocation& run)
{
    auto workspace = run.openWorkspace();
    if (!workspace)
        return run.failWith(workspace.error());
    const auto report = (*workspace)->check();
    if (!report)
        return run.failWith(report.error());
    const bool ok = report->integrityOk && report->auditOk;
    if (run.json()) {
        run.printJson(QJsonDocument(
            QJsonObject{{u"ok"_s, ok},
                        {u"integrity"_s, QJsonArray::fromStringList(report->integrityMessages)},
                        {u"audit_intact"_s, report->auditOk},
                        {u"audit_entries"_s, report->auditEntries},
                        {u"audit_message"_s, report->auditMessage}}));
    } else {
        run.out() << Text::tr("SQLite integrity: %1").arg(report->integrityMessages.join(u"; "_s))
                  << '\n'
                  << Text::tr("Audit trail: %1").arg(report->auditMessage) << Qt::endl;
    }
    return ok ? 0 : 1;
}

int verifyAudit(Invocation& run)
{
    auto workspace = run.openWorkspace();
    if (!workspace)
        return run.failWith(workspace.error());
    const auto result = (*workspace)->audit().verify();
    if (!result)
        return run.failWith(result.error());
    if (run.json()) {
        run.printJson(QJsonDocument(QJsonObject{
            {u"intact"_s, result->intact},
            {u"entries"_s, result->entries},
            {u"head"_s, QString::fromLatin1(result->headHash)},
            {u"first_bad_entry"_s,
             result->firstBadSequence ? QJsonValue(result->firstBadSequence) : QJsonValue()},
            {u"reason"_s, result->reason}}));
    } else if (result->intact) {
        run.out() << Text::tr("Audit trail intact: %1 entries, head %2.")
                         .arg(result->entries)
                         .arg(QString::fromLatin1(result->headHash))
                  << Qt::endl;
    } else {
        run.err() << Text::tr("Audit trail broken at entry %1: %2.")
                         .arg(result->firstBadSequence)
                         .arg(result->reason)
                  << Qt::endl;
    }
    return result->intact ? 0 : 1;
}

int showAuditLog(Invocation& run)
{
    auto workspace = run.openWorkspace();
    if (!workspace)
        return run.failWith(workspace.error());
    bool ok = false;
    const int limit = run.parser().value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1)
        return run.failWith(Text::tr("--limit takes a positive whole number."));
    auto query = runQuery((*workspace)->database(),
                          u"SELECT sequence, at, actor, action, object, details FROM audit_log"
                          " ORDER BY sequence DESC LIMIT ?"_s,
                          {limit}, Text::tr("Reading the audit trail"));
    if (!query)
        return run.failWith(query.error());
    QJsonArray entries;
    while (query->next()) {
        entries.prepend(QJsonObject{{u"sequence"_s, query->value(0).toLongLong()},
                                    {u"at"_s, query->value(1).toString()},
                                    {u"actor"_s, query->value(2).toString()},
                                    {u"action"_s, query->value(3).toString()},
                                    {u"object"_s, query->value(4).toString()},
                                    {u"details"_s, query->value(5).toString()}});
    }
    if (run.json()) {
        run.printJson(QJsonDocument(entries));
        return 0;
    }
    for (const QJsonValue& value : std::as_const(entries)) {
        const QJsonObject e = value.toObject();
        run.out() << e[u"sequence"_s].toInteger() << "  " << e[u"at"_s].toString() << "  "
                  << e[u"actor"_s].toString() << "  " << e[u"action"_s].toString() << "  "
                  << e[u"object"_s].toString() << "  " << e[u"details"_s].toString() << '\n';
    }
    return 0;
}

} // namespace

void addWorkspaceCommands(std::vector<Command>& commands)
{
    commands.push_back({{u"workspace"_s, u"init"_s},
                        {},
                        Text::tr("Create a workspace, or bring one up to date"),
                        {},
                        initWorkspace});
    commands.push_back({{u"workspace"_s, u"check"_s},
                        {},
                        Text::tr("Run SQLite's integrity check and verify the audit trail"),
                        {},
                        checkWorkspace});
    commands.push_back({{u"audit"_s, u"verify"_s},
                        {},
                        Text::tr("Verify the hash chain of the audit trail (exit 1 when broken)"),
                        {},
                        verifyAudit});
    commands.push_back({{u"audit"_s, u"log"_s},
                        u"[--limit N]"_s,
                        Text::tr("Show the newest audit-trail entries"),
                        [](QCommandLineParser& parser) {
                            parser.addOption({u"limit"_s,
                                              Text::tr("How many entries (default 50)."),
                                              Text::tr("N"), u"50"_s});
                        },
                        showAuditLog});
}

} // namespace Gatehouse::Cli
