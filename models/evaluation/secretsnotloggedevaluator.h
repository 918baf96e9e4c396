// The secrets-not-logged control measured from telemetry. No secret reached the archive, or the
// orchestration side, unredacted: redaction markers show secrets that arrived from a source, and a
// rescan finds any that got through.
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class SecretsNotLoggedEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::SecretsNotLogged; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;
};

} // namespace Gatehouse
