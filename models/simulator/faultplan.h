// The misbehaviour a simulated endpoint shows on request, so that clients can be tested against
// dropped connections, junk frames, slow streams, duplicates, reordering and lost events.
#pragma once

#include "models/core/error.h"

#include <QString>

namespace Gatehouse {

struct FaultPlan
{
    // Each "every N" applies to the sequences that are multiples of N, so a fault happens at the
    // same events again after a reconnection; 0 switches it off.
    int dropEvery = 0;      // close the connection after every N events written on it
    int malformedEvery = 0; // after sequence k*N, a frame without an id and with broken JSON
    int oversizedEvery = 0; // after sequence k*N, a frame of oversizedBytes
    qint64 oversizedBytes = 6 * 1024 * 1024;
    int slowMs = 0;          // at most one event per slowMs, each frame written in two halves
    int duplicateEvery = 0;  // sequence k*N is written twice
    int reorderEvery = 0;    // sequence k*N is written after its successor
    int gapEvery = 0;        // sequence k*N is never written; an "event: gap" frame says so
    int jumpEvery = 0;       // sequence k*N is never written, and nothing says so
    qint64 endlessBytes = 0; // after the first event, one line of this many bytes

    bool isEmpty() const;
    // "drop=50,malformed=20,oversized=100,slow=200,duplicate=10,reorder=30,gap=40,jump=45,
    // endless=67108864"; an empty text is no fault.
    static Result<FaultPlan> parse(const QString& text);
    QString toString() const;
};

} // namespace Gatehouse
