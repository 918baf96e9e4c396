// Read from the sandbox hosts' posture: each sandbox's ephemerality, network policy and last
// isolation test, which must be a passing pivot test no older than 90 days at the period's end.
#include "sandboxisolationevaluator.h"

#include "evaluationsupport.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

namespace {

constexpr int MaxTestAgeDays = 90;

bool isIsolatingPolicy(const QString& policy)
{
    static const QStringList open = {u"none"_s, u"open"_s, u"allow-all"_s, u"unrestricted"_s,
                                     u"host"_s};
    return !policy.isEmpty() && !open.contains(policy, Qt::CaseInsensitive);
}

QString problemOf(const QJsonObject& sandbox, const QDateTime& asOf)
{
    if (!sandbox.value("ephemeral"_L1).toBool())
        return u"not ephemeral"_s;
    if (!isIsolatingPolicy(sandbox.value("networkPolicy"_L1).toString()))
        return u"not network-isolated"_s;
    const QJsonObject test = sandbox.value("lastIsolationTest"_L1).toObject();
    const QDateTime at = parseIsoUtc(test.value("at"_L1).toString());
    if (!at.isValid() || test.value("kind"_L1).toString() != "pivot"_L1)
        return u"no pivot test on record"_s;
    if (test.value("result"_L1).toString() != "pass"_L1)
        return u"last pivot test did not pass"_s;
    if (at.daysTo(asOf) > MaxTestAgeDays)
        return u"pivot test older than 90 days"_s;
    return {};
}

} // namespace

Result<ControlMeasurement> SandboxIsolationEvaluator::evaluate(const EvaluationInput& input) const
{
    const QList<PostureView> hosts = input.posturesOf(u"sandbox-host"_s);
    QJsonArray offending;
    qint64 sandboxes = 0;
    for (const PostureView& p : hosts) {
        for (const QJsonValue& v : p.document.value("sandboxes"_L1).toArray()) {
            const QJsonObject s = v.toObject();
            ++sandboxes;
            const QString problem = problemOf(s, input.to);
            if (!problem.isEmpty())
                appendBounded(offending, {{u"problem"_s, problem},
                                          {u"endpoint"_s, p.source},
                                          {u"sandbox"_s, s.value("id"_L1)},
                                          {u"agent"_s, s.value("agent"_L1)}});
        }
    }
    if (sandboxes == 0)
        return ControlMeasurement::notAssessed(
            control(),
            Text::tr("No sandbox host posture with sandboxes among the linked sources."));
    const QJsonObject counts{{u"hosts"_s, qint64(hosts.size())},
                             {u"sandboxes"_s, sandboxes},
                             {u"problems"_s, qint64(offending.size())}};
    if (!offending.isEmpty())
        return ControlMeasurement::failed(control(),
                                          Text::tr("Sandboxes short of isolation: %1 of %2.")
                                              .arg(offending.size())
                                              .arg(sandboxes),
                                          counts, offending);
    const int all = int(sandboxes);
    return ControlMeasurement::passed(
        control(),
        Text::tr("%n sandbox(es) ephemeral, network-isolated, pivot-tested within 90 days.",
                 nullptr, all),
        counts);
}

} // namespace Gatehouse
