// Names and sentences for verification verdicts.
#include "signaturecheck.h"

#include <QCoreApplication>

namespace Gatehouse {

QString VerificationReport::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::ModifiedAfterSigning:
        return QStringLiteral("modified-after-signing");
    case Verdict::Untrusted:
        return QStringLiteral("untrusted");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Unsigned:
        return QStringLiteral("unsigned");
    }
    return {};
}

QString VerificationReport::verdictText(Verdict verdict)
{
    const char* context = "VerificationReport";
    switch (verdict) {
    case Verdict::Valid:
        return QCoreApplication::translate(context, "The signature is valid and covers the whole "
                                                    "document.");
    case Verdict::ModifiedAfterSigning:
        return QCoreApplication::translate(context, "The signature is intact, but the document "
                                                    "was changed after it was signed.");
    case Verdict::Untrusted:
        return QCoreApplication::translate(context, "The signature is intact, but the signer's "
                                                    "certificate is not trusted.");
    case Verdict::Invalid:
        return QCoreApplication::translate(context, "The signature is invalid: the document or "
                                                    "the signature was altered.");
    case Verdict::Unsigned:
        return QCoreApplication::translate(context, "The document holds no signature.");
    }
    return {};
}

} // namespace Gatehouse
