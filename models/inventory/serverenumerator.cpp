// The enumeration sequence for both protocol generations.
#include "serverenumerator.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerEnumerator)
};

constexpr int UnsupportedProtocolVersion = -32022;

QJsonObject clientInfo()
{
    return QJsonObject{{u"name"_s, u"gatehouse"_s},
                       {u"version"_s, QString::fromLatin1(GATEHOUSE_VERSION)}};
}

QList<QJsonObject> objectsOf(const QJsonArray& array)
{
    QList<QJsonObject> objects;
    objects.reserve(array.size());
    for (const QJsonValue& value : array) {
        if (value.isObject())
            objects.append(value.toObject());
    }
    return objects;
}

} // namespace

const QStringList& ServerEnumerator::legacyVersions()
{
    static const QStringList versions = {u"2025-11-25"_s, u"2025-06-18"_s, u"2025-03-26"_s,
                                         u"2024-11-05"_s};
    return versions;
}

ServerEnumerator::ServerEnumerator(McpTransport& transport, EnumerationOptions options)
    : m_client(transport)
    , m_options(options)
{
}

Result<ServerInventory> ServerEnumerator::run()
{
    McpTransport& transport = m_client.transport();
    if (auto started = transport.start(); !started)
        return std::unexpected(started.error());
    auto inventory = enumerate();
    transport.stop();
    if (inventory)
        inventory->serverWaitMilliseconds = transport.waitMilliseconds();
    return inventory;
}

Result<ServerInventory> ServerEnumerator::enumerate()
{
    ServerInventory inventory;
    inventory.transport = m_client.transport().kind();
    inventory.endpoint = m_client.transport().endpoint();
    bool modern = false;
    if (m_options.era != EnumerationOptions::Era::Legacy) {
        auto discovered = discover(inventory);
        if (!discovered)
            return std::unexpected(discovered.error());
        modern = *discovered;
    }
    if (!modern) {
        if (auto initialized = initialize(inventory); !initialized)
            return std::unexpected(initialized.error());
    }
    if (auto listed = listEverything(inventory); !listed)
        return std::unexpected(listed.error());
    return inventory;
}

Result<bool> ServerEnumerator::discover(ServerInventory& inventory)
{
    const bool fallbackAllowed = m_options.era == EnumerationOptions::Era::Auto;
    m_modern = true;
    m_client.transport().setProtocol(QString::fromLatin1(ModernVersion), true);
    auto reply = m_client.request(u"server/discover"_s, withMeta({}), m_options.discoveryTimeoutMs);
    QString why;
    if (!reply) {
        why = reply.error().message;
    } else if (reply->isError) {
        why = Text::tr("server/discover failed: %1 (%2)")
                  .arg(reply->errorMessage)
                  .arg(reply->errorCode);
        if (reply->errorCode == UnsupportedProtocolVersion)
            qCInfo(lcInventory) << "server supports" << reply->errorData.toObject();
    } else if (adoptDiscovery(reply->result, inventory)) {
        return true;
    } else {
        why = Text::tr("server/discover offered none of the revisions Gatehouse speaks");
    }
    if (!fallbackAllowed) {
        return fail(ErrorCode::Protocol,
                    Text::tr("The MCP server %1 does not speak the %2 revision: %3.")
                        .arg(inventory.endpoint, QString::fromLatin1(ModernVersion), why));
    }
    // TODO: an HTTP server that refuses both generations may still speak the 2024-11-05 HTTP+SSE
    // transport (GET /sse, then POST to the announced endpoint) - such servers cannot be
    // enumerated - when the GET stream is judged safe to open from the inventory.
    qCDebug(lcInventory) << "falling back to initialize:" << why;
    m_modern = false;
    m_client.transport().setProtocol({}, false);
    return false;
}

bool ServerEnumerator::adoptDiscovery(const QJsonObject& result, ServerInventory& inventory)
{
    const QJsonArray supported = result.value(u"supportedVersions"_s).toArray();
    if (!supported.contains(QString::fromLatin1(ModernVersion)))
        return false;
    inventory.era = ProtocolEra::Modern;
    inventory.protocolVersion = QString::fromLatin1(ModernVersion);
    inventory.capabilities = result.value(u"capabilities"_s).toObject();
    inventory.instructions = result.value(u"instructions"_s).toString();
    inventory.serverInfo = result.value(u"_meta"_s)
                               .toObject()
                               .value(u"io.modelcontextprotocol/serverInfo"_s)
                               .toObject();
    return true;
}

