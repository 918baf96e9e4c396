// The human-attribution control measured from telemetry. Every tool call and sandbox run of the
// period names the human behind it.
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class HumanAttributionEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::HumanAttribution; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;
};

} // namespace Gatehouse
