// The ring of rate buckets.
#include "callrateseries.h"

namespace Gatehouse {

CallRateSeries::CallRateSeries(qint64 bucketMs, int buckets)
    : m_bucketMs(qMax<qint64>(1, bucketMs))
    , m_ring(size_t(qMax(1, buckets)))
{
}

void CallRateSeries::advanceTo(qint64 nowMs)
{
    const qint64 start = nowMs - nowMs % m_bucketMs;
    if (m_newestStartMs == 0) {
        m_newestStartMs = start;
        m_ring[size_t(start / m_bucketMs % qint64(m_ring.size()))] = RateBucket{start};
        return;
    }
    // Clear every bucket the window moves over, at most the whole ring.
    const qint64 steps =
        qMin<qint64>((start - m_newestStartMs) / m_bucketMs, qint64(m_ring.size()));
    for (qint64 i = steps - 1; i >= 0; --i) {
        const qint64 bucketStart = start - i * m_bucketMs;
        m_ring[size_t(bucketStart / m_bucketMs % qint64(m_ring.size()))] = RateBucket{bucketStart};
    }
    if (start > m_newestStartMs)
        m_newestStartMs = start;
}

RateBucket& CallRateSeries::bucketFor(qint64 startMs)
{
    return m_ring[size_t(startMs / m_bucketMs % qint64(m_ring.size()))];
}

void CallRateSeries::add(const ToolCallBatch& calls)
{
    for (const ToolCall& call : calls) {
        const qint64 atMs = call.startNs / 1'000'000;
        const qint64 start = atMs - atMs % m_bucketMs;
        if (start > m_newestStartMs)
            advanceTo(atMs);
        // Calls older than the window are history, not news.
        if (m_newestStartMs - start >= m_bucketMs * qint64(m_ring.size()))
            continue;
        RateBucket& bucket = bucketFor(start);
        if (bucket.startMs != start)
            bucket = RateBucket{start};
        ++bucket.calls;
        bucket.tokens += qMax<qint64>(0, call.tokensIn) + qMax<qint64>(0, call.tokensOut);
        bucket.errors += call.outcome != QLatin1StringView("ok");
        bucket.durationNsSum += call.durationNs;
    }
}

QList<RateBucket> CallRateSeries::buckets() const
{
    QList<RateBucket> result;
    if (m_newestStartMs == 0)
        return result;
    const qint64 size = qint64(m_ring.size());
    for (qint64 i = size - 1; i >= 0; --i) {
        const qint64 start = m_newestStartMs - i * m_bucketMs;
        const RateBucket& bucket = m_ring[size_t(((start / m_bucketMs) % size + size) % size)];
        result.append(bucket.startMs == start ? bucket : RateBucket{start});
    }
    return result;
}

} // namespace Gatehouse
