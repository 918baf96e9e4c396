// Drills are rare (a few a quarter), so every call reads or writes a handful of rows.
#include "drilllog.h"

#include "models/core/clock.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::DrillLog)
};

constexpr auto Columns = "id, deployment_id, agent_id, started_at, started_by, runbook, ended_at,"
                         " ended_by, last_call_ms, time_to_stop_ms, measured_at"_L1;

KillSwitchDrill drillFrom(const QSqlQuery& q)
{
    KillSwitchDrill d;
    d.id = q.value(0).toLongLong();
    d.deploymentId = q.value(1).toLongLong();
    d.agentId = q.value(2).toString();
    d.startedAt = parseIsoUtc(q.value(3).toString());
    d.startedBy = q.value(4).toString();
    d.runbook = q.value(5).toString();
    d.endedAt = parseIsoUtc(q.value(6).toString());
    d.endedBy = q.value(7).toString();
    if (!q.value(8).isNull())
        d.lastCallAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    if (!q.value(9).isNull())
        d.timeToStopMs = q.value(9).toLongLong();
    d.measuredAt = parseIsoUtc(q.value(10).toString());
    return d;
}

Result<void> audit(Workspace& workspace, const QString& actor, const QString& action,
                   const KillSwitchDrill& d, QJsonObject details = {})
{
    details.insert(u"agent"_s, d.agentId);
    details.insert(u"deployment"_s, d.deploymentId);
    auto entry = workspace.audit().append(
        actor, action, u"drill:%1"_s.arg(d.id),
        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return entry ? Result<void>{} : std::unexpected(entry.error());
}

} // namespace

DrillLog::DrillLog(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<KillSwitchDrill> DrillLog::drill(qint64 id) const
{
    auto q = runQuery(m_workspace.database(),
                      u"SELECT %1 FROM kill_switch_drill WHERE id = ?"_s.arg(Columns), {id},
                      Text::tr("Reading drill %1").arg(id));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, Text::tr("There is no drill %1.").arg(id));
    return drillFrom(*q);
}

Result<std::optional<KillSwitchDrill>> DrillLog::running(qint64 deploymentId,
                                                         const QString& agentId) const
{
    auto q = runQuery(m_workspace.database(),
                      u"SELECT %1 FROM kill_switch_drill WHERE deployment_id = ? AND agent_id = ?"
                      " AND ended_at = '' ORDER BY id DESC LIMIT 1"_s.arg(Columns),
                      {deploymentId, agentId}, Text::tr("Looking for a running drill"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<KillSwitchDrill>();
    return std::optional<KillSwitchDrill>(drillFrom(*q));
}

Result<KillSwitchDrill> DrillLog::start(qint64 deploymentId, const QString& agentId,
                                        const QString& runbook, const QString& actor,
                                        const QString& runBy)
{
    if (agentId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("A drill needs the id of the agent to stop."));
    auto open = running(deploymentId, agentId);
    if (!open)
        return std::unexpected(open.error());
    if (*open)
        return fail(ErrorCode::AlreadyExists,
                    Text::tr("A drill of agent %1 has been running since %2; stop it first.")
                        .arg(agentId, toIsoUtc((*open)->startedAt)));
    const QDateTime now = m_workspace.clock().now();
    qint64 id = 0;
    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto q = runQuery(m_workspace.database(),
                          u"INSERT INTO kill_switch_drill (deployment_id, agent_id, started_at,"
                          " started_ms, started_by, runbook) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {deploymentId, agentId, toIsoUtc(now), now.toMSecsSinceEpoch(),
                           runBy.isEmpty() ? actor : runBy, runbook},
                          Text::tr("Recording the drill"));
        if (!q)
            return std::unexpected(q.error());
        id = q->lastInsertId().toLongLong();
        KillSwitchDrill d;
        d.id = id;
        d.deploymentId = deploymentId;
        d.agentId = agentId;
        QJsonObject details{{u"runbook"_s, runbook}};
        if (!runBy.isEmpty() && runBy != actor)
            details.insert(u"runBy"_s, runBy);
        return audit(m_workspace, actor, u"drill.start"_s, d, details);
    });
    if (!done)
        return std::unexpected(done.error());
    return drill(id);
}

Result<KillSwitchDrill> DrillLog::stop(qint64 deploymentId, const QString& agentId,
                                       const QString& actor)
{
    auto open = running(deploymentId, agentId);
    if (!open)
        return std::unexpected(open.error());
    if (!*open)
        return fail(ErrorCode::NotFound,
                    Text::tr("No drill of agent %1 is running; start one first.").arg(agentId));
    const KillSwitchDrill d = **open;
    const QString now = toIsoUtc(m_workspace.clock().now());
    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto q = runQuery(m_workspace.database(),
                          u"UPDATE kill_switch_drill SET ended_at = ?, ended_by = ? WHERE id = ?"_s,
                          {now, actor, d.id}, Text::tr("Ending the drill"));
        if (!q)
            return std::unexpected(q.error());
        return audit(m_workspace, actor, u"drill.stop"_s, d);
    });
    if (!done)
        return std::unexpected(done.error());
    return drill(d.id);
}

Result<void> DrillLog::recordMeasurement(qint64 drillId, std::optional<QDateTime> lastCallAt,
                                         std::optional<qint64> timeToStopMs, const QString& actor)
{
    auto d = drill(drillId);
    if (!d)
        return std::unexpected(d.error());
    const QVariant last = lastCallAt ? QVariant(lastCallAt->toMSecsSinceEpoch()) : QVariant();
    const QVariant tts = timeToStopMs ? QVariant(*timeToStopMs) : QVariant();
    return m_workspace.transaction([&]() -> Result<void> {
        auto q = runQuery(m_workspace.database(),
                          u"UPDATE kill_switch_drill SET last_call_ms = ?, time_to_stop_ms = ?,"
                          " measured_at = ? WHERE id = ?"_s,
                          {last, tts, toIsoUtc(m_workspace.clock().now()), drillId},
                          Text::tr("Recording the drill's time to stop"));
        if (!q)
            return std::unexpected(q.error());
        QJsonObject details;
        if (timeToStopMs)
            details.insert(u"timeToStopMs"_s, *timeToStopMs);
        return audit(m_workspace, actor, u"drill.measure"_s, *d, details);
    });
}

Result<QList<KillSwitchDrill>> DrillLog::drills(qint64 deploymentId) const
{
    auto q = runQuery(m_workspace.database(),
                      u"SELECT %1 FROM kill_switch_drill WHERE deployment_id = ?"
                      " ORDER BY started_ms, id"_s.arg(Columns),
                      {deploymentId}, Text::tr("Listing the drills"));
    if (!q)
        return std::unexpected(q.error());
    QList<KillSwitchDrill> all;
    while (q->next())
        all.append(drillFrom(*q));
    return all;
}

} // namespace Gatehouse
