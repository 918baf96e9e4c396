// The control asks for a baseline long enough to trust; the anomalies found against it are
// listed in the details for the reviewer, they do not decide the status.
#include "anomalybaselinesevaluator.h"

#include "baselineanalysis.h"
#include "evaluationsupport.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

namespace {

constexpr double RequiredDays = 30;

QJsonArray anomalyItems(const QList<Anomaly>& anomalies)
{
    QJsonArray items;
    for (const Anomaly& a : anomalies)
        appendBounded(items,
                      {{u"agent"_s, a.agent},
                       {u"metric"_s, a.metric},
                       {u"hour"_s, toIsoUtc(QDateTime::fromMSecsSinceEpoch(a.hourMs, Qt::UTC))},
                       {u"value"_s, a.value},
                       {u"baseline"_s, a.baseline},
                       {u"scale"_s, a.scale},
                       {u"score"_s, a.score},
                       {u"grouping"_s, a.grouping}});
    return items;
}

} // namespace

Result<ControlMeasurement> AnomalyBaselinesEvaluator::evaluate(const EvaluationInput& input) const
{
    auto analysis = BaselineAnalysis::load(input);
    if (!analysis)
        return std::unexpected(analysis.error());
    if (analysis->hourly().isEmpty())
        return ControlMeasurement::notAssessed(
            control(), Text::tr("No tool calls from the linked sources in the period."));
    const double days = analysis->coverageDays();
    const QList<Anomaly> anomalies = analysis->anomalies();
    const QJsonObject counts{{u"coverageDays"_s, days},
                             {u"requiredDays"_s, RequiredDays},
                             {u"agents"_s, qint64(analysis->agents().size() - 1)},
                             {u"anomalies"_s, qint64(anomalies.size())}};
    ControlMeasurement m =
        days >= RequiredDays
            ? ControlMeasurement::passed(
                control(),
                Text::tr("The baseline covers %1 days; %n anomalous hour(s).", nullptr,
                         int(anomalies.size()))
                    .arg(days, 0, 'f', 1),
                counts)
            : ControlMeasurement::failed(
                control(),
                Text::tr("The baseline covers %1 days of the %2 needed before production.")
                    .arg(days, 0, 'f', 1)
                    .arg(RequiredDays),
                counts,
                {QJsonObject{{u"problem"_s, u"baseline shorter than 30 days"_s},
                             {u"coverageDays"_s, days}}});
    m.details.insert(u"anomalies"_s, anomalyItems(anomalies));
    return m;
}

} // namespace Gatehouse
