// The archive's per-minute sums of tool calls by source and agent (table telemetry_minute), so
// the charts read a minute's totals instead of its calls. The writer gathers a batch's calls
// here and stores each minute once, in the batch's own transaction.
#pragma once

#include "calltotals.h"

#include <QHash>
#include <QString>

namespace Gatehouse {

class MinuteRollup
{
public:
    // A minute of one agent's calls through one source: every chart scope is a set of these.
    struct Key
    {
        qint64 minuteMs = 0; // start of the minute, Unix milliseconds
        QString source;
        QString agentId; // empty for calls without an agent id

        bool operator==(const Key& other) const = default;
    };

    static constexpr qint64 MinuteMs = 60'000;
    // The start of the minute that holds `ms`, also before 1970.
    static qint64 minuteOf(qint64 ms);
    // The minute a call counts in: the one its start falls in.
    static qint64 minuteOfCall(const ToolCall& call) { return minuteOf(call.startNs / 1'000'000); }

    void add(const ToolCall& call);
    void clear() { m_minutes.clear(); }
    const QHash<Key, CallTotals>& minutes() const { return m_minutes; }

private:
    QHash<Key, CallTotals> m_minutes;
};

size_t qHash(const MinuteRollup::Key& key, size_t seed = 0);

} // namespace Gatehouse
