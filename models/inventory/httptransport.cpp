// The Streamable HTTP transport: one POST per message, JSON or SSE replies, the session id and
// the protocol-version header, bounded bodies and same-origin redirects only.
#include "httptransport.h"

#include "models/core/logging.h"
#include "models/inventory/sseparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <optional>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpTransport)
};

// A JSON-RPC error that a server sent with "id": null, as some do for a rejected request.
std::optional<RpcReply> anonymousError(const QByteArray& body)
{
    const QJsonObject message = QJsonDocument::fromJson(body).object();
    if (!message.contains(u"error"_s) || !message.value(u"id"_s).isNull())
        return std::nullopt;
    const QJsonObject error = message.value(u"error"_s).toObject();
    RpcReply reply;
    reply.isError = true;
    reply.errorCode = error.value(u"code"_s).toInt();
    reply.errorMessage = error.value(u"message"_s).toString();
    reply.errorData = error.value(u"data"_s);
    return reply;
}

} // namespace

struct HttpTransport::Exchange
{
    qint64 expectedId = 0;
    bool typeKnown = false;
    bool eventStream = false;
    SseParser sse;
    QByteArray body;
    qint64 received = 0;
    std::optional<RpcReply> reply;
    std::optional<Error> error;
    bool timedOut = false;
    qint64 handlerMs = 0;
};

HttpTransport::HttpTransport(QUrl url, QString bearerToken, Limits limits)
    : m_url(std::move(url))
    , m_bearerToken(std::move(bearerToken))
    , m_limits(limits)
{
}

HttpTransport::~HttpTransport() = default;

QString HttpTransport::kind() const
{
    return u"streamable-http"_s;
}

