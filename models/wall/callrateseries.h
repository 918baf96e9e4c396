// Live figures for charts: calls, tokens, errors and mean duration per fixed time bucket over a
// sliding window, in a ring whose size never changes however fast calls arrive.
#pragma once

#include "models/telemetry/toolcall.h"

#include <QList>

#include <vector>

namespace Gatehouse {

struct RateBucket
{
    qint64 startMs = 0; // Unix time of the bucket's start
    qint64 calls = 0;
    qint64 tokens = 0;
    qint64 errors = 0;
    qint64 durationNsSum = 0;

    double meanDurationMs() const { return calls ? double(durationNsSum) / calls / 1e6 : 0.0; }
};

class CallRateSeries
{
public:
    // bucketMs wide buckets, the newest `buckets` of them kept.
    CallRateSeries(qint64 bucketMs, int buckets);

    void add(const ToolCallBatch& calls);
    // Moves the window on to `nowMs`, so silent minutes show as zero and not as the last value.
    void advanceTo(qint64 nowMs);

    // Oldest first; exactly `buckets` entries once the window has moved that far.
    QList<RateBucket> buckets() const;
    qint64 bucketMs() const { return m_bucketMs; }

private:
    RateBucket& bucketFor(qint64 startMs);

    qint64 m_bucketMs;
    std::vector<RateBucket> m_ring;
    qint64 m_newestStartMs = 0; // 0 before the first call
};

} // namespace Gatehouse
