// Builds one incremental-update revision of a PDF: new and replaced objects, then a
// cross-reference section and a trailer chained to the previous one with /Prev.
#pragma once

#include "models/signing/pdfdocument.h"

#include <QByteArray>
#include <QMap>

namespace Gatehouse {

class PdfIncrementalUpdate
{
public:
    // The document must outlive the update.
    explicit PdfIncrementalUpdate(const PdfDocument& document);

    // A fresh object number past the document's /Size.
    int allocate();
    // Appends "N 0 obj body endobj" (a new object or a new version of an old one).
    void write(int number, const QByteArray& body);
    void write(int number, const PdfValue& value) { write(number, value.serialize()); }

    // Offset of a byte sequence inside the bytes appended so far, counted from the file start.
    qsizetype fileOffsetOf(const QByteArray& needle) const;

    // The whole new file: the original, the objects, the xref section and the trailer (which
    // keeps /Root, /Info and /ID of the previous one).
    QByteArray finish();

private:
    QByteArray xrefSection() const;

    const PdfDocument& m_document;
    QByteArray m_appended;
    QMap<int, qsizetype> m_offsets;
    int m_nextNumber;
};

} // namespace Gatehouse
