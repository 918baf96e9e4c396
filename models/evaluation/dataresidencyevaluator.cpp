// Each distinct (agent, data region, compute region) of the period is mapped through the region
// catalog to two jurisdictions; unknown or unreported regions are listed, never assumed.
#include "dataresidencyevaluator.h"

#include "evaluationsupport.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

Result<ControlMeasurement> DataResidencyEvaluator::evaluate(const EvaluationInput& input) const
{
    auto q = input.select(u"telemetry_call"_s,
                          u"agent_id, source, data_region, compute_region, COUNT(*), MIN(id)"_s, {},
                          u"GROUP BY agent_id, source, data_region, compute_region"_s);
    if (!q)
        return std::unexpected(q.error());
    QJsonArray offending, unknown;
    QStringList unknownCodes;
    qint64 calls = 0, violating = 0, unjudged = 0;
    while (q->next()) {
        const QString data = q->value(2).toString(), compute = q->value(3).toString();
        const qint64 n = q->value(4).toLongLong();
        calls += n;
        QJsonObject item{{u"agent"_s, q->value(0).toString()},
                         {u"endpoint"_s, q->value(1).toString()},
                         {u"dataRegion"_s, data},
                         {u"computeRegion"_s, compute},
                         {u"calls"_s, n},
                         {u"firstCall"_s, q->value(5).toLongLong()}};
        const QString dataJ = input.regions.jurisdictionOf(data);
        const QString computeJ = input.regions.jurisdictionOf(compute);
        if (dataJ.isEmpty() || computeJ.isEmpty()) {
            unjudged += n;
            for (const QString& code : input.regions.unknownCodes({data, compute})) {
                if (!unknownCodes.contains(code))
                    unknownCodes.append(code);
            }
            appendBounded(unknown, item);
            continue;
        }
        if (input.transfers.allows(dataJ, computeJ))
            continue;
        violating += n;
        item.insert(u"dataJurisdiction"_s, dataJ);
        item.insert(u"computeJurisdiction"_s, computeJ);
        appendBounded(offending, item);
    }
    const QJsonObject counts{{u"calls"_s, calls},
                             {u"callsOutsideJurisdiction"_s, violating},
                             {u"callsInUnknownRegions"_s, unjudged},
                             {u"transferRules"_s, qint64(input.transfers.rules().size())}};
    if (calls == 0)
        return ControlMeasurement::notAssessed(
            control(), Text::tr("No tool calls from the linked sources in the period."));
    ControlMeasurement m;
    if (violating > 0) {
        m = ControlMeasurement::failed(
            control(),
            Text::tr("%n call(s) processed data outside its jurisdiction, first: %1 data in %2.",
                     nullptr, int(violating))
                .arg(offending.first()[u"dataJurisdiction"_s].toString(),
                     offending.first()[u"computeJurisdiction"_s].toString()),
            counts, offending);
    } else if (unjudged > 0) {
        m = ControlMeasurement::notAssessed(
            control(),
            Text::tr("%n call(s) name regions the catalog does not know or no region: %1.", nullptr,
                     int(unjudged))
                .arg(unknownCodes.join(u", "_s)));
        m.counts = counts;
    } else {
        m = ControlMeasurement::passed(
            control(),
            Text::tr("All %n call(s) processed data within its jurisdiction.", nullptr, int(calls)),
            counts);
    }
    m.details.insert(u"unknownRegions"_s, QJsonArray::fromStringList(unknownCodes));
    m.details.insert(u"unjudged"_s, unknown);
    return m;
}

} // namespace Gatehouse
