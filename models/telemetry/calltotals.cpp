// The one place that says how a call counts, for the live series, the rollup and the baseline.
#include "calltotals.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;

bool CallTotals::isReject(const ToolCall& call)
{
    return call.outcome == "denied"_L1;
}

void CallTotals::add(const ToolCall& call)
{
    ++calls;
    tokensIn += qMax<qint64>(0, call.tokensIn);
    tokensOut += qMax<qint64>(0, call.tokensOut);
    rejects += isReject(call);
    if (call.durationNs > 0)
        durations.add(call.durationNs);
}

void CallTotals::merge(const CallTotals& other)
{
    calls += other.calls;
    tokensIn += other.tokensIn;
    tokensOut += other.tokensOut;
    rejects += other.rejects;
    durations.merge(other.durations);
}

} // namespace Gatehouse
