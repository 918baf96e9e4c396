// Decoding of the messages an MCP server sends back.
#include "rpcreply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RpcReply)
};

// A short, printable excerpt of what the server sent, for the error message.
QString excerpt(const QByteArray& text)
{
    QString shown = QString::fromUtf8(text.left(60));
    for (QChar& c : shown) {
        if (!c.isPrint())
            c = u'?';
    }
    return shown;
}

RpcReply replyFrom(const QJsonObject& message)
{
    RpcReply reply;
    if (message.contains(u"error"_s)) {
        const QJsonObject error = message.value(u"error"_s).toObject();
        reply.isError = true;
        reply.errorCode = error.value(u"code"_s).toInt();
        reply.errorMessage = error.value(u"message"_s).toString();
        reply.errorData = error.value(u"data"_s);
    } else {
        reply.result = message.value(u"result"_s).toObject();
    }
    return reply;
}

} // namespace

Result<std::optional<RpcReply>> parseRpcMessage(const QByteArray& text, qint64 expectedId,
                                                const QString& serverName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(
            ErrorCode::Protocol,
            Text::tr("The MCP server %1 sent something that is not JSON-RPC (\"%2\"); check "
                     "that the command starts an MCP server and that it logs to stderr only.")
                .arg(serverName, excerpt(text)));
    }
    const QJsonObject message = document.object();
    if (message.value(u"jsonrpc"_s).toString() != u"2.0"_s) {
        return fail(ErrorCode::Protocol,
                    Text::tr("The MCP server %1 sent a message without \"jsonrpc\": \"2.0\".")
                        .arg(serverName));
    }
    if (message.contains(u"method"_s) || !message.contains(u"id"_s))
        return std::optional<RpcReply>{};
    if (message.value(u"id"_s).toInteger(-1) != expectedId)
        return std::optional<RpcReply>{};
    if (!message.contains(u"result"_s) && !message.contains(u"error"_s)) {
        return fail(
            ErrorCode::Protocol,
            Text::tr("The MCP server %1 answered request %2 with neither a result nor an error.")
                .arg(serverName)
                .arg(expectedId));
    }
    return std::optional<RpcReply>{replyFrom(message)};
}

} // namespace Gatehouse
