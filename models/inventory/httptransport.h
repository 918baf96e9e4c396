// MCP over Streamable HTTP: each JSON-RPC message is POSTed to the server's MCP endpoint and the
// reply comes back as JSON or as an event stream. POST is safe here because only allow-listed,
// read-only methods ever reach this class.
#pragma once

#include "models/inventory/mcptransport.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Gatehouse {

class HttpTransport final : public McpTransport
{
public:
    struct Limits
    {
        qint64 maxMessageBytes = 16 * 1024 * 1024;
    };

    // The token is sent as "Authorization: Bearer"; it comes from the caller (the keyring) and is
    // never shown or logged.
    // TODO: the token is held in a QString, not in wiped memory - a core dump could show it - when
    // the inventory may depend on the feed capability's SecretBuffer.
    HttpTransport(QUrl url, QString bearerToken, Limits limits);
    HttpTransport(QUrl url, QString bearerToken)
        : HttpTransport(std::move(url), std::move(bearerToken), {})
    {
    }
    ~HttpTransport() override;

    QString kind() const override;
    QString endpoint() const override;
    Result<void> start() override;
    Result<RpcReply> roundTrip(const OutgoingMessage& request, int timeoutMs) override;
    Result<void> notify(const OutgoingMessage& notification, int timeoutMs) override;
    void setProtocol(const QString& version, bool modern) override;
    void stop() override;
    qint64 waitMilliseconds() const override { return m_waitMs; }

    QByteArray sessionId() const { return m_sessionId; }

private:
    struct Exchange;
    QNetworkRequest makeRequest(const OutgoingMessage& message) const;
    Result<RpcReply> post(const OutgoingMessage& message, int timeoutMs);
    void readBody(QNetworkReply& reply, Exchange& exchange) const;
    Result<RpcReply> finish(QNetworkReply& reply, Exchange& exchange,
                            const OutgoingMessage& message, int timeoutMs);
    Result<RpcReply> fromPlainBody(const Exchange& exchange, int status,
                                   const OutgoingMessage& message) const;
    Error statusError(int status, const OutgoingMessage& message) const;

    QUrl m_url;
    QString m_bearerToken;
    Limits m_limits;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QByteArray m_sessionId;
    QString m_protocolVersion;
    bool m_modern = false;
    qint64 m_waitMs = 0;
};

} // namespace Gatehouse
