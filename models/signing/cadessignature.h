// Makes the CMS SignedData that goes into a PDF signature: detached, SHA-256, CAdES
// signing-certificate-v2, no signingTime attribute (PAdES keeps the time in /M), and
// optionally an RFC 3161 timestamp over the signature value.
#pragma once

#include "models/core/error.h"

#include <QByteArray>

namespace Gatehouse {

class SigningIdentity;
class TimestampClient;

class CadesSignature
{
public:
    // Returns the DER of the ContentInfo that signs `content`. With a timestamp client, the
    // authority's token is added as the id-smime-aa-timeStampToken unsigned attribute.
    static Result<QByteArray> sign(const SigningIdentity& identity, const QByteArray& content,
                                   const TimestampClient* timestamps);
};

} // namespace Gatehouse
