// Half-fixed, half-random jitter keeps reconnecting clients apart without ever retrying at once.
#include "backoff.h"

#include <algorithm>

namespace Gatehouse {

Backoff::Backoff(int initialMs, int maxMs, quint32 seed)
    : m_initialMs(std::max(1, initialMs))
    , m_maxMs(std::max(m_initialMs, maxMs))
    , m_random(seed)
{
}

int Backoff::nextDelayMs()
{
    const int shift = std::min(m_attempt, 20);
    const qint64 ceiling = std::min<qint64>(m_maxMs, qint64(m_initialMs) << shift);
    ++m_attempt;
    const qint64 half = ceiling / 2;
    return int(half + qint64(m_random.bounded(quint32(ceiling - half + 1))));
}

void Backoff::setInitialMs(qint64 ms)
{
    m_initialMs = int(std::clamp<qint64>(ms, 100, m_maxMs));
}

} // namespace Gatehouse
