// Credentials are grouped with the agents seen using them on calls, and with the agent the
// gateway's inventory issued them to: one credential with two agents is shared.
#include "serviceidentityevaluator.h"

#include "evaluationsupport.h"

#include <QMap>
#include <QSet>

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

namespace {

struct CredentialUse
{
    QSet<QString> agents;
    QSet<QString> endpoints;
    qint64 calls = 0;
};

// The agents each credential was issued to, from the gateways' inventories.
QMap<QString, CredentialUse> inventoryAgents(const EvaluationInput& input)
{
    QMap<QString, CredentialUse> issued;
    for (const PostureView& p : input.posturesOf(u"tunnel-gateway"_s)) {
        for (const QJsonValue& v : p.document.value("credentials"_L1).toArray()) {
            const QJsonObject c = v.toObject();
            CredentialUse& use = issued[c.value("id"_L1).toString()];
            use.agents.insert(c.value("agent"_L1).toString());
            use.endpoints.insert(p.source);
        }
    }
    return issued;
}

QJsonArray sorted(const QSet<QString>& values)
{
    QStringList list(values.begin(), values.end());
    list.sort();
    return QJsonArray::fromStringList(list);
}

} // namespace

Result<ControlMeasurement> ServiceIdentityEvaluator::evaluate(const EvaluationInput& input) const
{
    auto q =
        input.select(u"telemetry_call"_s, u"credential_id, agent_id, source, COUNT(*), MIN(id)"_s,
                     {}, u"GROUP BY credential_id, agent_id, source"_s);
    if (!q)
        return std::unexpected(q.error());
    QMap<QString, CredentialUse> used;
    QJsonArray offending;
    qint64 calls = 0, withoutAgent = 0, withoutCredential = 0;
    while (q->next()) {
        const QString credential = q->value(0).toString();
        const QString agent = q->value(1).toString();
        const qint64 n = q->value(3).toLongLong();
        calls += n;
        if (agent.isEmpty()) {
            withoutAgent += n;
            appendBounded(offending, {{u"problem"_s, u"calls without an agent id"_s},
                                      {u"endpoint"_s, q->value(2).toString()},
                                      {u"calls"_s, n},
                                      {u"firstCall"_s, q->value(4).toLongLong()}});
        } else if (credential.isEmpty()) {
            withoutCredential += n;
            appendBounded(offending, {{u"problem"_s, u"calls without a credential"_s},
                                      {u"agent"_s, agent},
                                      {u"endpoint"_s, q->value(2).toString()},
                                      {u"calls"_s, n},
                                      {u"firstCall"_s, q->value(4).toLongLong()}});
        } else {
            CredentialUse& use = used[credential];
            use.agents.insert(agent);
            use.endpoints.insert(q->value(2).toString());
            use.calls += n;
        }
    }
    if (calls == 0)
        return ControlMeasurement::notAssessed(
            control(), Text::tr("No tool calls from the linked sources in the period."));

    const QMap<QString, CredentialUse> issued = inventoryAgents(input);
    qint64 shared = 0;
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        QSet<QString> agents = it->agents;
        agents.unite(issued.value(it.key()).agents);
        if (agents.size() < 2)
            continue;
        ++shared;
        appendBounded(offending, {{u"problem"_s, u"credential used by several agents"_s},
                                  {u"credential"_s, it.key()},
                                  {u"agents"_s, sorted(agents)},
                                  {u"endpoints"_s, sorted(it->endpoints)},
                                  {u"calls"_s, it->calls}});
    }
    const QJsonObject counts{
        {u"calls"_s, calls},
        {u"credentials"_s, qint64(used.size())},
        {u"sharedCredentials"_s, shared},
        {u"callsWithoutAgent"_s, withoutAgent},
        {u"callsWithoutCredential"_s, withoutCredential},
        {u"gatewayInventories"_s, qint64(input.posturesOf(u"tunnel-gateway"_s).size())}};
    if (!offending.isEmpty())
        return ControlMeasurement::failed(
            control(),
            Text::tr("%n shared credential(s), %1 without an agent id, %2 without a credential.",
                     nullptr, int(shared))
                .arg(Text::tr("%n call(s)", nullptr, int(withoutAgent)))
                .arg(withoutCredential),
            counts, offending);
    return ControlMeasurement::passed(
        control(),
        Text::tr("%n credential(s), each used by one agent, over %1.", nullptr, int(used.size()))
            .arg(Text::tr("%n call(s)", nullptr, int(calls))),
        counts);
}

} // namespace Gatehouse
