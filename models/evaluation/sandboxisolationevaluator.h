// The sandbox-isolation control measured from telemetry. Every sandbox is ephemeral and
// network-isolated, with a passing pivot test within 90 days.
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class SandboxIsolationEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::SandboxIsolation; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;
};

} // namespace Gatehouse
