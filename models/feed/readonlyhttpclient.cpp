// Requests are built in buildRequest() and sent in get(); QNetworkAccessManager::get is the only
// network call in this file, which is what the read-only test relies on.
#include "readonlyhttpclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslKey>

namespace Gatehouse {

namespace {

QSslKey readKey(const QByteArray& pem, const QByteArray& password)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, password);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

bool ReadOnlyHttpClient::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> ReadOnlyHttpClient::checkUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    tr("\"%1\" is not a URL of a gateway or sandbox host: give https://host:port.")
                        .arg(url.toDisplayString()));
    }
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http" && isLoopback(url))
        return {};
    if (url.scheme() == u"http") {
        return fail(ErrorCode::Tls, tr("Refusing plain http:// to %1: only loopback may be reached "
                                       "without TLS. Use https://.")
                                        .arg(url.host()));
    }
    return fail(ErrorCode::InvalidArgument,
                tr("\"%1\" uses the scheme %2: only https:// is supported.")
                    .arg(url.toDisplayString(), url.scheme()));
}

Result<QSslConfiguration> ReadOnlyHttpClient::tlsConfiguration(ClientSettings& settings)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::SecureProtocols);
    if (!settings.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(settings.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            return fail(ErrorCode::Tls, tr("The CA file %1 holds no PEM certificate: give the file "
                                           "of the CA that issued the server's certificate.")
                                            .arg(settings.caFile));
        }
        tls.setCaCertificates(cas);
    }
    if (!settings.clientCertificateFile.isEmpty()) {
        if (auto loaded = loadClientCertificate(settings, tls); !loaded)
            return std::unexpected(loaded.error());
    }
    return tls;
}

Result<void> ReadOnlyHttpClient::loadClientCertificate(ClientSettings& settings,
                                                       QSslConfiguration& tls)
{
    const auto certificates = QSslCertificate::fromPath(settings.clientCertificateFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        return fail(ErrorCode::Tls, tr("The client certificate file %1 holds no PEM certificate.")
                                        .arg(settings.clientCertificateFile));
    }
    QFile keyFile(settings.clientKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("The client key file %1 cannot be read: %2.")
                                       .arg(settings.clientKeyFile, keyFile.errorString()));
    }
    QByteArray pem = keyFile.readAll();
    QByteArray password = settings.clientKeyPassword.copy();
    const QSslKey key = readKey(pem, password);
    SecretBuffer::wipe(pem);
    SecretBuffer::wipe(password);
    settings.clientKeyPassword.clear();
    if (key.isNull()) {
        return fail(ErrorCode::Tls, tr("The client key %1 cannot be read: wrong password, or not a "
                                       "PEM private key.")
                                        .arg(settings.clientKeyFile));
    }
    tls.setLocalCertificate(certificates.first());
    tls.setPrivateKey(key);
    return {};
}

Result<std::unique_ptr<ReadOnlyHttpClient>> ReadOnlyHttpClient::create(ClientSettings settings,
                                                                       QObject* parent)
{
    if (auto checked = checkUrl(settings.baseUrl); !checked)
        return std::unexpected(checked.error());
    auto tls = tlsConfiguration(settings);
    if (!tls)
        return std::unexpected(tls.error());
    const bool insecure = settings.baseUrl.scheme() == u"http";
    return std::unique_ptr<ReadOnlyHttpClient>(
        new ReadOnlyHttpClient(std::move(settings), *tls, insecure, parent));
}

ReadOnlyHttpClient::ReadOnlyHttpClient(ClientSettings settings, QSslConfiguration tls,
                                       bool insecure, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_tls(std::move(tls))
    , m_insecure(insecure)
{
}

ReadOnlyHttpClient::~ReadOnlyHttpClient() = default;

HttpExchange* ReadOnlyHttpClient::fetchDocument(const QString& path)
{
    return get(buildRequest(path, QByteArrayLiteral("application/json")),
               HttpExchange::Mode::Document, m_settings.idleTimeoutMs);
}

HttpExchange* ReadOnlyHttpClient::openEventStream(const QString& path, qint64 lastEventId,
                                                  int idleTimeoutMs)
{
    QNetworkRequest request = buildRequest(path, QByteArrayLiteral("text/event-stream"));
    if (lastEventId > 0)
        request.setRawHeader(QByteArrayLiteral("Last-Event-ID"), QByteArray::number(lastEventId));
    return get(request, HttpExchange::Mode::Stream,
               idleTimeoutMs > 0 ? idleTimeoutMs : m_settings.idleTimeoutMs);
}

QNetworkRequest ReadOnlyHttpClient::buildRequest(const QString& path,
                                                 const QByteArray& accept) const
{
    QUrl url = m_settings.baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setRawHeader(QByteArrayLiteral("Accept"), accept);
    request.setRawHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Gatehouse/" GATEHOUSE_VERSION));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // TODO: the header value is a copy Qt keeps until the request is gone, so it cannot be wiped
    // - the token lingers in freed heap for a while - until Qt offers a wipeable header store.
    if (!m_settings.bearerToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             "Bearer " + m_settings.bearerToken.view().toByteArray());
    return request;
}

HttpExchange* ReadOnlyHttpClient::get(const QNetworkRequest& request, HttpExchange::Mode mode,
                                      int idleTimeoutMs)
{
    HttpExchange::Limits limits;
    limits.idleTimeoutMs = idleTimeoutMs;
    limits.maxDocumentBytes = m_settings.maxDocumentBytes;
    limits.spkiSha256 = m_settings.spkiSha256;
    limits.trustDescription = m_settings.caFile.isEmpty()
                                  ? tr("the system certificate store")
                                  : tr("the CA file %1").arg(m_settings.caFile);
    // Each exchange has a network manager of its own and takes it along when it goes. A manager
    // keeps the connections it made, and the TLS sessions each server handed out on them, for as
    // long as it lives: about 8 KB a request, which a feed polling for days never gets back.
    auto* network = new QNetworkAccessManager;
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    network->setCookieJar(nullptr);
    auto* exchange = new HttpExchange(network->get(request), mode, limits, this);
    network->setParent(exchange); // after the reply, so it is deleted after the reply
    return exchange;
}

} // namespace Gatehouse
