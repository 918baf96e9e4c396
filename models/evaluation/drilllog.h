// Kill-switch drills recorded in the console: who pulled the switch on which agent of which
// deployment, when, following which runbook, and the time-to-stop measured from telemetry.
#pragma once

#include "models/core/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Gatehouse {

class Workspace;

struct KillSwitchDrill
{
    qint64 id = 0;
    qint64 deploymentId = 0;
    QString agentId;
    QDateTime startedAt;
    QString startedBy;
    QString runbook;
    QDateTime endedAt; // invalid while the drill runs
    QString endedBy;
    std::optional<QDateTime> lastCallAt; // the agent's last call after the start, if any
    std::optional<qint64> timeToStopMs;  // measured; absent until telemetry tells
    QDateTime measuredAt;
};

class DrillLog
{
public:
    explicit DrillLog(Workspace& workspace);

    // Starts a drill now; fails while a drill of the same agent is still running. The actor
    // records it; runBy is who pulls the switch, when that is someone else.
    Result<KillSwitchDrill> start(qint64 deploymentId, const QString& agentId,
                                  const QString& runbook, const QString& actor,
                                  const QString& runBy = {});
    // Ends the running drill of the agent now.
    Result<KillSwitchDrill> stop(qint64 deploymentId, const QString& agentId, const QString& actor);
    // Stores what the kill-switch measurement found for a drill.
    Result<void> recordMeasurement(qint64 drillId, std::optional<QDateTime> lastCallAt,
                                   std::optional<qint64> timeToStopMs, const QString& actor);
    // All drills of a deployment, oldest first.
    Result<QList<KillSwitchDrill>> drills(qint64 deploymentId) const;

private:
    Result<KillSwitchDrill> drill(qint64 id) const;
    Result<std::optional<KillSwitchDrill>> running(qint64 deploymentId,
                                                   const QString& agentId) const;

    Workspace& m_workspace;
};

} // namespace Gatehouse
