// Read from every linked source's posture: its SIEM sinks and their newest delivery, which must
// lie within 15 minutes of the moment the posture was fetched.
#include "siemintegrationevaluator.h"

#include "evaluationsupport.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

namespace {

constexpr qint64 MaxLagSeconds = 15 * 60;

QJsonObject problemOf(const PostureView& p)
{
    const QJsonArray sinks = p.document.value("siemSinks"_L1).toArray();
    if (sinks.isEmpty())
        return {{u"problem"_s, u"no SIEM sink"_s}, {u"endpoint"_s, p.source}};
    QDateTime newest;
    for (const QJsonValue& v : sinks) {
        const QDateTime at = parseIsoUtc(v.toObject().value("lastDeliveryAt"_L1).toString());
        if (at.isValid() && (!newest.isValid() || at > newest))
            newest = at;
    }
    if (!newest.isValid())
        return {{u"problem"_s, u"no delivery on record"_s}, {u"endpoint"_s, p.source}};
    const qint64 lag = newest.secsTo(p.fetchedAt);
    if (lag <= MaxLagSeconds)
        return {};
    return {{u"problem"_s, u"last delivery older than 15 minutes"_s},
            {u"endpoint"_s, p.source},
            {u"lastDeliveryAt"_s, toIsoUtc(newest)},
            {u"lagMinutes"_s, double(lag) / 60.0}};
}

} // namespace

Result<ControlMeasurement> SiemIntegrationEvaluator::evaluate(const EvaluationInput& input) const
{
    if (input.postures.isEmpty())
        return ControlMeasurement::notAssessed(
            control(), Text::tr("No posture from any linked source, so no SIEM sinks to read."));
    QJsonArray offending;
    for (const PostureView& p : input.postures) {
        if (const QJsonObject problem = problemOf(p); !problem.isEmpty())
            appendBounded(offending, problem);
    }
    const QJsonObject counts{
        {u"sources"_s, qint64(input.sources.size())},
        {u"sourcesWithPosture"_s, qint64(input.postures.size())},
        {u"sourcesWithoutPosture"_s, qint64(input.sourcesWithoutPosture.size())},
        {u"problems"_s, qint64(offending.size())}};
    if (!offending.isEmpty())
        return ControlMeasurement::failed(
            control(),
            Text::tr("%n source(s) do not ship logs in time, first: %1 (%2).", nullptr,
                     int(offending.size()))
                .arg(offending.first()[u"endpoint"_s].toString(),
                     offending.first()[u"problem"_s].toString()),
            counts, offending);
    if (!input.sourcesWithoutPosture.isEmpty()) {
        auto m = ControlMeasurement::notAssessed(
            control(),
            Text::tr("No posture yet from %1.").arg(input.sourcesWithoutPosture.join(u", "_s)));
        m.counts = counts;
        return m;
    }
    return ControlMeasurement::passed(
        control(),
        Text::tr("All %n source(s) ship logs, last delivery within 15 minutes.", nullptr,
                 int(input.postures.size())),
        counts);
}

} // namespace Gatehouse
