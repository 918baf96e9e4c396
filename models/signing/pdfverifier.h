// Checks the embedded signatures of a PDF on its own terms: the byte range, the digest, the
// CMS signature, the signer's chain against a given CA, and anything appended after signing.
#pragma once

#include "models/core/error.h"
#include "models/signing/opensslhandles.h"
#include "models/signing/signaturecheck.h"

#include <QByteArray>
#include <QString>

namespace Gatehouse {

struct PdfValue;

class PdfVerifier
{
public:
    // With a CA file (PEM, may hold several certificates) the signer's chain is verified
    // against it; without one trust is not checked and does not affect the verdict.
    explicit PdfVerifier(QString caFile = {});

    Result<VerificationReport> verify(const QByteArray& pdf) const;
    Result<VerificationReport> verifyFile(const QString& path) const;

private:
    SignatureCheck checkSignature(const QByteArray& pdf, const PdfValue& dictionary) const;
    void checkTrust(CMS_ContentInfo* cms, X509* signer, SignatureCheck& check) const;

    QString m_caFile;
};

} // namespace Gatehouse
