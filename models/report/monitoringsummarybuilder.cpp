// Each part of the summary comes from the evaluator or analysis that measures the same thing for
// the checklist; only the per-region counts behind the map are a query of their own.
#include "monitoringsummarybuilder.h"

#include "models/core/clock.h"
#include "models/evaluation/baselineanalysis.h"
#include "models/evaluation/controlverdict.h"
#include "models/evaluation/dataresidencyevaluator.h"
#include "models/evaluation/evaluationinput.h"
#include "models/evaluation/humanattributionevaluator.h"
#include "models/evaluation/killswitchevaluator.h"
#include "models/evidence/evidencestore.h"
#include "models/telemetry/retentionnote.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringSummaryBuilder)
};

constexpr qint64 DayMs = 86'400'000;
// Findings of one kind listed in full; the figures keep the totals.
constexpr int MaxFindings = 6;

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? u"%1 %"_s.arg(100.0 * double(part) / double(whole), 0, 'f', 1) : u"-"_s;
}

QString hourText(const QString& iso)
{
    return parseIsoUtc(iso).toString(u"yyyy-MM-dd HH:00 'UTC'"_s);
}

qint64 count(const ControlMeasurement& m, const QString& key)
{
    return m.counts.value(key).toInteger();
}

// Calls per UTC day over every day of the period, zero where none were made.
QList<MonitoringSummary::Day> daysOf(const BaselineAnalysis& baseline, const QDateTime& from,
                                     const QDateTime& to)
{
    QMap<QDate, qint64> calls;
    for (const HourlyMetrics& h : baseline.hourly()) {
        if (h.agent == BaselineAnalysis::AllAgents)
            calls[QDateTime::fromMSecsSinceEpoch(h.hourMs, Qt::UTC).date()] += h.calls;
    }
    QList<MonitoringSummary::Day> days;
    const QDate last = to.addMSecs(-1).date();
    for (QDate d = from.date(); d <= last; d = d.addDays(1)) {
        const QDateTime dayStart(d, QTime(0, 0), Qt::UTC);
        const bool partial = dayStart < from || dayStart.addDays(1) > to;
        days.append({d, calls.value(d), partial, false, 0, 0});
    }
    return days;
}

