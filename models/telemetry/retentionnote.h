// The sentence that tells a reader of a period that the archive no longer holds its start, so
// missing days are not taken for days without calls; the report and the Measure page show it.
#pragma once

#include "models/core/error.h"

#include <QDateTime>
#include <QString>

namespace Gatehouse {

class Workspace;

class RetentionNote
{
public:
    // Empty unless retention is on and `from` is before the oldest call held. The cut is the
    // whole archive's, so the oldest call of any source says where the telemetry stops.
    static Result<QString> forPeriod(Workspace& workspace, const QDateTime& from);
};

} // namespace Gatehouse