Result<void> ServerEnumerator::initialize(ServerInventory& inventory)
{
    const QJsonObject params{{u"protocolVersion"_s, legacyVersions().first()},
                             {u"capabilities"_s, QJsonObject{}},
                             {u"clientInfo"_s, clientInfo()}};
    auto result = call(u"initialize"_s, params, m_options.timeoutMs);
    if (!result)
        return std::unexpected(result.error());
    const QString version = result->value(u"protocolVersion"_s).toString();
    if (!legacyVersions().contains(version)) {
        return fail(ErrorCode::Protocol,
                    Text::tr("The MCP server %1 answered initialize with protocol revision \"%2\", "
                             "which Gatehouse does not speak.")
                        .arg(inventory.endpoint, version));
    }
    inventory.era = ProtocolEra::Legacy;
    inventory.protocolVersion = version;
    inventory.capabilities = result->value(u"capabilities"_s).toObject();
    inventory.serverInfo = result->value(u"serverInfo"_s).toObject();
    inventory.instructions = result->value(u"instructions"_s).toString();
    m_client.transport().setProtocol(version, false);
    return m_client.notify(u"notifications/initialized"_s, {}, m_options.timeoutMs);
}

Result<void> ServerEnumerator::listEverything(ServerInventory& inventory)
{
    const QJsonObject& caps = inventory.capabilities;
    struct List
    {
        QString capability, method, key;
        QList<QJsonObject>* into;
    };
    const List lists[] = {
        {u"tools"_s, u"tools/list"_s, u"tools"_s, &inventory.tools},
        {u"resources"_s, u"resources/list"_s, u"resources"_s, &inventory.resources},
        {u"resources"_s, u"resources/templates/list"_s, u"resourceTemplates"_s,
         &inventory.resourceTemplates},
        {u"prompts"_s, u"prompts/list"_s, u"prompts"_s, &inventory.prompts},
    };
    for (const List& list : lists) {
        if (!caps.contains(list.capability))
            continue;
        auto items = listAll(list.method, list.key);
        if (!items)
            return std::unexpected(items.error());
        *list.into = std::move(*items);
    }
    return {};
}

Result<QList<QJsonObject>> ServerEnumerator::listAll(const QString& method, const QString& key)
{
    QList<QJsonObject> items;
    QSet<QString> cursorsSeen;
    QString cursor;
    for (int page = 0; page < m_options.maxPages; ++page) {
        QJsonObject params;
        if (!cursor.isEmpty())
            params.insert(u"cursor"_s, cursor);
        auto result = call(method, withMeta(params), m_options.timeoutMs);
        if (!result)
            return std::unexpected(result.error());
        items += objectsOf(result->value(key).toArray());
        if (items.size() > m_options.maxItems) {
            return fail(ErrorCode::Protocol,
                        Text::tr("The MCP server %1 listed more than %2 items for "
                                 "%3; raise the item limit if that is expected.")
                            .arg(m_client.transport().endpoint())
                            .arg(m_options.maxItems)
                            .arg(method));
        }
        cursor = result->value(u"nextCursor"_s).toString();
        if (cursor.isEmpty())
            return items;
        if (cursorsSeen.contains(cursor)) {
            return fail(ErrorCode::Protocol,
                        Text::tr("The MCP server %1 repeated a cursor while paging %2; it loops.")
                            .arg(m_client.transport().endpoint(), method));
        }
        cursorsSeen.insert(cursor);
    }
    return fail(ErrorCode::Protocol, Text::tr("The MCP server %1 sent more than %2 pages for %3.")
                                         .arg(m_client.transport().endpoint())
                                         .arg(m_options.maxPages)
                                         .arg(method));
}

Result<QJsonObject> ServerEnumerator::call(const QString& method, const QJsonObject& params,
                                           int timeoutMs)
{
    auto reply = m_client.request(method, params, timeoutMs);
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->isError) {
        return fail(ErrorCode::Protocol,
                    Text::tr("The MCP server %1 refused %2: %3 (code %4).")
                        .arg(m_client.transport().endpoint(), method, reply->errorMessage)
                        .arg(reply->errorCode));
    }
    return reply->result;
}

QJsonObject ServerEnumerator::withMeta(QJsonObject params) const
{
    if (!m_modern)
        return params;
    QJsonObject meta = params.value(u"_meta"_s).toObject();
    meta.insert(u"io.modelcontextprotocol/protocolVersion"_s, QString::fromLatin1(ModernVersion));
    meta.insert(u"io.modelcontextprotocol/clientCapabilities"_s, QJsonObject{});
    meta.insert(u"io.modelcontextprotocol/clientInfo"_s, clientInfo());
    params.insert(u"_meta"_s, meta);
    return params;
}

} // namespace Gatehouse
