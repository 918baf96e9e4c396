// The list of all gatehouse-cli commands, gathered from each capability.
#include "clicommand.h"

namespace Gatehouse::Cli {

std::vector<Command> allCommands()
{
    std::vector<Command> commands;
    addWorkspaceCommands(commands);
    addRetentionCommands(commands);
    addAssessmentCommands(commands);
    addEvidenceCommands(commands);
    addTelemetryCommands(commands);
    addEvaluationCommands(commands);
    addFeedCommands(commands);
    addInventoryCommands(commands);
    addReportCommands(commands);
    return commands;
}

} // namespace Gatehouse::Cli
