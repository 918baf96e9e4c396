// Asks an RFC 3161 time-stamping authority for a token over a SHA-256 digest, by HTTP POST.
// This is the one request Gatehouse sends that is not a GET: it goes to the TSA the user
// configured, never to a gateway or sandbox host.
#pragma once

#include "models/core/error.h"

#include <QByteArray>
#include <QUrl>

namespace Gatehouse {

class TimestampClient
{
public:
    explicit TimestampClient(QUrl url, int timeoutMs = 30000);

    // Returns the DER of the TimeStampToken (a CMS ContentInfo) whose imprint is the digest,
    // after checking the response's status, imprint and nonce. Blocks the calling thread; run
    // it off the GUI thread.
    Result<QByteArray> requestToken(const QByteArray& sha256Digest) const;

    QUrl url() const { return m_url; }

private:
    Result<QByteArray> post(const QByteArray& request) const;

    QUrl m_url;
    int m_timeoutMs;
};

} // namespace Gatehouse
