// A call traces to a human when it carries enduser.id; sandbox runs are held to the same rule,
// since they run on an agent's behalf too.
#include "humanattributionevaluator.h"

#include "evaluationsupport.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

namespace {

struct Tally
{
    qint64 total = 0;
    qint64 unattributed = 0;
};

Result<Tally> tally(const EvaluationInput& input, const QString& table, const QString& kind,
                    QJsonArray& offending)
{
    auto q = input.select(table, u"agent_id, source, human = '', COUNT(*), MIN(id)"_s, {},
                          u"GROUP BY agent_id, source, human = ''"_s);
    if (!q)
        return std::unexpected(q.error());
    Tally t;
    while (q->next()) {
        const qint64 n = q->value(3).toLongLong();
        t.total += n;
        if (!q->value(2).toBool())
            continue;
        t.unattributed += n;
        appendBounded(offending, {{u"kind"_s, kind},
                                  {u"agent"_s, q->value(0).toString()},
                                  {u"endpoint"_s, q->value(1).toString()},
                                  {u"calls"_s, n},
                                  {u"firstCall"_s, q->value(4).toLongLong()}});
    }
    return t;
}

} // namespace

Result<ControlMeasurement> HumanAttributionEvaluator::evaluate(const EvaluationInput& input) const
{
    QJsonArray offending;
    auto calls = tally(input, u"telemetry_call"_s, u"tool-call"_s, offending);
    if (!calls)
        return std::unexpected(calls.error());
    auto runs = tally(input, u"telemetry_execution"_s, u"sandbox-run"_s, offending);
    if (!runs)
        return std::unexpected(runs.error());
    const QJsonObject counts{{u"calls"_s, calls->total},
                             {u"callsWithoutHuman"_s, calls->unattributed},
                             {u"sandboxRuns"_s, runs->total},
                             {u"sandboxRunsWithoutHuman"_s, runs->unattributed}};
    if (calls->total + runs->total == 0)
        return ControlMeasurement::notAssessed(
            control(),
            Text::tr("No tool calls or sandbox runs from the linked sources in the period."));
    if (!offending.isEmpty())
        return ControlMeasurement::failed(
            control(),
            Text::tr("%1 and %2 name no human.")
                .arg(Text::tr("%n call(s)", nullptr, int(calls->unattributed)),
                     Text::tr("%n sandbox run(s)", nullptr, int(runs->unattributed))),
            counts, offending);
    return ControlMeasurement::passed(
        control(),
        Text::tr("All %1 and %2 name a human.")
            .arg(Text::tr("%n call(s)", nullptr, int(calls->total)),
                 Text::tr("%n sandbox run(s)", nullptr, int(runs->total))),
        counts);
}

} // namespace Gatehouse
