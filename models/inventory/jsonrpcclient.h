// The only way Gatehouse speaks JSON-RPC to an MCP server. Every message is serialized in one
// place, and that place refuses any method outside the read-only allow-list before a byte of it
// exists, so tools/call and friends cannot leave the process whatever a caller asks.
#pragma once

#include "models/core/error.h"
#include "models/inventory/mcptransport.h"
#include "models/inventory/outgoingmessage.h"
#include "models/inventory/rpcreply.h"

#include <QJsonObject>
#include <QStringList>

namespace Gatehouse {

class JsonRpcClient
{
public:
    explicit JsonRpcClient(McpTransport& transport);

    // The methods the client may send: the handshakes, ping and the list methods.
    static const QStringList& allowedMethods();
    static bool isAllowed(const QString& method);

    // Serializes a request or (id 0) a notification; refuses a method not on the allow-list.
    static Result<OutgoingMessage> serialize(const QString& method, const QJsonObject& params,
                                             qint64 id);

    Result<RpcReply> request(const QString& method, const QJsonObject& params, int timeoutMs);
    Result<void> notify(const QString& method, const QJsonObject& params, int timeoutMs);

    McpTransport& transport() { return m_transport; }

private:
    McpTransport& m_transport;
    qint64 m_nextId = 1;
};

} // namespace Gatehouse
