// A bucket is valid for the minute its startMs names; a slot still holding an older minute reads
// as empty, so moving the window never has to sweep the ring.
#include "minuteseries.h"

#include "models/telemetry/minuterollup.h"

namespace Gatehouse {

static_assert(MinuteSeries::MinuteMs == MinuteRollup::MinuteMs);

MinuteSeries::MinuteSeries(int minutes)
    : m_ring(size_t(qMax(1, minutes)))
{
}

size_t MinuteSeries::indexOf(qint64 startMs) const
{
    const qint64 size = qint64(m_ring.size());
    return size_t(((startMs / MinuteMs) % size + size) % size);
}

MinuteSeries::Bucket* MinuteSeries::bucketFor(qint64 startMs)
{
    if (startMs > m_newestStartMs)
        m_newestStartMs = startMs;
    if (m_newestStartMs - startMs >= MinuteMs * qint64(m_ring.size()))
        return nullptr;
    Bucket& bucket = m_ring[indexOf(startMs)];
    if (bucket.startMs != startMs) {
        bucket = Bucket{};
        bucket.startMs = startMs;
    }
    return &bucket;
}

void MinuteSeries::add(const ToolCall& call)
{
    Bucket* bucket = bucketFor(MinuteRollup::minuteOfCall(call));
    if (bucket) // else older than the window: history, not news
        bucket->totals.add(call);
}

void MinuteSeries::add(const ToolCallBatch& calls)
{
    for (const ToolCall& call : calls)
        add(call);
}

void MinuteSeries::add(qint64 minuteStartMs, const CallTotals& totals)
{
    if (Bucket* bucket = bucketFor(MinuteRollup::minuteOf(minuteStartMs)))
        bucket->totals.merge(totals);
}

void MinuteSeries::advanceTo(qint64 nowMs)
{
    m_newestStartMs = qMax(m_newestStartMs, MinuteRollup::minuteOf(nowMs));
}

void MinuteSeries::merge(const MinuteSeries& other)
{
    if (other.m_newestStartMs > m_newestStartMs)
        m_newestStartMs = other.m_newestStartMs;
    for (const Bucket& theirs : other.m_ring) {
        if (theirs.startMs < 0
            || other.m_newestStartMs - theirs.startMs >= MinuteMs * qint64(other.m_ring.size()))
            continue;
        if (Bucket* ours = bucketFor(theirs.startMs))
            ours->totals.merge(theirs.totals);
    }
}

QList<MinutePoint> MinuteSeries::points() const
{
    QList<MinutePoint> result;
    if (m_newestStartMs == 0)
        return result;
    result.reserve(qsizetype(m_ring.size()));
    for (qint64 i = qint64(m_ring.size()) - 1; i >= 0; --i) {
        const qint64 start = m_newestStartMs - i * MinuteMs;
        const Bucket& bucket = m_ring[indexOf(start)];
        if (bucket.startMs != start) {
            result.append(MinutePoint{start});
            continue;
        }
        const CallTotals& t = bucket.totals;
        result.append(MinutePoint{start, t.calls, t.tokensIn + t.tokensOut, t.rejects,
                                  t.durations.percentileMs(0.5), t.durations.percentileMs(0.95)});
    }
    return result;
}

} // namespace Gatehouse