// The band is the robust rule the anomaly analysis applies to hours, applied to whole days:
// the median of comparable days (same weekday once three weeks exist) plus or minus the
// threshold in scaled deviations. Fewer than six days give no band.
void addBaselineBand(QList<MonitoringSummary::Day>& days)
{
    QList<QPair<qint64, double>> series;
    for (const MonitoringSummary::Day& d : days) {
        if (!d.partial)
            series.append(
                {QDateTime(d.date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), double(d.calls)});
    }
    const QList<Anomaly> all =
        BaselineAnalysis::detect(BaselineAnalysis::AllAgents, u"calls"_s, series, -1.0);
    QHash<qint64, const Anomaly*> byDay;
    for (const Anomaly& a : all)
        byDay.insert(a.hourMs, &a);
    for (MonitoringSummary::Day& day : days) {
        const Anomaly* a =
            byDay.value(QDateTime(day.date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        if (!a)
            continue;
        const double reach = BaselineAnalysis::DefaultThreshold * a->scale;
        day.hasBaseline = true;
        day.baselineLow = qMax(0.0, a->baseline - reach);
        day.baselineHigh = a->baseline + reach;
    }
}

QString metricTitle(const QString& metric)
{
    if (metric == "calls"_L1)
        return Text::tr("tool calls");
    if (metric == "tokensIn"_L1)
        return Text::tr("input tokens");
    if (metric == "tokensOut"_L1)
        return Text::tr("output tokens");
    return metric == "durationP50Ms"_L1 ? Text::tr("median call duration (ms)")
                                        : Text::tr("95th-percentile call duration (ms)");
}

QString dayText(const QDate& date)
{
    return date.toString(u"yyyy-MM-dd"_s);
}

MonitoringSummary::Finding attributionFinding(const QJsonObject& item)
{
    const int n = int(item[u"calls"_s].toInteger());
    const QString text =
        item[u"kind"_s].toString() == "sandbox-run"_L1
            ? Text::tr("%n sandbox run(s) of agent %1 through %2 name no human.", nullptr, n)
            : Text::tr("%n tool call(s) of agent %1 through %2 name no human.", nullptr, n);
    return {Text::tr("attribution"),
            text.arg(item[u"agent"_s].toString(), item[u"endpoint"_s].toString())};
}

MonitoringSummary::Finding residencyFinding(const QJsonObject& item)
{
    const int n = int(item[u"calls"_s].toInteger());
    return {Text::tr("residency"),
            Text::tr("%n call(s) of agent %1 processed %2 data (%3) in %4 compute (%5) without a "
                     "transfer rule.",
                     nullptr, n)
                .arg(item[u"agent"_s].toString(), item[u"dataJurisdiction"_s].toString(),
                     item[u"dataRegion"_s].toString(), item[u"computeJurisdiction"_s].toString(),
                     item[u"computeRegion"_s].toString())};
}

MonitoringSummary::Finding anomalyFinding(const Anomaly& a)
{
    const QString agent = a.agent == BaselineAnalysis::AllAgents ? Text::tr("all agents") : a.agent;
    return {Text::tr("anomaly"),
            Text::tr("%1, %2 at %3: %4 against a baseline of %5 (score %6, %7).")
                .arg(agent, metricTitle(a.metric),
                     hourText(toIsoUtc(QDateTime::fromMSecsSinceEpoch(a.hourMs, Qt::UTC))))
                .arg(a.value, 0, 'f', 0)
                .arg(a.baseline, 0, 'f', 0)
                .arg(a.score, 0, 'f', 1)
                .arg(a.grouping)};
}

MonitoringSummary::Finding drillFinding(const QJsonObject& d)
{
    const QString stopped =
        d.contains(u"timeToStopSeconds"_s)
            ? Text::tr("stopped in %1 s").arg(d[u"timeToStopSeconds"_s].toDouble(), 0, 'f', 1)
            : Text::tr("time to stop not yet known");
    return {Text::tr("kill-switch"),
            Text::tr("Drill on agent %1 started %2 (%3): %4, %5.")
                .arg(d[u"agent"_s].toString(), d[u"startedAt"_s].toString(),
                     d[u"origin"_s].toString(), stopped, d[u"status"_s].toString())};
}

// The first few offending items of a measurement, as findings.
void addFindings(MonitoringSummary& summary, const QJsonArray& items,
                 MonitoringSummary::Finding (*finding)(const QJsonObject&))
{
    for (qsizetype i = 0; i < items.size() && i < MaxFindings; ++i)
        summary.findings.append(finding(items[i].toObject()));
}

} // namespace

MonitoringSummaryBuilder::MonitoringSummaryBuilder(Workspace& workspace, RegionCatalog regions)
    : m_workspace(workspace)
    , m_regions(std::move(regions))
{
}

Result<MonitoringSummary> MonitoringSummaryBuilder::build(qint64 deploymentId,
                                                          const QDateTime& from,
                                                          const QDateTime& to) const
{
    auto input = EvaluationInput::load(m_workspace, deploymentId, from, to, m_regions);
    if (!input)
        return std::unexpected(input.error());
    MonitoringSummary summary;
    auto note = RetentionNote::forPeriod(m_workspace, from);
    if (!note)
        return std::unexpected(note.error());
    summary.retentionNote = *note;
    if (input->sources.isEmpty())
        return summary;
    auto baseline = BaselineAnalysis::load(*input);
    if (!baseline)
        return std::unexpected(baseline.error());
    if (baseline->hourly().isEmpty())
        return summary;

    addVolume(*input, *baseline, summary);
    for (const auto step :
         {&MonitoringSummaryBuilder::addAttribution, &MonitoringSummaryBuilder::addResidency,
          &MonitoringSummaryBuilder::addFlows, &MonitoringSummaryBuilder::addDrills}) {
        if (Result<void> done = (this->*step)(*input, summary); !done)
            return std::unexpected(done.error());
    }
    addAnomalies(*baseline, summary);
    if (Result<void> done = addLatestMeasured(deploymentId, to, summary); !done)
        return std::unexpected(done.error());
    return summary;
}

void MonitoringSummaryBuilder::addVolume(const EvaluationInput& input,
                                         const BaselineAnalysis& baseline,
                                         MonitoringSummary& summary) const
{
    summary.days = daysOf(baseline, input.from, input.to);
    addBaselineBand(summary.days);
    qint64 total = 0;
    const MonitoringSummary::Day* peak = &summary.days.first();
    for (const MonitoringSummary::Day& d : summary.days) {
        total += d.calls;
        if (d.calls > peak->calls)
            peak = &d;
    }
    summary.figures.append(
        {Text::tr("Tool calls"), QString::number(total),
         Text::tr("from %n linked source(s)", nullptr, int(input.sources.size()))});
    summary.figures.append(
        {Text::tr("Calls per day"),
         Text::tr("%1 on average").arg(double(total) / double(summary.days.size()), 0, 'f', 1),
         Text::tr("peak %1 on %2; %3 of %4 days with calls")
             .arg(peak->calls)
             .arg(dayText(peak->date))
             .arg(std::count_if(summary.days.begin(), summary.days.end(),
                                [](const auto& d) { return d.calls > 0; }))
             .arg(summary.days.size())});
}

Result<void> MonitoringSummaryBuilder::addAttribution(const EvaluationInput& input,
                                                      MonitoringSummary& summary) const
{
    auto m = HumanAttributionEvaluator().evaluate(input);
    if (!m)
        return std::unexpected(m.error());
    const qint64 calls = count(*m, u"calls"_s);
    const qint64 without = count(*m, u"callsWithoutHuman"_s);
    summary.figures.append({Text::tr("Attribution coverage"), percent(calls - without, calls),
                            Text::tr("%n of %1 name(s) no human", nullptr, int(without))
                                .arg(Text::tr("%n call(s)", nullptr, int(calls)))});
    const qint64 runs = count(*m, u"sandboxRuns"_s);
    if (runs > 0)
        summary.figures.append(
            {Text::tr("Sandbox runs"), QString::number(runs),
             Text::tr("%1 name no human").arg(count(*m, u"sandboxRunsWithoutHuman"_s))});
    addFindings(summary, m->offending, attributionFinding);
    return {};
}

Result<void> MonitoringSummaryBuilder::addResidency(const EvaluationInput& input,
                                                    MonitoringSummary& summary) const
{
    auto m = DataResidencyEvaluator().evaluate(input);
    if (!m)
        return std::unexpected(m.error());
    summary.figures.append(
        {Text::tr("Cross-jurisdiction calls"),
         QString::number(count(*m, u"callsOutsideJurisdiction"_s)),
         Text::tr("data processed outside its jurisdiction with no transfer rule allowing it "
                  "(%n rule(s) in force)",
                  nullptr, int(count(*m, u"transferRules"_s)))});
    if (const qint64 unknown = count(*m, u"callsInUnknownRegions"_s); unknown > 0)
        summary.figures.append(
            {Text::tr("Calls in unknown regions"), QString::number(unknown),
             Text::tr("regions: %1")
                 .arg(m->details[u"unknownRegions"_s].toVariant().toStringList().join(u", "_s))});
    addFindings(summary, m->offending, residencyFinding);
    return {};
}

Result<void> MonitoringSummaryBuilder::addFlows(const EvaluationInput& input,
                                                MonitoringSummary& summary) const
{
    auto q = input.select(u"telemetry_call"_s, u"data_region, compute_region, COUNT(*)"_s, {},
                          u"GROUP BY data_region, compute_region"_s);
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const auto data = m_regions.find(q->value(0).toString());
        const auto compute = m_regions.find(q->value(1).toString());
        if (!data || !compute)
            continue;
        const bool crossing = data->jurisdiction != compute->jurisdiction;
        summary.flows.append(
            {data->code,
             compute->code,
             {data->longitude, data->latitude},
             {compute->longitude, compute->latitude},
             q->value(2).toLongLong(),
             crossing,
             crossing && input.transfers.allows(data->jurisdiction, compute->jurisdiction)});
    }
    std::stable_sort(summary.flows.begin(), summary.flows.end(),
                     [](const auto& a, const auto& b) { return a.calls > b.calls; });
    return {};
}

