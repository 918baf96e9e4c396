// What the live charts and the baseline count of a set of tool calls: how many, their tokens,
// how many the policy denied, and their durations binned. Sums of this kind add up, so a minute's
// totals make an hour's and the archive can keep them per minute.
#pragma once

#include "durationhistogram.h"
#include "toolcall.h"

namespace Gatehouse {

struct CallTotals
{
    qint64 calls = 0;
    qint64 tokensIn = 0;         // reported input tokens; a call that reported none adds nothing
    qint64 tokensOut = 0;        // reported output tokens
    qint64 rejects = 0;          // calls the gateway's policy denied
    DurationHistogram durations; // calls with a known duration only

    void add(const ToolCall& call);
    void merge(const CallTotals& other);

    // Whether a call counts as rejected: the gateway's policy denied it.
    static bool isReject(const ToolCall& call);
};

} // namespace Gatehouse
