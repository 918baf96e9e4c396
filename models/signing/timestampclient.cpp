// RFC 3161 request building, the HTTP exchange and the checks on the reply.
#include "timestampclient.h"

#include "models/core/logging.h"
#include "models/signing/opensslhandles.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <openssl/rand.h>
#include <openssl/ts.h>

namespace Gatehouse {

namespace {

constexpr qint64 MaximumReplyBytes = 1 << 20;

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TimestampClient)
};

struct TsFree
{
    void operator()(TS_REQ* request) const { TS_REQ_free(request); }
    void operator()(TS_RESP* response) const { TS_RESP_free(response); }
    void operator()(TS_VERIFY_CTX* context) const { TS_VERIFY_CTX_free(context); }
    void operator()(ASN1_INTEGER* value) const { ASN1_INTEGER_free(value); }
};

std::unique_ptr<ASN1_INTEGER, TsFree> randomNonce()
{
    unsigned char bytes[8];
    RAND_bytes(bytes, sizeof bytes);
    bytes[0] &= 0x7f;
    BIGNUM* number = BN_bin2bn(bytes, sizeof bytes, nullptr);
    std::unique_ptr<ASN1_INTEGER, TsFree> nonce(BN_to_ASN1_INTEGER(number, nullptr));
    BN_free(number);
    return nonce;
}

std::unique_ptr<TS_REQ, TsFree> buildRequest(const QByteArray& digest, const ASN1_INTEGER* nonce)
{
    std::unique_ptr<TS_REQ, TsFree> request(TS_REQ_new());
    TS_MSG_IMPRINT* imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR* algorithm = X509_ALGOR_new();
    X509_ALGOR_set0(algorithm, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint, algorithm);
    TS_MSG_IMPRINT_set_msg(imprint,
                           reinterpret_cast<unsigned char*>(const_cast<char*>(digest.constData())),
                           int(digest.size()));
    TS_REQ_set_version(request.get(), 1);
    TS_REQ_set_msg_imprint(request.get(), imprint);
    TS_REQ_set_nonce(request.get(), nonce);
    TS_REQ_set_cert_req(request.get(), 1);
    TS_MSG_IMPRINT_free(imprint);
    X509_ALGOR_free(algorithm);
    return request;
}

} // namespace

TimestampClient::TimestampClient(QUrl url, int timeoutMs, std::stop_token stop)
    : m_url(std::move(url))
    , m_timeoutMs(timeoutMs)
    , m_stop(std::move(stop))
{
}

Result<QByteArray> TimestampClient::post(const QByteArray& request) const
{
    if (m_stop.stop_requested())
        return stopped();
    QNetworkAccessManager network;
    QNetworkRequest httpRequest(m_url);
    httpRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/timestamp-query"));
    httpRequest.setTransferTimeout(m_timeoutMs);
    std::unique_ptr<QNetworkReply> reply(network.post(httpRequest, request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    {
        // The reply lives on this thread; the stop may come from any, so it arrives as an event.
        const std::stop_callback abandon(m_stop, [reply = reply.get()] {
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        });
        loop.exec();
    }
    if (m_stop.stop_requested())
        return stopped();
    if (reply->error() != QNetworkReply::NoError)
        return fail(ErrorCode::Network,
                    Text::tr("The time-stamping authority %1 did not answer: %2.")
                        .arg(m_url.toDisplayString(), reply->errorString()));
    const QByteArray body = reply->read(MaximumReplyBytes);
    if (!reply->header(QNetworkRequest::ContentTypeHeader)
             .toString()
             .startsWith(QLatin1StringView("application/timestamp-reply")))
        return fail(ErrorCode::Protocol,
                    Text::tr("The time-stamping authority %1 answered with something other than a "
                             "time-stamp reply; check the URL.")
                        .arg(m_url.toDisplayString()));
    return body;
}

Result<QByteArray> TimestampClient::stopped() const
{
    return fail(ErrorCode::Cancelled,
                Text::tr("Stopped while waiting for the time-stamping authority %1.")
                    .arg(m_url.toDisplayString()));
}

Result<QByteArray> TimestampClient::requestToken(const QByteArray& sha256Digest) const
{
    const auto nonce = randomNonce();
    const auto request = buildRequest(sha256Digest, nonce.get());
    Result<QByteArray> body = post(toDer(request.get(), i2d_TS_REQ));
    if (!body)
        return std::unexpected(body.error());

    const auto* cursor = reinterpret_cast<const unsigned char*>(body->constData());
    std::unique_ptr<TS_RESP, TsFree> response(d2i_TS_RESP(nullptr, &cursor, long(body->size())));
    std::unique_ptr<TS_VERIFY_CTX, TsFree> check(TS_REQ_to_TS_VERIFY_CTX(request.get(), nullptr));
    if (check)
        TS_VERIFY_CTX_set_flags(check.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
    if (!response || !check || TS_RESP_verify_response(check.get(), response.get()) != 1)
        return fail(
            ErrorCode::Protocol,
            Text::tr("The time-stamping authority %1 refused the request or sent a token for "
                     "something else: %2.")
                .arg(m_url.toDisplayString(), takeOpenSslErrors()));
    qCInfo(lcSigning) << "timestamp received from" << m_url.host();
    return toDer(TS_RESP_get_token(response.get()), i2d_PKCS7);
}

} // namespace Gatehouse
