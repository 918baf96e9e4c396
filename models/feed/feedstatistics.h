// What a sources panel shows per feed: counts, rate, lag and age, as one copyable snapshot.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QtGlobal>

namespace Gatehouse {

enum class FeedState
{
    Idle,
    Connecting,
    Streaming,
    Backoff,
    Stale,
    Failed,
    Stopped
};

struct FeedStatistics
{
    qint64 events = 0;      // delivered to the sink, each sequence once
    qint64 duplicates = 0;  // received again and dropped
    qint64 malformed = 0;   // frames without a usable id or data
    qint64 oversized = 0;   // events or lines above the limits, skipped
    qint64 sinkRejects = 0; // events the sink could not decode (IngestSink::rejectedCount)
    qint64 gaps = 0;        // gap ranges submitted
    qint64 lostEvents = 0;  // sequences inside those gaps
    qint64 reconnects = 0;
    qint64 heartbeats = 0;
    qint64 bytes = 0;
    double eventsPerSecond = 0; // over the last ten seconds
    qint64 lagEvents = 0;       // the server's newest sequence (from heartbeats) minus ours
    qint64 lastEventAgeMs = -1; // -1: no event yet
    qint64 highestSequence = 0;
    qint64 resumePoint = 0;
    QDateTime lastEventAt;
    QDateTime lastActivityAt;
};

} // namespace Gatehouse

Q_DECLARE_METATYPE(Gatehouse::FeedStatistics)
Q_DECLARE_METATYPE(Gatehouse::FeedState)
