// Pin storage in the mcp_server and mcp_tool_pin tables, through QtSql: pins are small and
// written by a user action, not on a hot path.
#include "toolpinstore.h"

#include "models/core/clock.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ToolPinStore)
};

Result<QSqlQuery> run(const QSqlDatabase& database, const QString& sql, const QVariantList& values,
                      const QString& doing)
{
    QSqlQuery query(database);
    if (!query.prepare(sql))
        return std::unexpected(databaseError(doing, query.lastError().text()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(databaseError(doing, query.lastError().text()));
    return query;
}

// QtSql binds a null QString as NULL; the columns want text.
QString text(const QString& value)
{
    return value.isNull() ? u""_s : value;
}

QJsonArray toArray(const QStringList& names)
{
    return QJsonArray::fromStringList(names);
}

} // namespace

ToolPinStore::ToolPinStore(Workspace& workspace)
    : m_workspace(workspace)
{
}

QString ToolPinStore::serverKey(const ServerInventory& inventory)
{
    return inventory.transport + u' ' + inventory.endpoint;
}

Result<QList<PinnedTool>> ToolPinStore::query(const QString& where,
                                              const QVariantList& values) const
{
    auto query = run(m_workspace.database(),
                     u"SELECT s.server_key, s.name, p.name, p.class, p.open_world, p.sha256"
                     " FROM mcp_tool_pin p JOIN mcp_server s ON s.id = p.server_id WHERE "_s
                         + where + u" ORDER BY s.server_key, p.name"_s,
                     values, Text::tr("reading the pinned MCP tools"));
    if (!query)
        return std::unexpected(query.error());
    QList<PinnedTool> tools;
    while (query->next()) {
        tools.append({query->value(0).toString(), query->value(1).toString(),
                      query->value(2).toString(), query->value(3).toString(),
                      query->value(4).toBool(), query->value(5).toByteArray()});
    }
    return tools;
}

Result<QList<PinnedTool>> ToolPinStore::pinnedTools(const QString& key) const
{
    return query(u"s.server_key = ?"_s, {key});
}

Result<QList<PinnedTool>> ToolPinStore::writeCapableTools() const
{
    return query(u"p.class <> 'read'"_s, {});
}

Result<PinDiff> ToolPinStore::diff(const ServerInventory& inventory,
                                   const ServerAnalysis& analysis) const
{
    PinDiff diff;
    auto pinned = pinnedTools(serverKey(inventory));
    if (!pinned)
        return std::unexpected(pinned.error());
    auto when =
        run(m_workspace.database(), u"SELECT pinned_at FROM mcp_server WHERE server_key = ?"_s,
            {serverKey(inventory)}, Text::tr("reading the MCP server pin"));
    if (!when)
        return std::unexpected(when.error());
    if (when->next()) {
        diff.hasPin = true;
        diff.pinnedAt = parseIsoUtc(when->value(0).toString());
    }
    QHash<QString, QByteArray> hashes;
    for (const PinnedTool& tool : *pinned)
        hashes.insert(tool.tool, tool.sha256);
    for (const ToolAnalysis& tool : analysis.tools) {
        const auto found = hashes.constFind(tool.name);
        if (found == hashes.constEnd())
            diff.added.append(tool.name);
        else if (*found != tool.sha256)
            diff.changed.append(tool.name);
        else
            diff.unchanged.append(tool.name);
        hashes.remove(tool.name);
    }
    diff.removed = hashes.keys();
    diff.removed.sort();
    return diff;
}

Result<PinDiff> ToolPinStore::pin(const ServerInventory& inventory, const ServerAnalysis& analysis,
                                  const QString& actor)
{
    auto before = diff(inventory, analysis);
    if (!before)
        return before;
    auto stored = m_workspace.transaction([&]() -> Result<void> {
        auto serverId = upsertServer(inventory, actor);
        if (!serverId)
            return std::unexpected(serverId.error());
        if (auto replaced = replaceTools(*serverId, analysis); !replaced)
            return replaced;
        const QJsonObject details{{u"server"_s, serverKey(inventory)},
                                  {u"tools"_s, analysis.tools.size()},
                                  {u"added"_s, toArray(before->added)},
                                  {u"removed"_s, toArray(before->removed)},
                                  {u"changed"_s, toArray(before->changed)}};
        auto entry = m_workspace.audit().append(
            actor, u"inventory.pin"_s, u"mcp-server:%1"_s.arg(*serverId),
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        if (!entry)
            return std::unexpected(entry.error());
        return {};
    });
    if (!stored)
        return std::unexpected(stored.error());
    return before;
}

Result<qint64> ToolPinStore::upsertServer(const ServerInventory& inventory, const QString& actor)
{
    const QString now = toIsoUtc(m_workspace.clock().now());
    auto upserted = run(m_workspace.database(),
                        u"INSERT INTO mcp_server (server_key, transport, endpoint, name, version,"
                        " protocol_version, pinned_at, pinned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (server_key) DO UPDATE SET name = excluded.name,"
                        " version = excluded.version, protocol_version = excluded.protocol_version,"
                        " pinned_at = excluded.pinned_at, pinned_by = excluded.pinned_by"_s,
                        {serverKey(inventory), text(inventory.transport), text(inventory.endpoint),
                         text(inventory.serverName()), text(inventory.serverVersion()),
                         text(inventory.protocolVersion), now, text(actor)},
                        Text::tr("storing the MCP server"));
    if (!upserted)
        return std::unexpected(upserted.error());
    auto id = run(m_workspace.database(), u"SELECT id FROM mcp_server WHERE server_key = ?"_s,
                  {serverKey(inventory)}, Text::tr("reading the MCP server"));
    if (!id)
        return std::unexpected(id.error());
    if (!id->next())
        return fail(ErrorCode::Database, Text::tr("The MCP server row vanished while pinning it."));
    return id->value(0).toLongLong();
}

Result<void> ToolPinStore::replaceTools(qint64 serverId, const ServerAnalysis& analysis)
{
    const QSqlDatabase database = m_workspace.database();
    auto removed = run(database, u"DELETE FROM mcp_tool_pin WHERE server_id = ?"_s, {serverId},
                       Text::tr("replacing the pinned MCP tools"));
    if (!removed)
        return std::unexpected(removed.error());
    for (const ToolAnalysis& tool : analysis.tools) {
        auto inserted =
            run(database,
                u"INSERT OR REPLACE INTO mcp_tool_pin (server_id, name, sha256, class, open_world,"
                " definition) VALUES (?, ?, ?, ?, ?, ?)"_s,
                {serverId, text(tool.name), QString::fromLatin1(tool.sha256),
                 toolClassName(tool.toolClass()), tool.classification.openWorld,
                 QString::fromUtf8(QJsonDocument(tool.definition).toJson(QJsonDocument::Compact))},
                Text::tr("pinning the MCP tool \"%1\"").arg(tool.name));
        if (!inserted)
            return std::unexpected(inserted.error());
    }
    return {};
}

} // namespace Gatehouse
