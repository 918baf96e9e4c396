// The organisation named on the cover of every report made from a workspace, kept in the
// workspace itself so that the desktop and the command line print the same name.
#pragma once

#include "models/core/error.h"

#include <QString>

namespace Gatehouse {

class Workspace;

class OrganisationSetting
{
public:
    // Empty when none has been set.
    static Result<QString> read(Workspace& workspace);
    // Sets the name (trimmed, not empty) and records the change in the audit trail.
    static Result<void> write(Workspace& workspace, const QString& name, const QString& actor);
};

} // namespace Gatehouse
