// One measurable readiness control, judged from telemetry: pass, fail, or not-assessed when the
// data it needs is missing (never a guess).
#pragma once

#include "controlmeasurement.h"
#include "evaluationinput.h"

namespace Gatehouse {

class ControlEvaluator
{
public:
    virtual ~ControlEvaluator() = default;
    virtual Control control() const = 0;
    // Reads only; a database error is an error, missing data is a not-assessed measurement.
    virtual Result<ControlMeasurement> evaluate(const EvaluationInput& input) const = 0;
};

} // namespace Gatehouse
