// One command run inside a sandbox, as a sandbox host reports it: what ran, where, how it ended
// and the first part of its output (already redacted when stored).
#pragma once

#include <QString>

namespace Gatehouse {

struct SandboxExecution
{
    QString source;
    qint64 sequence = 0;
    int spanIndex = 0;

    qint64 startNs = 0;
    qint64 durationNs = 0;
    QString traceId;
    QString spanId;

    QString sandboxId;     // gatehouse.sandbox.id
    QString computeRegion; // cloud.region
    QString agentId;       // gen_ai.agent.id
    QString human;         // enduser.id
    QString command;       // gatehouse.sandbox.command
    int exitCode = 0;      // gatehouse.sandbox.exit_code
    QString stdoutSnippet; // gatehouse.sandbox.stdout
    QString stderrSnippet; // gatehouse.sandbox.stderr
    int redactions = 0;
};

} // namespace Gatehouse
