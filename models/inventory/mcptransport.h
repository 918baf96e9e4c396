// The carrier between JsonRpcClient and one MCP server: stdio or Streamable HTTP. It only moves
// messages the client has already serialized and checked.
#pragma once

#include "models/core/error.h"
#include "models/inventory/outgoingmessage.h"
#include "models/inventory/rpcreply.h"

#include <QString>

namespace Gatehouse {

class McpTransport
{
public:
    virtual ~McpTransport() = default;

    // "stdio" or "streamable-http".
    virtual QString kind() const = 0;
    // The URL or the command line, fit to show; never carries a token.
    virtual QString endpoint() const = 0;

    virtual Result<void> start() = 0;
    // Sends a request and waits up to timeoutMs for the response with its id; notifications and
    // server requests met on the way are dropped.
    virtual Result<RpcReply> roundTrip(const OutgoingMessage& request, int timeoutMs) = 0;
    virtual Result<void> notify(const OutgoingMessage& notification, int timeoutMs) = 0;
    // Told after negotiation, for the HTTP headers that carry it.
    virtual void setProtocol(const QString& version, bool modern) = 0;
    // Ends the conversation; a child process is reaped before this returns.
    virtual void stop() = 0;

    // Milliseconds spent blocked on the server so far.
    virtual qint64 waitMilliseconds() const = 0;
};

} // namespace Gatehouse
