// The least-privilege control measured from telemetry. Default-deny scope policies, an approval
// behind every write grant, and no write call without an approved grant (write tools known from the
// call or from the MCP inventory).
#pragma once

#include "controlevaluator.h"

namespace Gatehouse {

class LeastPrivilegeEvaluator final : public ControlEvaluator
{
public:
    Control control() const override { return Control::LeastPrivilege; }
    Result<ControlMeasurement> evaluate(const EvaluationInput& input) const override;
};

} // namespace Gatehouse
