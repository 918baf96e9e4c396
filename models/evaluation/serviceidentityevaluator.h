// The service-identity control measured from telemetry. Every agent calls with its own credentials,
// no credential serves two agents and every call names its agent.
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class ServiceIdentityEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::ServiceIdentity; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;
};

} // namespace Gatehouse
