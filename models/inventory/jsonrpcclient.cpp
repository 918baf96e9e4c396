// The allow-listed JSON-RPC serializer and request counter.
#include "jsonrpcclient.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Gatehouse {

using namespace Qt::StringLiterals;

JsonRpcClient::JsonRpcClient(McpTransport& transport)
    : m_transport(transport)
{
}

const QStringList& JsonRpcClient::allowedMethods()
{
    static const QStringList methods = {
        u"initialize"_s,
        u"notifications/initialized"_s,
        u"server/discover"_s,
        u"ping"_s,
        u"tools/list"_s,
        u"resources/list"_s,
        u"resources/templates/list"_s,
        u"prompts/list"_s,
    };
    return methods;
}

bool JsonRpcClient::isAllowed(const QString& method)
{
    return allowedMethods().contains(method);
}

Result<OutgoingMessage> JsonRpcClient::serialize(const QString& method, const QJsonObject& params,
                                                 qint64 id)
{
    if (!isAllowed(method)) {
        qCWarning(lcInventory) << "refused to send" << method;
        return fail(ErrorCode::Permission,
                    QCoreApplication::translate("JsonRpcClient",
                                                "Refused to send \"%1\" to the MCP server: only "
                                                "the read-only enumeration methods are allowed.")
                        .arg(method));
    }
    QJsonObject message{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, method}};
    if (id != 0)
        message.insert(u"id"_s, id);
    if (!params.isEmpty())
        message.insert(u"params"_s, params);
    return OutgoingMessage(method, id, QJsonDocument(message).toJson(QJsonDocument::Compact));
}

Result<RpcReply> JsonRpcClient::request(const QString& method, const QJsonObject& params,
                                        int timeoutMs)
{
    auto message = serialize(method, params, m_nextId);
    if (!message)
        return std::unexpected(message.error());
    ++m_nextId;
    return m_transport.roundTrip(*message, timeoutMs);
}

Result<void> JsonRpcClient::notify(const QString& method, const QJsonObject& params, int timeoutMs)
{
    auto message = serialize(method, params, 0);
    if (!message)
        return std::unexpected(message.error());
    return m_transport.notify(*message, timeoutMs);
}

} // namespace Gatehouse
