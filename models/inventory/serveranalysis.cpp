// Runs the classifier and the poisoning scanner over every tool and adds up the server.
#include "serveranalysis.h"

#include "models/inventory/mcpheadercheck.h"
#include "models/inventory/poisoningscanner.h"
#include "models/inventory/toolfingerprint.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerAnalysis)
};

QString displayName(const QJsonObject& tool)
{
    QString title = tool.value(u"title"_s).toString();
    if (title.isEmpty())
        title = tool.value(u"annotations"_s).toObject().value(u"title"_s).toString();
    return title.isEmpty() ? tool.value(u"name"_s).toString() : title;
}

void checkName(const QString& name, QList<Finding>& findings)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9_.-]{1,128}$"_s);
    if (valid.match(name).hasMatch())
        return;
    findings.append(
        {u"invalid-name"_s, FindingSeverity::Medium, u"name"_s,
         Text::tr("The tool name \"%1\" breaks the naming rule (1 to 128 of A-Z a-z 0-9 _ "
                  "- .); such names confuse agents and hide look-alikes.")
             .arg(name.left(80))});
}

ToolAnalysis analyseTool(const QJsonObject& tool, const PoisoningScanner& scanner)
{
    ToolAnalysis analysis;
    analysis.definition = tool;
    analysis.name = tool.value(u"name"_s).toString();
    analysis.title = displayName(tool);
    analysis.classification = ToolClassifier::classify(tool);
    analysis.findings = analysis.classification.findings;
    checkName(analysis.name, analysis.findings);
    analysis.findings += McpHeaderCheck::check(tool);
    analysis.findings += scanner.scanDefinition(tool);
    analysis.definitionChars =
        QString::fromUtf8(QJsonDocument(tool).toJson(QJsonDocument::Compact)).size();
    analysis.tokenEstimate = ServerAnalysis::estimateTokens(analysis.definitionChars);
    analysis.sha256 = ToolFingerprint::sha256(tool);
    return analysis;
}

void scanServer(const ServerInventory& inventory, const PoisoningScanner& scanner,
                QList<Finding>& findings)
{
    findings += scanner.scanText(u"instructions"_s, inventory.instructions);
    findings += scanner.scanDefinition(QJsonObject{{u"serverInfo"_s, inventory.serverInfo}});
    const auto scanList = [&](const QString& kind, const QList<QJsonObject>& items) {
        for (const QJsonObject& item : items) {
            const QString label = u"%1[%2]"_s.arg(kind, item.value(u"name"_s).toString());
            findings += scanner.scanDefinition(QJsonObject{{label, item}});
        }
    };
    scanList(u"prompts"_s, inventory.prompts);
    scanList(u"resources"_s, inventory.resources);
    scanList(u"resourceTemplates"_s, inventory.resourceTemplates);
}

} // namespace

FindingSeverity ToolAnalysis::worstSeverity() const
{
    FindingSeverity worst = FindingSeverity::Info;
    for (const Finding& finding : findings)
        worst = std::max(worst, finding.severity);
    return worst;
}

int ServerAnalysis::writeCapableTools() const
{
    return count(ToolClass::Write) + count(ToolClass::Destructive) + count(ToolClass::Unknown);
}

int ServerAnalysis::findingCount() const
{
    qsizetype total = serverFindings.size();
    for (const ToolAnalysis& tool : tools)
        total += tool.findings.size();
    return int(total);
}

const ToolAnalysis* ServerAnalysis::tool(const QString& name) const
{
    for (const ToolAnalysis& candidate : tools) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

ServerAnalysis ServerAnalysis::analyse(const ServerInventory& inventory)
{
    static const PoisoningScanner scanner;
    ServerAnalysis analysis;
    QSet<QString> names;
    analysis.tools.reserve(inventory.tools.size());
    for (const QJsonObject& tool : inventory.tools) {
        ToolAnalysis toolAnalysis = analyseTool(tool, scanner);
        if (names.contains(toolAnalysis.name)) {
            analysis.serverFindings.append(
                {u"duplicate-name"_s, FindingSeverity::Medium, u"tools"_s,
                 Text::tr(
                     "The server lists the tool \"%1\" more than once; an agent cannot tell which "
                     "one it calls.")
                     .arg(toolAnalysis.name)});
        }
        names.insert(toolAnalysis.name);
        ++analysis.classCounts[size_t(toolAnalysis.toolClass())];
        if (toolAnalysis.classification.openWorld)
            ++analysis.openWorldTools;
        analysis.definitionChars += toolAnalysis.definitionChars;
        analysis.tools.append(std::move(toolAnalysis));
    }
    analysis.tokenEstimate = estimateTokens(analysis.definitionChars);
    scanServer(inventory, scanner, analysis.serverFindings);
    return analysis;
}

} // namespace Gatehouse
