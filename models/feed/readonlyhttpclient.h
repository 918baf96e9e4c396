// The only way Gatehouse talks to gateways and sandbox hosts: HTTPS GET, verified TLS, an
// optional pin and client certificate. There is no call that could send anything but GET.
#pragma once

#include "models/core/error.h"
#include "models/feed/clientsettings.h"
#include "models/feed/httpexchange.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

class QNetworkRequest;

namespace Gatehouse {

class ReadOnlyHttpClient : public QObject
{
    Q_OBJECT

public:
    // Checks the URL, loads the CA file and the client certificate, and refuses plain http://
    // to anything but loopback. Sends nothing. Must be called in the thread that will use it.
    static Result<std::unique_ptr<ReadOnlyHttpClient>> create(ClientSettings settings,
                                                              QObject* parent = nullptr);
    ~ReadOnlyHttpClient() override;

    QUrl baseUrl() const { return m_settings.baseUrl; }
    // True for plain http:// to loopback: allowed for development, shown as a warning.
    bool insecureTransport() const { return m_insecure; }

    // GET base + path, the whole body (bounded). The exchange is a child of this client.
    HttpExchange* fetchDocument(const QString& path);
    // GET base + path as text/event-stream; lastEventId > 0 is sent as Last-Event-ID. A stream
    // may be quiet for idleTimeoutMs (0: the settings' timeout) before it counts as dead.
    HttpExchange* openEventStream(const QString& path, qint64 lastEventId, int idleTimeoutMs = 0);

    // Whether a URL names this machine (localhost, 127.0.0.0/8, ::1).
    static bool isLoopback(const QUrl& url);

private:
    ReadOnlyHttpClient(ClientSettings settings, QSslConfiguration tls, bool insecure,
                       QObject* parent);
    static Result<void> checkUrl(const QUrl& url);
    static Result<QSslConfiguration> tlsConfiguration(ClientSettings& settings);
    static Result<void> loadClientCertificate(ClientSettings& settings, QSslConfiguration& tls);
    QNetworkRequest buildRequest(const QString& path, const QByteArray& accept) const;
    HttpExchange* get(const QNetworkRequest& request, HttpExchange::Mode mode, int idleTimeoutMs);

    ClientSettings m_settings;
    QSslConfiguration m_tls;
    bool m_insecure = false;
};

} // namespace Gatehouse
