// Summing counters over sources, for totals.
#include "sourcecounters.h"

namespace Gatehouse {

void SourceCounters::add(const SourceCounters& other)
{
    received += other.received;
    stored += other.stored;
    duplicates += other.duplicates;
    rejects += other.rejects;
    dropped += other.dropped;
    gaps += other.gaps;
    postures += other.postures;
    calls += other.calls;
    lastSequence = qMax(lastSequence, other.lastSequence);
    if (other.lastEventAt.isValid() && (!lastEventAt.isValid() || other.lastEventAt > lastEventAt))
        lastEventAt = other.lastEventAt;
    for (auto it = other.rejectReasons.cbegin(); it != other.rejectReasons.cend(); ++it)
        rejectReasons[it.key()] += it.value();
}

} // namespace Gatehouse
