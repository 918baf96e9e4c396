// The gateway's scope policy says what each agent may do; the MCP inventory says which tools
// write; the calls say what the agents did. A write needs a grant, and a write grant an approval.
#include "leastprivilegeevaluator.h"

#include "evaluationsupport.h"

#include "models/workspace/workspace.h"

#include <QHash>
#include <QSet>

namespace Gatehouse {

using namespace Qt::StringLiterals;
using namespace Evaluation;

namespace {

struct Grant
{
    bool approved = false;
};

struct Policy
{
    // "agent\nscope" -> grant, per gateway
    QHash<QString, QHash<QString, Grant>> grants;
};

bool isWriteScope(const QString& scope)
{
    return scope.endsWith(":write"_L1) || scope.endsWith(":destructive"_L1)
           || scope.endsWith(":admin"_L1);
}

QString grantKey(const QString& agent, const QString& scope)
{
    return agent + u'\n' + scope;
}

// Reads the policies and reports default-deny off and write grants without an approval.
Policy readPolicies(const EvaluationInput& input, QJsonArray& offending, qint64& writeGrants)
{
    Policy policy;
    for (const PostureView& p : input.posturesOf(u"tunnel-gateway"_s)) {
        const QJsonObject scopePolicy = p.document.value("scopePolicy"_L1).toObject();
        if (!scopePolicy.value("defaultDeny"_L1).toBool())
            appendBounded(offending,
                          {{u"problem"_s, u"default-deny is off"_s}, {u"endpoint"_s, p.source}});
        QSet<QString> approvals;
        for (const QJsonValue& v : scopePolicy.value("approvals"_L1).toArray())
            approvals.insert(v.toObject().value("id"_L1).toString());
        for (const QJsonValue& v : scopePolicy.value("grants"_L1).toArray()) {
            const QJsonObject g = v.toObject();
            const QString agent = g.value("agent"_L1).toString();
            const QString scope = g.value("scope"_L1).toString();
            const QString approval = g.value("approvalId"_L1).toString();
            const bool approved = !approval.isEmpty() && approvals.contains(approval);
            policy.grants[p.source].insert(grantKey(agent, scope), {approved});
            if (!isWriteScope(scope))
                continue;
            ++writeGrants;
            if (!approved)
                appendBounded(offending, {{u"problem"_s, u"write grant without an approval"_s},
                                          {u"endpoint"_s, p.source},
                                          {u"agent"_s, agent},
                                          {u"scope"_s, scope}});
        }
    }
    return policy;
}

// "server\ntool" of every tool the MCP inventory classified as write or destructive, under the
// server's key and its reported name.
struct WriteTools
{
    QSet<QString> keys;
    qint64 count = 0;
    bool contains(const QString& server, const QString& tool) const
    {
        return keys.contains(server + u'\n' + tool);
    }
};

Result<WriteTools> inventoryWriteTools(const EvaluationInput& input)
{
    auto q = runQuery(input.database,
                      u"SELECT s.server_key, s.name, p.name FROM mcp_tool_pin p"
                      " JOIN mcp_server s ON s.id = p.server_id"
                      " WHERE p.class IN ('write', 'destructive')"_s,
                      {}, Text::tr("Reading the MCP inventory"));
    if (!q)
        return std::unexpected(q.error());
    WriteTools tools;
    while (q->next()) {
        tools.keys.insert(q->value(0).toString() + u'\n' + q->value(2).toString());
        tools.keys.insert(q->value(1).toString() + u'\n' + q->value(2).toString());
        ++tools.count;
    }
    return tools;
}

} // namespace

Result<ControlMeasurement> LeastPrivilegeEvaluator::evaluate(const EvaluationInput& input) const
{
    if (input.posturesOf(u"tunnel-gateway"_s).isEmpty())
        return ControlMeasurement::notAssessed(
            control(),
            Text::tr("No gateway posture of the linked sources, so no scope policy to read."));
    QJsonArray offending;
    qint64 writeGrants = 0;
    const Policy policy = readPolicies(input, offending, writeGrants);
    auto writeTools = inventoryWriteTools(input);
    if (!writeTools)
        return std::unexpected(writeTools.error());

    auto q = input.select(u"telemetry_call"_s,
                          u"source, agent_id, mcp_server, tool, scope, MAX(write_tool), COUNT(*),"
                          " MIN(id)"_s,
                          {}, u"GROUP BY source, agent_id, mcp_server, tool, scope"_s);
    if (!q)
        return std::unexpected(q.error());
    qint64 writeCalls = 0, ungranted = 0, unapproved = 0;
    while (q->next()) {
        const QString server = q->value(2).toString(), tool = q->value(3).toString();
        if (!q->value(5).toBool() && !writeTools->contains(server, tool))
            continue;
        const qint64 n = q->value(6).toLongLong();
        writeCalls += n;
        const QString agent = q->value(1).toString();
        QString scope = q->value(4).toString();
        if (scope.isEmpty())
            scope = server + u":write"_s;
        const auto grants = policy.grants.value(q->value(0).toString());
        const auto grant = grants.constFind(grantKey(agent, scope));
        if (grant != grants.cend() && grant->approved)
            continue;
        (grant == grants.cend() ? ungranted : unapproved) += n;
        appendBounded(offending,
                      {{u"problem"_s, grant == grants.cend()
                                          ? u"write call without a grant"_s
                                          : u"write call under a grant without an approval"_s},
                       {u"endpoint"_s, q->value(0).toString()},
                       {u"agent"_s, agent},
                       {u"mcpServer"_s, server},
                       {u"tool"_s, tool},
                       {u"scope"_s, scope},
                       {u"calls"_s, n},
                       {u"firstCall"_s, q->value(7).toLongLong()}});
    }
    const QJsonObject counts{{u"writeGrants"_s, writeGrants},
                             {u"writeCalls"_s, writeCalls},
                             {u"writeCallsWithoutGrant"_s, ungranted},
                             {u"writeCallsWithoutApproval"_s, unapproved},
                             {u"inventoryWriteTools"_s, writeTools->count}};
    if (!offending.isEmpty())
        return ControlMeasurement::failed(
            control(),
            Text::tr("%n problem(s): %1 without a grant, %2 under an unapproved grant.", nullptr,
                     int(offending.size()))
                .arg(Text::tr("%n write call(s)", nullptr, int(ungranted)))
                .arg(unapproved),
            counts, offending);
    return ControlMeasurement::passed(
        control(),
        Text::tr("Default-deny on every gateway; %1 approved; %2 granted.")
            .arg(Text::tr("%n write grant(s)", nullptr, int(writeGrants)),
                 Text::tr("%n write call(s)", nullptr, int(writeCalls))),
        counts);
}

} // namespace Gatehouse
