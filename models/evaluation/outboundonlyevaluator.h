// The outbound-only control measured from telemetry. Gateways listen on loopback only and reach the
// vendor through an established outbound tunnel.
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class OutboundOnlyEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::OutboundOnly; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;
};

} // namespace Gatehouse
