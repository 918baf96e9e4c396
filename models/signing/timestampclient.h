// Asks an RFC 3161 time-stamping authority for a token over a SHA-256 digest, by HTTP POST.
// This is the one request Gatehouse sends that is not a GET: it goes to the TSA the user
// configured, never to a gateway or sandbox host.
#pragma once

#include "models/core/error.h"

#include <QByteArray>
#include <QUrl>

#include <stop_token>

namespace Gatehouse {

class TimestampClient
{
public:
    static constexpr int DefaultTimeoutMs = 30000;

    // A stop requested on `stop`, from any thread, abandons a request that is waiting for the
    // authority: requestToken() then fails with ErrorCode::Cancelled at once.
    explicit TimestampClient(QUrl url, int timeoutMs = DefaultTimeoutMs, std::stop_token stop = {});

    // Returns the DER of the TimeStampToken (a CMS ContentInfo) whose imprint is the digest,
    // after checking the response's status, imprint and nonce. Blocks the calling thread, which
    // needs no event loop of its own; run it off the GUI thread.
    Result<QByteArray> requestToken(const QByteArray& sha256Digest) const;

    QUrl url() const { return m_url; }

private:
    Result<QByteArray> post(const QByteArray& request) const;
    Result<QByteArray> stopped() const;

    QUrl m_url;
    int m_timeoutMs;
    std::stop_token m_stop;
};

} // namespace Gatehouse