void MonitoringSummaryBuilder::addAnomalies(const BaselineAnalysis& baseline,
                                            MonitoringSummary& summary) const
{
    const QList<Anomaly> anomalies = baseline.anomalies();
    summary.figures.append({Text::tr("Anomalous hours"), QString::number(anomalies.size()),
                            Text::tr("against a baseline of %1 days of calls, tokens and durations")
                                .arg(baseline.coverageDays(), 0, 'f', 1)});
    for (qsizetype i = 0; i < anomalies.size() && i < MaxFindings; ++i)
        summary.findings.append(anomalyFinding(anomalies[i]));
}

Result<void> MonitoringSummaryBuilder::addDrills(const EvaluationInput& input,
                                                 MonitoringSummary& summary) const
{
    auto m = KillSwitchEvaluator().evaluate(input);
    if (!m)
        return std::unexpected(m.error());
    const QJsonArray drills = m->details[u"drills"_s].toArray();
    summary.figures.append(
        {Text::tr("Kill-switch drills"), QString::number(drills.size()), m->reason});
    for (const QJsonValue& value : drills)
        summary.findings.append(drillFinding(value.toObject()));
    return {};
}

// Credential and secret checks are costly to repeat (the secret rescan reads every payload), so
// the summary shows their latest stored measurement, when one was made by the period's end.
Result<void> MonitoringSummaryBuilder::addLatestMeasured(qint64 deploymentId, const QDateTime& to,
                                                         MonitoringSummary& summary) const
{
    auto latest = ControlVerdict::latestMeasured(EvidenceStore(m_workspace), deploymentId);
    if (!latest)
        return std::unexpected(latest.error());
    for (const Control control : {Control::CredentialRotation, Control::SecretsNotLogged}) {
        const auto found = latest->constFind(control);
        if (found == latest->constEnd() || found->measuredAt > to)
            continue;
        summary.figures.append(
            {controlTitle(control), controlStatusTitle(found->status),
             Text::tr("measured %1 for %2 to %3")
                 .arg(toIsoUtc(found->measuredAt), toIsoUtc(found->from), toIsoUtc(found->to))});
        if (found->status == ControlStatus::Fail)
            summary.findings.append({controlSlug(control), found->reason});
    }
    return {};
}

} // namespace Gatehouse
