// The cheap first pass of the scanner: one walk over the text that reports where a rule keyword
// starts, case-insensitively, so that the regular expressions only run next to such a place.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace Gatehouse {

class KeywordFilter
{
public:
    // keyword (lower-case ASCII, at least two characters) belongs to rule `rule`.
    void add(const QString& keyword, int rule);

    // Calls hit(position, rule) for every place where a keyword starts, in text order.
    template <typename Hit> void scan(QStringView text, Hit&& hit) const;

private:
    struct Entry
    {
        QString keyword;
        int rule;
    };
    static int pairIndex(char16_t first, char16_t second) { return int(first) * 128 + int(second); }
    static char16_t lower(char16_t c) { return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c; }
    static bool startsWithAt(QStringView text, qsizetype at, const QString& keyword);

    // For each lower-case ASCII pair, 1 + the index of its bucket in m_buckets, or 0 when no
    // keyword starts with it: 32 KB, so the table stays in the cache.
    std::array<quint16, 128 * 128> m_pairs{};
    QList<QList<Entry>> m_buckets;
    // Whether any keyword starts with this character, either case: one load rejects most
    // positions before the pair is looked at.
    std::array<bool, 128> m_first{};
};

template <typename Hit> void KeywordFilter::scan(QStringView text, Hit&& hit) const
{
    const char16_t* data = text.utf16();
    const qsizetype end = text.size() - 1;
    for (qsizetype i = 0; i < end; ++i) {
        const char16_t a = data[i];
        if (a >= 128 || !m_first[a])
            continue;
        const char16_t b = lower(data[i + 1]);
        const quint16 slot = b < 128 ? m_pairs[pairIndex(lower(a), b)] : 0;
        if (slot == 0)
            continue;
        for (const Entry& entry : m_buckets[slot - 1]) {
            if (startsWithAt(text, i, entry.keyword))
                hit(i, entry.rule);
        }
    }
}

} // namespace Gatehouse
