// A kill-switch drill mark: the moment an operator pulled the switch on an agent, as reported by
// the gateway. The kill-switch control compares it with the agent's last call afterwards.
#pragma once

#include <QString>

namespace Gatehouse {

struct DrillMarker
{
    QString source;
    qint64 sequence = 0;
    int spanIndex = 0;

    qint64 atNs = 0;
    QString drillId; // gatehouse.drill.id
    QString agentId; // gen_ai.agent.id of the agent being stopped
    QString phase;   // gatehouse.drill.phase: "start" or "end"
};

} // namespace Gatehouse
