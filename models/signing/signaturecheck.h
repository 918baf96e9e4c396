// What verification found out about one signature in a PDF, and about the file as a whole.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse {

struct SignatureCheck
{
    enum class Trust
    {
        NotChecked,
        Trusted,
        Untrusted
    };

    QString subFilter;
    QString signerName;
    QString signerSubject;
    // From the signature dictionary's /M; invalid when absent.
    QDateTime signingTime;
    QList<qint64> byteRange;
    // The range starts at 0 and leaves out exactly the /Contents value.
    bool byteRangeOk = false;
    // Nothing follows the signed range.
    bool coversWholeFile = false;
    qint64 bytesAfterSignedRange = 0;
    bool digestOk = false;
    bool signatureOk = false;
    Trust trust = Trust::NotChecked;
    QString trustMessage;
    // An embedded RFC 3161 token: its DER, its time, and whether its imprint matches.
    QByteArray timestampToken;
    QDateTime timestampTime;
    bool timestampImprintOk = false;
    // Translated, one line each: why something failed.
    QStringList problems;

    bool intact() const { return byteRangeOk && digestOk && signatureOk; }
};

struct VerificationReport
{
    enum class Verdict
    {
        // Every signature is intact, trusted when a CA was given, the last covers the file.
        Valid,
        // Intact, but bytes were added after the last signature.
        ModifiedAfterSigning,
        // Intact, but the signer's certificate does not chain to the given CA.
        Untrusted,
        // A digest or signature does not match, or a byte range is wrong.
        Invalid,
        Unsigned,
    };

    QList<SignatureCheck> signatures;
    Verdict verdict = Verdict::Unsigned;

    bool valid() const { return verdict == Verdict::Valid; }
    // The verdict's slug for JSON ("valid", "modified-after-signing", ...).
    static QString verdictName(Verdict verdict);
    // One translated sentence for people.
    static QString verdictText(Verdict verdict);
};

} // namespace Gatehouse