QString HttpTransport::endpoint() const
{
    return m_url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

Result<void> HttpTransport::start()
{
    if (!m_url.isValid() || (m_url.scheme() != u"http"_s && m_url.scheme() != u"https"_s)) {
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("\"%1\" is not an http or https URL of an MCP endpoint.")
                        .arg(m_url.toString(QUrl::RemoveUserInfo)));
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sessionId.clear();
    return {};
}

void HttpTransport::stop()
{
    // TODO: no DELETE ends a legacy session - the server keeps it until its own expiry - when a
    // DELETE is judged harmless enough to join the read-only client.
    m_network.reset();
    m_sessionId.clear();
}

void HttpTransport::setProtocol(const QString& version, bool modern)
{
    m_protocolVersion = version;
    m_modern = modern;
}

QNetworkRequest HttpTransport::makeRequest(const OutgoingMessage& message) const
{
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json, text/event-stream");
    if (!m_bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearerToken.toUtf8());
    if (!m_protocolVersion.isEmpty())
        request.setRawHeader("MCP-Protocol-Version", m_protocolVersion.toLatin1());
    if (m_modern)
        request.setRawHeader("Mcp-Method", message.method().toUtf8());
    else if (!m_sessionId.isEmpty())
        request.setRawHeader("Mcp-Session-Id", m_sessionId);
    return request;
}

Result<RpcReply> HttpTransport::roundTrip(const OutgoingMessage& request, int timeoutMs)
{
    return post(request, timeoutMs);
}

Result<void> HttpTransport::notify(const OutgoingMessage& notification, int timeoutMs)
{
    auto posted = post(notification, timeoutMs);
    if (!posted)
        return std::unexpected(posted.error());
    return {};
}

Result<RpcReply> HttpTransport::post(const OutgoingMessage& message, int timeoutMs)
{
    if (!m_network)
        return fail(ErrorCode::InvalidArgument, Text::tr("The HTTP transport was not started."));
    std::unique_ptr<QNetworkReply> reply(m_network->post(makeRequest(message), message.bytes()));
    Exchange exchange;
    exchange.expectedId = message.id();

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        exchange.timedOut = true;
        loop.quit();
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        readBody(*reply, exchange);
        if (exchange.reply || exchange.error)
            loop.quit();
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    QElapsedTimer waited;
    waited.start();
    if (!reply->isFinished())
        loop.exec();
    m_waitMs += waited.elapsed() - exchange.handlerMs;
    reply->disconnect();
    return finish(*reply, exchange, message, timeoutMs);
}

void HttpTransport::readBody(QNetworkReply& reply, Exchange& exchange) const
{
    QElapsedTimer spent;
    spent.start();
    if (!exchange.typeKnown) {
        const QString type = reply.header(QNetworkRequest::ContentTypeHeader).toString();
        exchange.eventStream = type.startsWith(u"text/event-stream"_s);
        exchange.typeKnown = true;
    }
    const QByteArray bytes = reply.readAll();
    exchange.received += bytes.size();
    if (exchange.received > m_limits.maxMessageBytes) {
        exchange.error = Error::make(
            ErrorCode::Protocol, Text::tr("The MCP server %1 sent more than %2 MiB in one reply.")
                                     .arg(endpoint())
                                     .arg(m_limits.maxMessageBytes / (1024 * 1024)));
    } else if (exchange.eventStream) {
        for (const QByteArray& data : exchange.sse.feed(bytes)) {
            auto parsed = parseRpcMessage(data, exchange.expectedId, endpoint());
            if (!parsed)
                exchange.error = parsed.error();
            else if (*parsed)
                exchange.reply = **parsed;
            if (exchange.reply || exchange.error)
                break;
        }
    } else {
        exchange.body += bytes;
    }
    exchange.handlerMs += spent.elapsed();
}

Result<RpcReply> HttpTransport::finish(QNetworkReply& reply, Exchange& exchange,
                                       const OutgoingMessage& message, int timeoutMs)
{
    if (!exchange.reply && !exchange.error && reply.isFinished())
        readBody(reply, exchange);
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray session = reply.rawHeader("Mcp-Session-Id");
    if (!session.isEmpty() && !m_modern)
        m_sessionId = session;
    if (!reply.isFinished())
        reply.abort();
    if (exchange.error)
        return std::unexpected(*exchange.error);
    if (exchange.reply) {
        exchange.reply->httpStatus = status;
        return *exchange.reply;
    }
    if (exchange.timedOut) {
        return fail(ErrorCode::Network, Text::tr("The MCP server %1 did not answer %2 within %3 s.")
                                            .arg(endpoint(), message.method())
                                            .arg(timeoutMs / 1000.0));
    }
    if (status == 0) {
        return fail(ErrorCode::Network, Text::tr("Could not reach the MCP server %1: %2.")
                                            .arg(endpoint(), reply.errorString()));
    }
    if (message.isNotification() && status >= 200 && status < 300)
        return RpcReply{};
    return fromPlainBody(exchange, status, message);
}

Result<RpcReply> HttpTransport::fromPlainBody(const Exchange& exchange, int status,
                                              const OutgoingMessage& message) const
{
    if (status == 401 || status == 403)
        return std::unexpected(statusError(status, message));
    if (!exchange.eventStream && !exchange.body.trimmed().isEmpty()) {
        auto parsed = parseRpcMessage(exchange.body, message.id(), endpoint());
        if (parsed && *parsed) {
            RpcReply reply = **parsed;
            reply.httpStatus = status;
            return reply;
        }
        if (auto error = anonymousError(exchange.body)) {
            error->httpStatus = status;
            return *error;
        }
        if (!parsed && status < 300)
            return std::unexpected(parsed.error());
    }
    if (status >= 300)
        return std::unexpected(statusError(status, message));
    return fail(ErrorCode::Protocol, Text::tr("The MCP server %1 answered %2 without a reply.")
                                         .arg(endpoint(), message.method()));
}

Error HttpTransport::statusError(int status, const OutgoingMessage& message) const
{
    if (status == 401 || status == 403) {
        return Error::make(ErrorCode::Permission,
                           Text::tr("The MCP server %1 refused %2 with HTTP %3; give it a valid "
                                    "bearer token.")
                               .arg(endpoint(), message.method())
                               .arg(status));
    }
    if (status >= 300 && status < 400) {
        return Error::make(
            ErrorCode::Network,
            Text::tr("The MCP server %1 redirected %2 to another origin (HTTP %3); "
                     "Gatehouse follows redirects only within the same origin. Use the "
                     "final URL if you trust it.")
                .arg(endpoint(), message.method())
                .arg(status));
    }
    return Error::make(ErrorCode::Network, Text::tr("The MCP server %1 answered %2 with HTTP %3.")
                                               .arg(endpoint(), message.method())
                                               .arg(status));
}

} // namespace Gatehouse
