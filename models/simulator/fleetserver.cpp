// One port for the whole fleet keeps the CLI output and the certificate simple; each endpoint is
// a path prefix, and a fleet of one also answers at the root like a real gateway would.
#include "fleetserver.h"

#include "models/core/logging.h"
#include "models/simulator/fleetconnection.h"
#include "models/simulator/httprequesthead.h"

#include <QSslServer>
#include <QSslSocket>

#include <openssl/crypto.h>

namespace Gatehouse {

FleetServer::FleetServer(const FleetContent& content, const Clock& clock,
                         FleetServerSettings settings, QObject* parent)
    : QObject(parent)
    , m_content(content)
    , m_clock(clock)
    , m_settings(std::move(settings))
{
}

FleetServer::~FleetServer()
{
    const auto connections = findChildren<FleetConnection*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

Result<void> FleetServer::listen()
{
    if (m_settings.plainHttp) {
        m_server = std::make_unique<QTcpServer>();
    } else {
        if (m_settings.certificate.isNull() || m_settings.key.isNull()) {
            return fail(ErrorCode::InvalidArgument,
                        tr("The simulator needs a server certificate and key to serve HTTPS."));
        }
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_settings.certificate);
        tls.setPrivateKey(m_settings.key);
        if (!m_settings.clientCertificateAuthorities.isEmpty()) {
            tls.setCaCertificates(m_settings.clientCertificateAuthorities);
            tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        } else {
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        server->setSslConfiguration(tls);
        connect(server.get(), &QSslServer::errorOccurred, this,
                [](QSslSocket*, QAbstractSocket::SocketError error) {
                    qCDebug(lcFeed) << "simulator: a handshake failed:" << error;
                });
        m_server = std::move(server);
    }
    // A TLS server queues a socket only after its handshake, long after newConnection.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &FleetServer::onNewConnection);
    if (!m_server->listen(m_settings.address, m_settings.port)) {
        return fail(ErrorCode::Network, tr("The simulator cannot listen on %1:%2: %3.")
                                            .arg(m_settings.address.toString())
                                            .arg(m_settings.port)
                                            .arg(m_server->errorString()));
    }
    return {};
}

quint16 FleetServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FleetServer::endpointUrl(const QString& endpointId) const
{
    QUrl url;
    url.setScheme(m_settings.plainHttp ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(m_settings.address.toString());
    url.setPort(port());
    url.setPath(u'/' + endpointId);
    return url;
}

QUrl FleetServer::metricsUrl() const
{
    QUrl url = endpointUrl(QString());
    url.setPath(QStringLiteral("/metrics"));
    return url;
}

void FleetServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection())
        new FleetConnection(socket, *this);
}

int FleetServer::openStreams() const
{
    int count = 0;
    for (const FleetConnection* connection :
         findChildren<FleetConnection*>(Qt::FindDirectChildrenOnly))
        count += connection->isStreaming() ? 1 : 0;
    return count;
}

void FleetServer::dropAllStreams()
{
    for (FleetConnection* connection : findChildren<FleetConnection*>(Qt::FindDirectChildrenOnly)) {
        if (connection->isStreaming())
            connection->drop();
    }
}

void FleetServer::record(RecordedRequest request)
{
    ++m_requestCount;
    if (request.status == 405)
        ++m_rejectedMethods;
    if (request.status == 401)
        ++m_unauthorized;
    if (request.status == 405)
        qCInfo(lcFeed) << "simulator: refused" << request.method << request.target;
    if (m_settings.maxRecordedRequests <= 0)
        return;
    if (m_requests.size() >= m_settings.maxRecordedRequests)
        m_requests.removeFirst();
    m_requests.append(std::move(request));
}

QPair<QString, QByteArray> FleetServer::route(const QByteArray& path) const
{
    const QList<QByteArray> parts = path.split('/');
    const QList<EndpointDescription> endpoints = m_content.endpoints();
    QString endpointId;
    QByteArray resource;
    if (parts.size() == 4 && parts[0].isEmpty() && parts[2] == "v1") {
        endpointId = QString::fromUtf8(parts[1]);
        resource = parts[3];
    } else if (parts.size() == 3 && parts[0].isEmpty() && parts[1] == "v1"
               && endpoints.size() == 1) {
        endpointId = endpoints.first().id;
        resource = parts[2];
    }
    const bool known =
        std::any_of(endpoints.begin(), endpoints.end(),
                    [&](const EndpointDescription& e) { return e.id == endpointId; });
    if (!known || (resource != "info" && resource != "posture" && resource != "events"))
        return {};
    return {endpointId, resource};
}

bool FleetServer::authorized(const HttpRequestHead& request) const
{
    if (m_settings.bearerToken.isEmpty())
        return true;
    const QByteArray expected = "Bearer " + m_settings.bearerToken;
    const QByteArray given = request.header("Authorization");
    return given.size() == expected.size()
           && CRYPTO_memcmp(given.constData(), expected.constData(), size_t(given.size())) == 0;
}

QByteArray FleetServer::metricsText() const
{
    QByteArray text;
    text += "# HELP gatehouse_simulator_requests_total Requests received.\n"
            "# TYPE gatehouse_simulator_requests_total counter\n"
            "gatehouse_simulator_requests_total "
            + QByteArray::number(m_requestCount) + '\n';
    text += "# HELP gatehouse_simulator_refused_total Requests refused, by reason.\n"
            "# TYPE gatehouse_simulator_refused_total counter\n"
            "gatehouse_simulator_refused_total{reason=\"method\"} "
            + QByteArray::number(m_rejectedMethods)
            + "\ngatehouse_simulator_refused_total{reason=\"token\"} "
            + QByteArray::number(m_unauthorized) + '\n';
    text += "# HELP gatehouse_simulator_open_streams Event streams open now.\n"
            "# TYPE gatehouse_simulator_open_streams gauge\n"
            "gatehouse_simulator_open_streams "
            + QByteArray::number(openStreams()) + '\n';
    text += "# HELP gatehouse_simulator_events_total Events written, by endpoint.\n"
            "# TYPE gatehouse_simulator_events_total counter\n";
    for (const EndpointDescription& endpoint : m_content.endpoints()) {
        text += "gatehouse_simulator_events_total{endpoint=\"" + endpoint.id.toUtf8() + "\"} "
                + QByteArray::number(m_eventsWritten.value(endpoint.id)) + '\n';
    }
    return text;
}

} // namespace Gatehouse
