// JSON encoding of an inventory.
#include "inventoryreport.h"

#include "models/core/clock.h"

#include <QJsonArray>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QJsonArray findingsJson(const QList<Finding>& findings)
{
    QJsonArray array;
    for (const Finding& finding : findings)
        array.append(InventoryReport::findingJson(finding));
    return array;
}

} // namespace

QJsonObject InventoryReport::findingJson(const Finding& finding)
{
    return {{u"code"_s, finding.code},
            {u"severity"_s, findingSeverityName(finding.severity)},
            {u"field"_s, finding.field},
            {u"message"_s, finding.message}};
}

QJsonObject InventoryReport::toolJson(const ToolAnalysis& tool)
{
    const ToolClassification& c = tool.classification;
    return {{u"name"_s, tool.name},
            {u"title"_s, tool.title},
            {u"class"_s, toolClassName(c.effective)},
            {u"declaredClass"_s, c.annotated ? toolClassName(c.declared) : QJsonValue()},
            {u"annotated"_s, c.annotated},
            {u"openWorld"_s, c.openWorld},
            {u"idempotent"_s, c.idempotent},
            {u"definitionChars"_s, tool.definitionChars},
            {u"tokenEstimate"_s, tool.tokenEstimate},
            {u"sha256"_s, QString::fromLatin1(tool.sha256)},
            {u"findings"_s, findingsJson(tool.findings)}};
}

QJsonObject InventoryReport::totalsJson(const ServerAnalysis& analysis)
{
    return {{u"tools"_s, analysis.tools.size()},
            {u"read"_s, analysis.count(ToolClass::Read)},
            {u"write"_s, analysis.count(ToolClass::Write)},
            {u"destructive"_s, analysis.count(ToolClass::Destructive)},
            {u"unknown"_s, analysis.count(ToolClass::Unknown)},
            {u"writeCapable"_s, analysis.writeCapableTools()},
            {u"openWorld"_s, analysis.openWorldTools},
            {u"findings"_s, analysis.findingCount()},
            {u"definitionChars"_s, analysis.definitionChars},
            {u"tokenEstimate"_s, analysis.tokenEstimate},
            {u"tokenEstimateMethod"_s, u"characters/4"_s}};
}

QJsonObject InventoryReport::diffJson(const PinDiff& diff)
{
    return {{u"pinned"_s, diff.hasPin},
            {u"pinnedAt"_s, diff.hasPin ? toIsoUtc(diff.pinnedAt) : QJsonValue()},
            {u"added"_s, QJsonArray::fromStringList(diff.added)},
            {u"removed"_s, QJsonArray::fromStringList(diff.removed)},
            {u"changed"_s, QJsonArray::fromStringList(diff.changed)},
            {u"unchanged"_s, diff.unchanged.size()}};
}

QJsonObject InventoryReport::toJson(const ServerInventory& inventory,
                                    const ServerAnalysis& analysis, const PinDiff* diff)
{
    QJsonArray tools;
    for (const ToolAnalysis& tool : analysis.tools)
        tools.append(toolJson(tool));
    QJsonObject json{
        {u"server"_s, QJsonObject{{u"transport"_s, inventory.transport},
                                  {u"endpoint"_s, inventory.endpoint},
                                  {u"serverInfo"_s, inventory.serverInfo},
                                  {u"capabilities"_s, inventory.capabilities},
                                  {u"instructionsChars"_s, inventory.instructions.size()}}},
        {u"protocol"_s, QJsonObject{{u"revision"_s, inventory.protocolVersion},
                                    {u"era"_s, protocolEraName(inventory.era)}}},
        {u"tools"_s, tools},
        {u"counts"_s, QJsonObject{{u"resources"_s, inventory.resources.size()},
                                  {u"resourceTemplates"_s, inventory.resourceTemplates.size()},
                                  {u"prompts"_s, inventory.prompts.size()}}},
        {u"totals"_s, totalsJson(analysis)},
        {u"serverFindings"_s, findingsJson(analysis.serverFindings)},
    };
    if (diff)
        json.insert(u"pin"_s, diffJson(*diff));
    return json;
}

} // namespace Gatehouse
