// A hand-filled ReportData for renderer tests and the report benchmark: one deployment with a
// complete matrix, a mixed checklist and as many evidence items as asked for.
#pragma once

#include "models/report/reportdata.h"

namespace Gatehouse::Testing {

ReportData sampleReport(int evidenceCount, bool withTelemetry);

} // namespace Gatehouse::Testing
