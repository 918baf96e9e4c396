// Where a feed, a tailed file or an import hands what it received: raw payloads keyed by source
// and sequence. Implementations decode, redact and archive; all calls may come from any thread.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Gatehouse {

class IngestSink
{
public:
    virtual ~IngestSink() = default;

    // One event as received: its source id, its sequence number (the SSE id, or the line
    // number of a file) and one OTLP/JSON export request.
    virtual void submitEvent(const QString& sourceId, qint64 sequence,
                             const QByteArray& payload) = 0;
    // Sequences from..to (inclusive) were lost and the server cannot send them again.
    virtual void submitGap(const QString& sourceId, qint64 fromSequence, qint64 toSequence) = 0;
    // The body of GET /v1/posture (or /v1/info) as fetched at `at`.
    virtual void submitPosture(const QString& sourceId, const QByteArray& postureJson,
                               const QDateTime& at) = 0;
    // A frame the feed could not pass on (no usable id, above the size limits); sequence is 0
    // when the frame had no usable id. The default drops it: the feed counts it anyway.
    virtual void submitReject(const QString& sourceId, qint64 sequence, const QString& reason)
    {
        Q_UNUSED(sourceId);
        Q_UNUSED(sequence);
        Q_UNUSED(reason);
    }
    // How many of this source's events the sink has rejected (undecodable, ...), so a feed can
    // show it beside its own counts; -1 when the sink does not count.
    virtual qint64 rejectedCount(const QString& sourceId) const
    {
        Q_UNUSED(sourceId);
        return -1;
    }
};

} // namespace Gatehouse
