// Checks the x-mcp-header annotations of a tool's input schema, which the 2026-07-28 revision
// mirrors into HTTP headers. A client of that revision must drop a tool whose annotations are
// invalid, so an agent never sees it; the inventory reports it instead.
#pragma once

#include "models/inventory/finding.h"

#include <QJsonObject>
#include <QList>

namespace Gatehouse {

class McpHeaderCheck
{
public:
    static QList<Finding> check(const QJsonObject& tool);

private:
    struct Walk;
    static void visit(const QJsonObject& schema, const QString& path, Walk& walk);
    static int countAnywhere(const QJsonValue& value);
};

} // namespace Gatehouse
