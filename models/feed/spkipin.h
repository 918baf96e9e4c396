// The SHA-256 of a certificate's DER SubjectPublicKeyInfo, the value a source can be pinned to.
#pragma once

#include "models/core/error.h"

#include <QByteArray>
#include <QSslCertificate>

namespace Gatehouse {

namespace SpkiPin {

// 32 raw bytes, or an error when the certificate cannot be parsed.
Result<QByteArray> of(const QSslCertificate& certificate);
// Accepts base64 (44 characters, as in HPKP) or hex (64 digits, colons allowed); 32 raw bytes.
Result<QByteArray> parse(const QString& text);

} // namespace SpkiPin

} // namespace Gatehouse
