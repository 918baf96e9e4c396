// Adds an embedded PAdES signature to a PDF as an incremental update: the original bytes stay
// as they are and a new revision carries the signature field, its widget and the CMS value.
#pragma once

#include "models/core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QRectF>
#include <QString>

#include <optional>

namespace Gatehouse {

class Clock;
class PdfDocument;
class PdfIncrementalUpdate;
class SigningIdentity;
class TimestampClient;

// Where a visible signature box goes: a page (0-based) and a rectangle in PDF points, origin at
// the page's bottom-left corner.
struct VisibleSignature
{
    int page = 0;
    QRectF rect;
};

struct SignatureRequest
{
    QString reason;
    QString location;
    std::optional<VisibleSignature> visible;
    // With a client, an RFC 3161 timestamp over the signature value is embedded.
    const TimestampClient* timestamps = nullptr;
};

class PdfSigner
{
public:
    // Both must outlive the signer.
    PdfSigner(const SigningIdentity& identity, const Clock& clock);

    // The signed file: the input followed by the signing revision.
    Result<QByteArray> sign(const QByteArray& pdf, const SignatureRequest& request) const;
    // Signs and writes atomically: on any failure no file is left at path.
    Result<void> signToFile(const QByteArray& pdf, const QString& path,
                            const SignatureRequest& request) const;

private:
    // Appends the signature dictionary, the field and widget, the new catalog or AcroForm and
    // the page's new annotation list.
    Result<void> writeRevision(const PdfDocument& document, PdfIncrementalUpdate& update,
                               const SignatureRequest& request, qsizetype reserve,
                               const QDateTime& now) const;

    const SigningIdentity& m_identity;
    const Clock& m_clock;
};

// Writes bytes to path through a temporary file renamed into place, so a reader never sees a
// partial file and a failure leaves nothing behind.
Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace Gatehouse
