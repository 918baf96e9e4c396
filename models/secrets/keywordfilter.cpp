// Checking a two-character table at each position costs a load and a test; full keyword
// comparisons only happen where a pair matches, which in log text is a few per cent of positions.
#include "keywordfilter.h"

namespace Gatehouse {

bool KeywordFilter::startsWithAt(QStringView text, qsizetype at, const QString& keyword)
{
    if (at + keyword.size() > text.size())
        return false;
    for (qsizetype i = 0; i < keyword.size(); ++i) {
        if (lower(text[at + i].unicode()) != keyword[i].unicode())
            return false;
    }
    return true;
}

void KeywordFilter::add(const QString& keyword, int rule)
{
    Q_ASSERT(keyword.size() >= 2 && keyword.at(0).unicode() < 128 && keyword.at(1).unicode() < 128);
    quint16& slot = m_pairs[pairIndex(keyword.at(0).unicode(), keyword.at(1).unicode())];
    if (slot == 0) {
        m_buckets.append(QList<Entry>());
        slot = quint16(m_buckets.size());
    }
    m_buckets[slot - 1].append({keyword, rule});
    const char16_t first = keyword.at(0).unicode();
    m_first[first] = true;
    if (first >= u'a' && first <= u'z')
        m_first[first - 32] = true;
}

} // namespace Gatehouse
