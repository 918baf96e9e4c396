// Drills come from two places: those recorded in the console and the drill marks a gateway
// reports. For each, the agent's last call after the start gives the time to stop; it is only
// known once telemetry runs on for five minutes past the start, since a later call would change it.
#include "killswitchevaluator.h"

#include "evaluationsupport.h"

#include "models/workspace/workspace.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

namespace {

constexpr qint64 MaxStopMs = 5 * 60 * 1000;
constexpr int DrillEveryDays = 90;
// An agent silent this long before its drill had nothing running to stop.
constexpr qint64 IdleWindowMs = 24 * 3600 * 1000;

struct Drill
{
    QString id;
    QString agent;
    QString origin; // "console" or the reporting source
    qint64 startMs = 0;
    qint64 endMs = 0; // 0 while running
    QString startedBy;
    QString runbook;
};

Result<QList<Drill>> telemetryDrills(const EvaluationInput& input, QList<Drill> drills)
{
    // Marks carry at_ns, not start_ns, so they are read without the call filter.
    QStringList marks(qMax<qsizetype>(1, input.sources.size()), u"?"_s);
    QVariantList values;
    for (const QString& s : input.sources)
        values.append(s);
    if (input.sources.isEmpty())
        values.append(QString());
    values.append(input.toNs());
    auto q = runQuery(input.database,
                      u"SELECT drill_id, agent_id, source, MIN(at_ns) FROM telemetry_drill"
                      " WHERE source IN (%1) AND phase = 'start' AND at_ns < ?"
                      " GROUP BY drill_id, agent_id, source"_s.arg(marks.join(u", "_s)),
                      values, Text::tr("Reading the drill marks"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const QString agent = q->value(1).toString();
        const qint64 startMs = q->value(3).toLongLong() / 1'000'000;
        if (!input.agents.isEmpty() && !input.agents.contains(agent))
            continue;
        // A recorded drill and the gateway's mark of it within a minute are one drill.
        const bool known = std::any_of(drills.begin(), drills.end(), [&](const Drill& d) {
            return d.agent == agent && qAbs(d.startMs - startMs) < 60'000;
        });
        if (!known)
            drills.append(Drill{q->value(0).toString(), agent, q->value(2).toString(), startMs, 0,
                                QString(), QString()});
    }
    return drills;
}

QList<Drill> consoleDrills(const EvaluationInput& input)
{
    QList<Drill> drills;
    for (const KillSwitchDrill& d : input.drills) {
        const qint64 start = d.startedAt.toMSecsSinceEpoch();
        if (start < input.to.toMSecsSinceEpoch())
            drills.append({QString::number(d.id), d.agentId, u"console"_s, start,
                           d.endedAt.isValid() ? d.endedAt.toMSecsSinceEpoch() : 0, d.startedBy,
                           d.runbook});
    }
    return drills;
}

Result<qint64> newestCallMs(const EvaluationInput& input, const QString& agent, qint64 fromMs,
                            qint64 untilMs)
{
    EvaluationInput scoped = input;
    scoped.from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    scoped.to = QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC);
    auto q = scoped.select(u"telemetry_call"_s, u"MAX(start_ns)"_s,
                           agent.isEmpty() ? QString() : u"agent_id = ?"_s, {},
                           agent.isEmpty() ? QVariantList{} : QVariantList{agent});
    if (!q)
        return std::unexpected(q.error());
    return q->next() && !q->value(0).isNull() ? q->value(0).toLongLong() / 1'000'000 : qint64(-1);
}

} // namespace

KillSwitchEvaluator::Outcome KillSwitchEvaluator::measure(const EvaluationInput& input,
                                                          const QString& agent, qint64 startMs,
                                                          qint64 endMs, Result<void>* error)
{
    const qint64 until = endMs > 0 ? endMs : input.to.toMSecsSinceEpoch();
    auto last = newestCallMs(input, agent, startMs, until);
    auto horizon = newestCallMs(input, {}, startMs, input.to.toMSecsSinceEpoch());
    if (!last || !horizon) {
        *error = std::unexpected(!last ? last.error() : horizon.error());
        return {};
    }
    Outcome o;
    o.lastCallMs = *last;
    if (*last < 0) {
        auto before = newestCallMs(input, agent, startMs - IdleWindowMs, startMs);
        if (!before) {
            *error = std::unexpected(before.error());
            return {};
        }
        o.idle = *before < 0;
        if (o.idle)
            return o;
    }
    if (*last >= 0 && *last - startMs >= MaxStopMs) {
        o.timeToStopMs = *last - startMs;
        o.status = ControlStatus::Fail;
    } else if (qMax(*horizon, endMs) >= startMs + MaxStopMs) {
        o.timeToStopMs = qMax<qint64>(0, *last - startMs);
        o.status = ControlStatus::Pass;
    }
    return o;
}

