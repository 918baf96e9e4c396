// The data-residency control measured from telemetry. No call processed data in a jurisdiction
// other than its own, unless a transfer rule of the deployment allows that direction.
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class DataResidencyEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::DataResidency; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;
};

} // namespace Gatehouse
