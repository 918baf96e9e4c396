// The siem-integration control measured from telemetry. Every linked gateway and host ships its
// logs to a SIEM sink, the last delivery within 15 minutes of its posture.
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class SiemIntegrationEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::SiemIntegration; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;
};

} // namespace Gatehouse
