// Reads what an MCP server offers without invoking any of it: picks the protocol generation by
// the fallback rule (server/discover first, initialize when that is not understood), then pages
// through the list methods the server advertises.
#pragma once

#include "models/core/error.h"
#include "models/inventory/jsonrpcclient.h"
#include "models/inventory/serverinventory.h"

#include <QJsonObject>
#include <QStringList>

namespace Gatehouse {

struct EnumerationOptions
{
    enum class Era
    {
        Auto,
        Legacy,
        Modern,
    };
    Era era = Era::Auto;
    int timeoutMs = 10000;
    // server/discover is answered at once by servers that know it; a legacy server that stays
    // silent should not cost the whole timeout.
    int discoveryTimeoutMs = 5000;
    qsizetype maxItems = 10000;
    int maxPages = 1000;
};

class ServerEnumerator
{
public:
    static constexpr auto ModernVersion = "2026-07-28";
    // The 2025-era revisions Gatehouse understands, newest first; the first is asked for.
    static const QStringList& legacyVersions();

    ServerEnumerator(McpTransport& transport, EnumerationOptions options);

    // Starts the transport, enumerates and stops it again, also on failure.
    Result<ServerInventory> run();

private:
    Result<ServerInventory> enumerate();
    // True when the server speaks the stateless revision; false to fall back to initialize.
    Result<bool> discover(ServerInventory& inventory);
    // Takes the DiscoverResult when it offers the stateless revision.
    static bool adoptDiscovery(const QJsonObject& result, ServerInventory& inventory);
    Result<void> initialize(ServerInventory& inventory);
    Result<void> listEverything(ServerInventory& inventory);
    Result<QList<QJsonObject>> listAll(const QString& method, const QString& key);
    Result<QJsonObject> call(const QString& method, const QJsonObject& params, int timeoutMs);
    QJsonObject withMeta(QJsonObject params) const;

    JsonRpcClient m_client;
    EnumerationOptions m_options;
    bool m_modern = false;
};

} // namespace Gatehouse
