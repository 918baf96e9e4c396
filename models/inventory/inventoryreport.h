// The inventory of one server as JSON: what the CLI prints with --json and what a report or an
// evaluator can store. Field names are stable.
#pragma once

#include "models/inventory/serveranalysis.h"
#include "models/inventory/serverinventory.h"
#include "models/inventory/toolpinstore.h"

#include <QJsonObject>

namespace Gatehouse {

class InventoryReport
{
public:
    // diff may be null when no workspace was consulted.
    static QJsonObject toJson(const ServerInventory& inventory, const ServerAnalysis& analysis,
                              const PinDiff* diff);
    static QJsonObject findingJson(const Finding& finding);
    static QJsonObject toolJson(const ToolAnalysis& tool);
    static QJsonObject totalsJson(const ServerAnalysis& analysis);
    static QJsonObject diffJson(const PinDiff& diff);
};

} // namespace Gatehouse
