// The credential-rotation control measured from telemetry. No credential seen on a call was older
// than 24 hours, or past its expiry, when it was used.
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class CredentialRotationEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::CredentialRotation; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;
};

} // namespace Gatehouse
