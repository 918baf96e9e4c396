// The answer to one JSON-RPC request: either its result object or the error the server sent.
// Failures below JSON-RPC (timeouts, garbage, a dead process) are Errors, not replies.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Gatehouse {

struct RpcReply
{
    bool isError = false;
    QJsonObject result;
    int errorCode = 0;
    QString errorMessage;
    QJsonValue errorData;
    // The HTTP status of the response that carried it; 0 over stdio.
    int httpStatus = 0;
};

} // namespace Gatehouse

#include "models/core/error.h"

#include <QByteArray>

#include <optional>

namespace Gatehouse {

// Reads one incoming JSON-RPC message. The reply when it answers expectedId; nothing for
// notifications, server requests and other ids; an Error for text that is not JSON-RPC.
Result<std::optional<RpcReply>> parseRpcMessage(const QByteArray& text, qint64 expectedId,
                                                const QString& serverName);

} // namespace Gatehouse
