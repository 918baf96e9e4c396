// The tracker keeps at most one reorder window of state, whatever the stream sends.
#include "sequencetracker.h"

#include <algorithm>

namespace Gatehouse {

SequenceTracker::SequenceTracker(int reorderWindow, qint64 resumeAfter)
    : m_window(std::max(1, reorderWindow))
    , m_contiguous(std::max<qint64>(0, resumeAfter))
{
}

qint64 SequenceTracker::highest() const
{
    qint64 top = m_contiguous;
    if (!m_above.empty())
        top = std::max(top, *m_above.rbegin());
    if (!m_lostAbove.empty())
        top = std::max(top, m_lostAbove.rbegin()->second);
    return top;
}

qint64 SequenceTracker::pendingHoles() const
{
    qint64 lostCount = 0;
    for (const auto& [from, to] : m_lostAbove)
        lostCount += to - from + 1;
    return highest() - m_contiguous - qint64(m_above.size()) - lostCount;
}

bool SequenceTracker::accept(qint64 sequence, QList<Gap>& lost)
{
    if (sequence <= m_contiguous || m_above.contains(sequence))
        return false;
    auto range = m_lostAbove.upper_bound(sequence);
    if (range != m_lostAbove.begin() && std::prev(range)->second >= sequence)
        return false;
    m_above.insert(sequence);
    advance();
    enforceWindow(lost);
    return true;
}

void SequenceTracker::serverLost(qint64 from, qint64 to, QList<Gap>& lost)
{
    from = std::max(from, m_contiguous + 1);
    qint64 start = from;
    for (auto it = m_above.lower_bound(from); start <= to; ++it) {
        const qint64 end = (it == m_above.end() || *it > to) ? to : *it - 1;
        if (end >= start) {
            lost.append(Gap{start, end});
            m_lostAbove[start] = end;
        }
        if (it == m_above.end() || *it > to)
            break;
        start = *it + 1;
    }
    advance();
    enforceWindow(lost);
}

void SequenceTracker::advance()
{
    for (;;) {
        if (!m_above.empty() && *m_above.begin() == m_contiguous + 1) {
            m_contiguous = *m_above.begin();
            m_above.erase(m_above.begin());
        } else if (!m_lostAbove.empty() && m_lostAbove.begin()->first <= m_contiguous + 1) {
            m_contiguous = std::max(m_contiguous, m_lostAbove.begin()->second);
            m_lostAbove.erase(m_lostAbove.begin());
        } else {
            return;
        }
    }
}

void SequenceTracker::enforceWindow(QList<Gap>& lost)
{
    while (highest() - m_contiguous > m_window) {
        qint64 next = m_above.empty() ? highest() + 1 : *m_above.begin();
        if (!m_lostAbove.empty())
            next = std::min(next, m_lostAbove.begin()->first);
        if (next > m_contiguous + 1) {
            lost.append(Gap{m_contiguous + 1, next - 1});
            m_contiguous = next - 1;
        }
        advance();
    }
}

} // namespace Gatehouse
