// Error texts say which server, what went wrong and what to change; TLS problems are reported by
// their cause, not by Qt's generic "handshake failed".
#include "httpexchange.h"

#include "models/core/logging.h"
#include "models/feed/spkipin.h"

#include <QNetworkReply>
#include <QSslCertificate>

namespace Gatehouse {

namespace {

bool isTrustError(QSslError::SslError code)
{
    switch (code) {
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateSignatureFailed:
        return true;
    default:
        return false;
    }
}

QString namesOf(const QSslCertificate& certificate)
{
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.join(QStringLiteral(", "));
}

} // namespace

HttpExchange::HttpExchange(QNetworkReply* reply, Mode mode, Limits limits, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_mode(mode)
    , m_limits(std::move(limits))
{
    reply->setParent(this);
    if (mode == Mode::Stream)
        reply->setReadBufferSize(64 * 1024);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &HttpExchange::onIdleTimeout);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(reply, &QNetworkReply::encrypted, this, &HttpExchange::onEncrypted);
    connect(reply, &QNetworkReply::sslErrors, this, &HttpExchange::onSslErrors);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    m_idle.start();
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QString HttpExchange::target() const
{
    return m_reply ? m_reply->url().toDisplayString() : QString();
}

void HttpExchange::abort()
{
    if (m_reply && !m_done)
        m_reply->abort();
}

void HttpExchange::touch()
{
    m_idle.start();
}

void HttpExchange::onMetaData()
{
    touch();
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (m_mode == Mode::Document && length > m_limits.maxDocumentBytes) {
        m_oversized = true;
        m_reply->abort();
    }
}

void HttpExchange::onReadyRead()
{
    touch();
    const QByteArray chunk = m_reply->readAll();
    if (m_status != 200)
        return;
    if (m_mode == Mode::Stream) {
        emit chunkReceived(chunk);
        return;
    }
    if (m_body.size() + chunk.size() > m_limits.maxDocumentBytes) {
        m_oversized = true;
        m_body.clear();
        m_reply->abort();
        return;
    }
    m_body.append(chunk);
}

void HttpExchange::onEncrypted()
{
    touch();
    if (m_limits.spkiSha256.isEmpty())
        return;
    // No request byte has been written yet: a mismatch aborts before the token leaves.
    const auto presented = SpkiPin::of(m_reply->sslConfiguration().peerCertificate());
    if (presented && *presented == m_limits.spkiSha256)
        return;
    m_presentedPin = presented ? *presented : QByteArray();
    m_pinMismatch = true;
    m_reply->abort();
}

void HttpExchange::onSslErrors(const QList<QSslError>& errors)
{
    // Never ignored: the handshake fails and classify() explains why.
    m_sslErrors += errors;
}

void HttpExchange::onIdleTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void HttpExchange::onFinished()
{
    if (m_done)
        return;
    if (m_reply && m_reply->bytesAvailable() > 0)
        onReadyRead();
    m_done = true;
    m_idle.stop();
    const bool failed = m_pinMismatch || !m_sslErrors.isEmpty() || m_oversized || m_timedOut
                        || (m_reply && m_reply->error() != QNetworkReply::NoError)
                        || m_status != 200;
    if (failed)
        m_error = classify();
    if (m_error)
        qCInfo(lcFeed) << "GET" << target() << "failed:" << m_error->message;
    emit finished();
}

Error HttpExchange::classify()
{
    if (auto tls = tlsError())
        return *tls;
    if (m_oversized) {
        return Error{ErrorCode::Protocol,
                     tr("%1 sent a document larger than %2 bytes; it was refused.")
                         .arg(target())
                         .arg(m_limits.maxDocumentBytes)};
    }
    if (m_timedOut) {
        m_retryable = true;
        return Error{ErrorCode::Network,
                     tr("%1 sent nothing for %2 s: timed out. Check that the server is reachable.")
                         .arg(target())
                         .arg(m_limits.idleTimeoutMs / 1000.0)};
    }
    if (m_status != 0 && m_status != 200)
        return statusError();
    return networkError();
}

std::optional<Error> HttpExchange::tlsError() const
{
    const QString host = m_reply ? m_reply->url().host() : QString();
    if (m_pinMismatch) {
        return Error{
            ErrorCode::Tls,
            tr("The server %1 presented a key whose SPKI SHA-256 is %2, not the pinned %3: "
               "connection refused. If the server's key was changed on purpose, update "
               "the pin.")
                .arg(host, QString::fromLatin1(m_presentedPin.toBase64()),
                     QString::fromLatin1(m_limits.spkiSha256.toBase64()))};
    }
    for (const QSslError& e : m_sslErrors) {
        const QSslCertificate cert = e.certificate();
        if (e.error() == QSslError::CertificateExpired) {
            return Error{ErrorCode::Tls, tr("The certificate of %1 expired on %2: renew the "
                                            "server's certificate.")
                                             .arg(host, cert.expiryDate().toString(Qt::ISODate))};
        }
        if (e.error() == QSslError::CertificateNotYetValid) {
            return Error{ErrorCode::Tls,
                         tr("The certificate of %1 is valid only from %2: check the "
                            "clocks of both machines.")
                             .arg(host, cert.effectiveDate().toString(Qt::ISODate))};
        }
        if (e.error() == QSslError::HostNameMismatch) {
            return Error{ErrorCode::Tls, tr("The certificate of %1 is issued for %2, not for %1: "
                                            "connect by a name the certificate lists.")
                                             .arg(host, namesOf(cert))};
        }
        if (isTrustError(e.error())) {
            return Error{ErrorCode::Tls,
                         tr("The certificate of %1 is not signed by a CA in %2: configure the CA "
                            "file that issued it.")
                             .arg(host, m_limits.trustDescription)};
        }
    }
    if (!m_sslErrors.isEmpty()) {
        return Error{ErrorCode::Tls, tr("The TLS connection to %1 failed: %2.")
                                         .arg(host, m_sslErrors.first().errorString())};
    }
    return std::nullopt;
}

Error HttpExchange::networkError()
{
    const QString host = m_reply ? m_reply->url().host() : QString();
    const int port = m_reply ? m_reply->url().port(443) : 0;
    const auto code = m_reply ? m_reply->error() : QNetworkReply::UnknownNetworkError;
    m_retryable = true;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return Error{ErrorCode::Network, tr("%1:%2 refused the connection: is the gateway running "
                                            "and listening on that port?")
                                             .arg(host)
                                             .arg(port)};
    case QNetworkReply::HostNotFoundError:
        return Error{ErrorCode::Network,
                     tr("The host name %1 was not found (DNS): check the URL.").arg(host)};
    case QNetworkReply::SslHandshakeFailedError:
        m_retryable = false;
        return Error{ErrorCode::Tls, tr("The TLS handshake with %1 failed: %2. If the server "
                                        "requires a client certificate, configure one.")
                                         .arg(host, m_reply->errorString())};
    case QNetworkReply::TimeoutError:
        return Error{ErrorCode::Network, tr("The connection to %1 timed out.").arg(host)};
    default:
        return Error{ErrorCode::Network,
                     tr("The connection to %1 failed: %2.").arg(host, m_reply->errorString())};
    }
}

Error HttpExchange::statusError()
{
    m_retryable = m_status >= 500 || m_status == 429 || m_status == 408;
    const QString target = this->target();
    if (m_status == 401) {
        return Error{ErrorCode::Permission, tr("%1 refused the bearer token (HTTP 401): store the "
                                               "right token for this source.")
                                                .arg(target)};
    }
    if (m_status == 403) {
        return Error{ErrorCode::Permission, tr("%1 does not allow this client (HTTP 403): ask its "
                                               "operator to grant read access.")
                                                .arg(target)};
    }
    if (m_status == 404) {
        return Error{ErrorCode::Protocol,
                     tr("%1 does not exist (HTTP 404): give the source's base URL; Gatehouse "
                        "appends /v1/info, /v1/posture and /v1/events to it.")
                         .arg(target)};
    }
    if (m_status >= 300 && m_status < 400) {
        return Error{ErrorCode::Protocol,
                     tr("%1 redirects (HTTP %2), which Gatehouse does not follow: configure the "
                        "final URL.")
                         .arg(target)
                         .arg(m_status)};
    }
    return Error{
        ErrorCode::Protocol,
        tr("%1 answered HTTP %2 %3.")
            .arg(target)
            .arg(m_status)
            .arg(m_reply ? m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
                         : QString())};
}

} // namespace Gatehouse
