// How many days of telemetry the workspace keeps, one row of its meta table, so that the console
// and the command line prune to the same limit.
#pragma once

#include "models/core/error.h"

#include <QString>

namespace Gatehouse {

class Workspace;

class RetentionSetting
{
public:
    // The meta key; the archive's pruner reads it through its own connection.
    static constexpr const char* Key = "telemetry.retentionDays";
    static constexpr int Off = 0; // keep everything, the default
    static constexpr int MinDays = 1;
    static constexpr int MaxDays = 3650;

    // The days kept, Off when none has been set.
    static Result<int> read(Workspace& workspace);
    // Sets the days (Off, or MinDays to MaxDays) and records the change in the audit trail.
    static Result<void> write(Workspace& workspace, int days, const QString& actor);
    // A stored value as days: Off for an absent, unreadable or out-of-range value.
    static int fromText(const QString& text);
};

} // namespace Gatehouse
