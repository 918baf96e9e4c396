// The live charts' figures: tool calls, tokens, rejected calls and the p50/p95 execution time per
// minute over a sliding window, in a ring whose size is fixed when it is made, so a fast feed
// costs a few additions per call and never memory.
#pragma once

#include "models/telemetry/calltotals.h"
#include "models/telemetry/toolcall.h"

#include <QList>

#include <vector>

namespace Gatehouse {

struct MinutePoint
{
    qint64 startMs = 0; // Unix time of the minute's start
    qint64 calls = 0;
    qint64 tokens = 0;  // input and output tokens, where reported
    qint64 rejects = 0; // calls the policy denied
    double p50Ms = -1;  // -1: no call with a duration in this minute
    double p95Ms = -1;
};

class MinuteSeries
{
public:
    static constexpr qint64 MinuteMs = 60'000;

    // The newest `minutes` minutes are kept.
    explicit MinuteSeries(int minutes);

    int minutes() const { return int(m_ring.size()); }
    void add(const ToolCall& call);
    void add(const ToolCallBatch& calls);
    // Adds the sums of calls that started in the minute starting at minuteStartMs.
    void add(qint64 minuteStartMs, const CallTotals& totals);
    // Moves the window on to `nowMs`, so quiet minutes show as zero, not as the last value.
    void advanceTo(qint64 nowMs);
    // Adds another series' minutes that fall into this window.
    void merge(const MinuteSeries& other);

    // Oldest first, one point a minute, exactly minutes() of them; empty before anything was
    // added or advanced.
    QList<MinutePoint> points() const;
    qint64 newestStartMs() const { return m_newestStartMs; }

private:
    struct Bucket
    {
        qint64 startMs = -1;
        CallTotals totals;
    };
    // The bucket of the minute starting at startMs, emptied if it held an older minute; nullptr
    // when that minute has left the window.
    Bucket* bucketFor(qint64 startMs);
    size_t indexOf(qint64 startMs) const;

    std::vector<Bucket> m_ring;
    qint64 m_newestStartMs = 0; // 0 before the first call or advance
};

} // namespace Gatehouse
