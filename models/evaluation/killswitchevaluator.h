// The kill-switch control measured from telemetry. A kill-switch drill within 90 days stopped its
// agent in under 5 minutes, as measured from the agent's last call after the drill started.
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class KillSwitchEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::KillSwitch; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;

    struct Outcome
    {
        ControlStatus status = ControlStatus::NotAssessed; // not-assessed while pending
        qint64 lastCallMs = -1;   // the agent's last call after the start, -1 when none
        qint64 timeToStopMs = -1; // -1 until known
        // No call from the agent in the day before the drill, nor after: nothing was seen to
        // stop, so the drill proves nothing (a mistyped agent id, an idle agent).
        bool idle = false;
    };
    // Time to stop of one drill of `agent` started at startMs (and ended at endMs, 0 while
    // running), from the calls of the input's sources.
    static Outcome measure(const EvaluationInput& input, const QString& agent, qint64 startMs,
                           qint64 endMs, Result<void>* error);

private:
    struct Tally
    {
        qint64 lastPassMs = -1;
        qint64 failed = 0;
        qint64 pending = 0;
        qint64 idle = 0;
    };
    ControlMeasurement summarise(const EvaluationInput& input, const QJsonArray& items,
                                 const QJsonArray& offending, const Tally& tally) const;
};

} // namespace Gatehouse
