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
    virtual void submitEvent(const QString& sourceId, qint64 sequence, const QByteArray& payload) = 0;
    // Sequences from..to (inclusive) were lost and the server cannot send them again.
    virtual void submitGap(const QString& sourceId, qint64 fromSequence, qint64 toSequence) = 0;
    // The body of GET /v1/posture (or /v1/info) as fetched at `at`.
    virtual void submitPosture(const QString& sourceId, const QByteArray& postureJson,
                               const QDateTime& at) = 0;
};

} // namespace Gatehouse
