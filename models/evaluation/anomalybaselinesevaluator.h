// The anomaly-baselines control measured from telemetry. The archive holds at least 30 days of
// hourly baseline for the deployment; anomalies are listed beside it.
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class AnomalyBaselinesEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::AnomalyBaselines; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;
};

} // namespace Gatehouse
