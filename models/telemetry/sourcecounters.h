// What the ingest pipeline has done with one source's data so far, for the sources panel and
// the CLI summaries.
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace Gatehouse {

struct SourceCounters
{
    qint64 received = 0;   // events submitted
    qint64 stored = 0;     // events archived for the first time
    qint64 duplicates = 0; // events already archived, not stored again
    qint64 rejects = 0;    // events refused by the decoder, kept in the rejects table
    qint64 dropped = 0;    // events refused because the backlog was full (recorded as gaps)
    qint64 gaps = 0;       // sequences reported lost by the server
    qint64 postures = 0;
    qint64 calls = 0; // tool calls archived
    qint64 lastSequence = 0;
    QDateTime lastEventAt;               // when the newest event was archived
    QMap<QString, qint64> rejectReasons; // reason slug -> count

    void add(const SourceCounters& other);
};

} // namespace Gatehouse
