// A bucket is valid for the minute its startMs names; a slot still holding an older minute reads
// as empty, so moving the window never has to sweep the ring.
#include "minuteseries.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

qint64 minuteOf(qint64 ms)
{
    return ms - ((ms % MinuteSeries::MinuteMs) + MinuteSeries::MinuteMs) % MinuteSeries::MinuteMs;
}

} // namespace

MinuteSeries::MinuteSeries(int minutes)
    : m_ring(size_t(qMax(1, minutes)))
{
}

bool MinuteSeries::isReject(const ToolCall& call)
{
    return call.outcome == "denied"_L1;
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
    Bucket* bucket = bucketFor(minuteOf(call.startNs / 1'000'000));
    if (!bucket)
        return; // older than the window: history, not news
    ++bucket->calls;
    bucket->tokens += qMax<qint64>(0, call.tokensIn) + qMax<qint64>(0, call.tokensOut);
    bucket->rejects += isReject(call);
    if (call.durationNs > 0)
        bucket->durations.add(call.durationNs);
}

void MinuteSeries::add(const ToolCallBatch& calls)
{
    for (const ToolCall& call : calls)
        add(call);
}

void MinuteSeries::advanceTo(qint64 nowMs)
{
    m_newestStartMs = qMax(m_newestStartMs, minuteOf(nowMs));
}

void MinuteSeries::merge(const MinuteSeries& other)
{
    if (other.m_newestStartMs > m_newestStartMs)
        m_newestStartMs = other.m_newestStartMs;
    for (const Bucket& theirs : other.m_ring) {
        if (theirs.startMs < 0
            || other.m_newestStartMs - theirs.startMs >= MinuteMs * qint64(other.m_ring.size()))
            continue;
        Bucket* ours = bucketFor(theirs.startMs);
        if (!ours)
            continue;
        ours->calls += theirs.calls;
        ours->tokens += theirs.tokens;
        ours->rejects += theirs.rejects;
        ours->durations.merge(theirs.durations);
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
        result.append(MinutePoint{start, bucket.calls, bucket.tokens, bucket.rejects,
                                  bucket.durations.percentileMs(0.5),
                                  bucket.durations.percentileMs(0.95)});
    }
    return result;
}

} // namespace Gatehouse
