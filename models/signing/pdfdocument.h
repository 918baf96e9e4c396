// The object index of a PDF held in memory: its cross-reference tables (following /Prev), its
// newest trailer and access to its objects, as the signer needs them to append an update.
#pragma once

#include "models/core/error.h"
#include "models/signing/pdfparser.h"
#include "models/signing/pdfvalue.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Gatehouse {

class PdfDocument
{
public:
    // Reads the index; classic cross-reference tables only (what QPdfWriter writes). The bytes
    // are copied (implicitly shared) and kept.
    static Result<PdfDocument> read(const QByteArray& bytes);

    const QByteArray& bytes() const { return m_bytes; }
    const PdfValue& trailer() const { return m_trailer; }
    qsizetype lastXrefOffset() const { return m_lastXref; }
    int size() const { return m_size; }

    Result<PdfValue> object(int number) const;
    // Follows a reference to its object; any other value is returned as it is.
    Result<PdfValue> resolve(const PdfValue& value) const;
    // The page objects in order, as references.
    Result<QList<PdfValue>> pages() const;

private:
    explicit PdfDocument(const QByteArray& bytes);
    PdfParser parser() const { return PdfParser(m_bytes); }
    Result<qsizetype> readXrefSection(qsizetype offset);
    Result<void> collectPages(const PdfValue& node, QList<PdfValue>& pages, int depth) const;

    QByteArray m_bytes;
    PdfValue m_trailer;
    QHash<int, qsizetype> m_offsets;
    qsizetype m_lastXref = -1;
    int m_size = 0;
};

} // namespace Gatehouse
