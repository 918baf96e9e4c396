// Gathering a batch's calls per minute; the schema's fill of calls stored before the rollup
// existed computes the same minute and the same duration bins in SQL.
#include "minuterollup.h"

namespace Gatehouse {

qint64 MinuteRollup::minuteOf(qint64 ms)
{
    return ms - ((ms % MinuteMs) + MinuteMs) % MinuteMs;
}

void MinuteRollup::add(const ToolCall& call)
{
    m_minutes[Key{minuteOfCall(call), call.source, call.agentId}].add(call);
}

size_t qHash(const MinuteRollup::Key& key, size_t seed)
{
    return qHashMulti(seed, key.minuteMs, key.source, key.agentId);
}

} // namespace Gatehouse
