// Reading the cross-reference chain and the page tree of a PDF.
#include "pdfdocument.h"

#include <QCoreApplication>

namespace Gatehouse {

namespace {

constexpr int MaximumRevisions = 256;
constexpr int MaximumPageTreeDepth = 32;

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)
};

} // namespace

PdfDocument::PdfDocument(const QByteArray& bytes)
    : m_bytes(bytes)
{
}

Result<PdfDocument> PdfDocument::read(const QByteArray& bytes)
{
    PdfDocument document(bytes);
    const qsizetype marker = bytes.lastIndexOf("startxref");
    if (!bytes.startsWith("%PDF-") || marker < 0)
        return fail(ErrorCode::Corrupt, Text::tr("The file is not a PDF or its end is missing."));
    qsizetype position = document.parser().skipSpace(marker + 9);
    document.m_lastXref = document.parser().readInteger(position);

    qsizetype next = document.m_lastXref;
    for (int revision = 0; next >= 0; ++revision) {
        if (revision == MaximumRevisions)
            return fail(ErrorCode::Corrupt, Text::tr("The PDF's cross-reference chain loops."));
        Result<qsizetype> previous = document.readXrefSection(next);
        if (!previous)
            return std::unexpected(previous.error());
        next = *previous;
    }
    if (!document.m_trailer.find("Root"))
        return fail(ErrorCode::Corrupt, Text::tr("The PDF's trailer names no catalog."));
    return document;
}

Result<qsizetype> PdfDocument::readXrefSection(qsizetype offset)
{
    const PdfParser reader = parser();
    qsizetype position = reader.skipSpace(offset);
    if (!reader.hasKeyword(position, "xref"))
        return fail(
            ErrorCode::Corrupt,
            Text::tr("The PDF uses a cross-reference stream, which the signer does not read; "
                     "write it with a classic cross-reference table."));
    position += 4;
    for (;;) {
        position = reader.skipSpace(position);
        if (reader.hasKeyword(position, "trailer"))
            break;
        const qint64 first = reader.readInteger(position);
        position = reader.skipSpace(position);
        const qint64 count = reader.readInteger(position);
        if (first < 0 || count < 0 || count > m_bytes.size() / 20)
            return fail(ErrorCode::Corrupt,
                        Text::tr("The PDF's cross-reference table is damaged."));
        position = reader.skipSpace(position);
        for (qint64 i = 0; i < count; ++i, position += 20) {
            const QByteArray entry = m_bytes.mid(position, 18);
            const int number = int(first + i);
            if (entry.size() == 18 && entry.at(17) == 'n' && !m_offsets.contains(number))
                m_offsets.insert(number, entry.left(10).toLongLong());
        }
    }
    position += 7;
    Result<PdfValue> trailer = reader.parseValue(position);
    if (!trailer || !trailer->isDictionary())
        return fail(ErrorCode::Corrupt, Text::tr("The PDF's trailer is damaged."));
    if (m_trailer.kind == PdfValue::Kind::Null) {
        m_trailer = *trailer;
        m_size = int(trailer->find("Size") ? trailer->find("Size")->toInteger().value_or(0) : 0);
    }
    const PdfValue* previous = trailer->find("Prev");
    return previous ? previous->toInteger().value_or(-1) : -1;
}

Result<PdfValue> PdfDocument::object(int number) const
{
    const auto it = m_offsets.constFind(number);
    if (it == m_offsets.constEnd())
        return fail(ErrorCode::Corrupt,
                    Text::tr("The PDF refers to object %1, which it does not hold.").arg(number));
    return parser().parseIndirectObject(*it, number);
}

Result<PdfValue> PdfDocument::resolve(const PdfValue& value) const
{
    return value.isReference() ? object(value.objectNumber) : value;
}

Result<QList<PdfValue>> PdfDocument::pages() const
{
    Result<PdfValue> catalog = resolve(*m_trailer.find("Root"));
    if (!catalog || !catalog->find("Pages"))
        return fail(ErrorCode::Corrupt, Text::tr("The PDF's catalog has no page tree."));
    QList<PdfValue> pages;
    if (Result<void> walked = collectPages(*catalog->find("Pages"), pages, 0); !walked)
        return std::unexpected(walked.error());
    if (pages.isEmpty())
        return fail(ErrorCode::Corrupt, Text::tr("The PDF has no pages."));
    return pages;
}

Result<void> PdfDocument::collectPages(const PdfValue& node, QList<PdfValue>& pages,
                                       int depth) const
{
    Result<PdfValue> resolved = resolve(node);
    if (!resolved || depth > MaximumPageTreeDepth || !node.isReference())
        return fail(ErrorCode::Corrupt, Text::tr("The PDF's page tree is damaged."));
    const PdfValue* kids = resolved->find("Kids");
    if (!kids) {
        pages.append(node);
        return {};
    }
    for (const PdfValue& kid : kids->items) {
        if (Result<void> walked = collectPages(kid, pages, depth + 1); !walked)
            return walked;
    }
    return {};
}

} // namespace Gatehouse
