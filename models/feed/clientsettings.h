// How to reach one gateway or sandbox host: its base URL, what to trust, how to authenticate.
#pragma once

#include "models/feed/secretbuffer.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Gatehouse {

struct ClientSettings
{
    // https://host:port, optionally with a path prefix; /v1/... is appended to it.
    QUrl baseUrl;
    // PEM file of the CA(s) to trust instead of the system store; empty: the system store.
    QString caFile;
    // 32 raw bytes (SpkiPin::parse); empty: no pin.
    QByteArray spkiSha256;
    // Optional client certificate and its PEM key; the key password comes from the secret store.
    QString clientCertificateFile;
    QString clientKeyFile;
    SecretBuffer clientKeyPassword;
    // Sent as "Authorization: Bearer ..." when not empty.
    SecretBuffer bearerToken;
    // A request that receives no byte for this long fails as a timeout.
    int idleTimeoutMs = 15000;
    // /v1/info and /v1/posture bodies above this size are refused.
    qint64 maxDocumentBytes = 4 * 1024 * 1024;
};

} // namespace Gatehouse