Result<ControlMeasurement> KillSwitchEvaluator::evaluate(const EvaluationInput& input) const
{
    auto drills = telemetryDrills(input, consoleDrills(input));
    if (!drills)
        return std::unexpected(drills.error());
    if (drills->isEmpty())
        return ControlMeasurement::notAssessed(
            control(), Text::tr("No kill-switch drill recorded or reported."));
    QJsonArray items, offending;
    Tally tally;
    for (const Drill& d : *drills) {
        Result<void> error;
        const Outcome o = measure(input, d.agent, d.startMs, d.endMs, &error);
        if (!error)
            return std::unexpected(error.error());
        QJsonObject item{
            {u"drillId"_s, d.id},
            {u"agent"_s, d.agent},
            {u"origin"_s, d.origin},
            {u"startedAt"_s, toIsoUtc(QDateTime::fromMSecsSinceEpoch(d.startMs, Qt::UTC))},
            {u"startedBy"_s, d.startedBy},
            {u"runbook"_s, d.runbook},
            {u"status"_s, controlStatusSlug(o.status)}};
        if (o.lastCallMs >= 0)
            item.insert(u"lastCallAt"_s,
                        toIsoUtc(QDateTime::fromMSecsSinceEpoch(o.lastCallMs, Qt::UTC)));
        if (o.timeToStopMs >= 0)
            item.insert(u"timeToStopSeconds"_s, double(o.timeToStopMs) / 1000.0);
        if (o.idle)
            item.insert(u"problem"_s, u"no call from the agent in the day before the drill"_s);
        items.append(item);
        if (o.status == ControlStatus::Pass)
            tally.lastPassMs = qMax(tally.lastPassMs, d.startMs);
        else if (o.status == ControlStatus::Fail) {
            ++tally.failed;
            appendBounded(offending, item);
        } else
            ++(o.idle ? tally.idle : tally.pending);
    }
    return summarise(input, items, offending, tally);
}

ControlMeasurement KillSwitchEvaluator::summarise(const EvaluationInput& input,
                                                  const QJsonArray& items,
                                                  const QJsonArray& offending,
                                                  const Tally& tally) const
{
    const QDateTime asOf = input.to;
    const qint64 lastPassMs = tally.lastPassMs, failedCount = tally.failed;
    const QJsonObject counts{{u"drills"_s, qint64(items.size())},
                             {u"failed"_s, failedCount},
                             {u"pending"_s, tally.pending},
                             {u"idle"_s, tally.idle}};
    ControlMeasurement m;
    if (lastPassMs >= 0) {
        const QDateTime due =
            QDateTime::fromMSecsSinceEpoch(lastPassMs, Qt::UTC).addDays(DrillEveryDays);
        m = due > asOf
                ? ControlMeasurement::passed(control(),
                                             Text::tr("The last passing drill is due again on %1.")
                                                 .arg(due.date().toString(Qt::ISODate)),
                                             counts)
                : ControlMeasurement::failed(
                    control(),
                    Text::tr("The last passing drill was due again on %1.")
                        .arg(due.date().toString(Qt::ISODate)),
                    counts,
                    {QJsonObject{{u"problem"_s, u"drill overdue"_s}, {u"dueAt"_s, toIsoUtc(due)}}});
        m.details.insert(u"dueAt"_s, toIsoUtc(due));
    } else if (failedCount > 0) {
        m = ControlMeasurement::failed(
            control(),
            Text::tr("No drill stopped its agent within 5 minutes (%1 failed).").arg(failedCount),
            counts, offending);
        m.details.insert(u"dueAt"_s, toIsoUtc(asOf));
    } else {
        m = ControlMeasurement::notAssessed(
            control(),
            tally.pending > 0
                ? Text::tr("%n drill(s) await five minutes of telemetry after their start.",
                           nullptr, int(tally.pending))
                : Text::tr("%n drill(s) on agents that made no call in the day before: nothing "
                           "was seen to stop.",
                           nullptr, int(tally.idle)));
        m.counts = counts;
    }
    m.details.insert(u"drills"_s, items);
    return m;
}

} // namespace Gatehouse
