// Serialisation of an incremental update (ISO 32000-1, section 7.5.6).
#include "pdfincrementalupdate.h"

namespace Gatehouse {

PdfIncrementalUpdate::PdfIncrementalUpdate(const PdfDocument& document)
    : m_document(document)
    , m_nextNumber(document.size())
{
    if (!document.bytes().endsWith('\n') && !document.bytes().endsWith('\r'))
        m_appended = "\n";
}

int PdfIncrementalUpdate::allocate()
{
    return m_nextNumber++;
}

void PdfIncrementalUpdate::write(int number, const QByteArray& body)
{
    m_offsets.insert(number, m_document.bytes().size() + m_appended.size());
    m_appended += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
}

qsizetype PdfIncrementalUpdate::fileOffsetOf(const QByteArray& needle) const
{
    const qsizetype index = m_appended.indexOf(needle);
    return index < 0 ? -1 : m_document.bytes().size() + index;
}

QByteArray PdfIncrementalUpdate::xrefSection() const
{
    QByteArray xref = "xref\n";
    for (auto it = m_offsets.constBegin(); it != m_offsets.constEnd();) {
        auto runEnd = it;
        int count = 0;
        while (runEnd != m_offsets.constEnd() && runEnd.key() == it.key() + count) {
            ++runEnd;
            ++count;
        }
        xref += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != runEnd; ++it)
            xref += QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    }
    return xref;
}

QByteArray PdfIncrementalUpdate::finish()
{
    PdfValue trailer = PdfValue::dictionary();
    trailer.set("Size", PdfValue::number(qMax(m_nextNumber, m_document.size())));
    for (const char* key : {"Root", "Info", "ID"}) {
        if (const PdfValue* value = m_document.trailer().find(key))
            trailer.set(key, *value);
    }
    trailer.set("Prev", PdfValue::number(m_document.lastXrefOffset()));

    const qsizetype xrefOffset = m_document.bytes().size() + m_appended.size();
    m_appended += xrefSection() + "trailer\n" + trailer.serialize() + "\nstartxref\n"
                  + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return m_document.bytes() + m_appended;
}

} // namespace Gatehouse
