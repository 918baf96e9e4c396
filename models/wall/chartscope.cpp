// Scopes of the live charts.
#include "chartscope.h"

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks(qMax<qsizetype>(1, count), u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

ChartScope ChartScope::all()
{
    return ChartScope{Kind::All, tr("All calls"), 0, {}, {}};
}

ChartScope ChartScope::agent(const QString& agentId)
{
    return ChartScope{Kind::Agent, tr("Agent %1").arg(agentId), 0, {}, {agentId}};
}

ChartScope ChartScope::deployment(qint64 id, const QString& name, const QStringList& sources,
                                  const QStringList& agents)
{
    return ChartScope{Kind::Deployment, tr("Deployment %1").arg(name), id, sources, agents};
}

bool ChartScope::matches(const ToolCall& call) const
{
    switch (kind) {
    case Kind::All:
        return true;
    case Kind::Agent:
        return agents.contains(call.agentId);
    case Kind::Deployment:
        // A call without an agent id still belongs to the deployment's sources.
        return sources.contains(call.source)
               && (agents.isEmpty() || call.agentId.isEmpty() || agents.contains(call.agentId));
    }
    return false;
}

QString ChartScope::sqlCondition(QVariantList& values) const
{
    switch (kind) {
    case Kind::All:
        return {};
    case Kind::Agent:
        values.append(agents.value(0));
        return u" AND agent_id = ?"_s;
    case Kind::Deployment:
        break;
    }
    QString sql = u" AND source IN (%1)"_s.arg(placeholders(sources.size()));
    for (const QString& source : sources)
        values.append(source);
    if (sources.isEmpty())
        values.append(QString()); // links nothing: matches nothing
    if (!agents.isEmpty()) {
        sql += u" AND (agent_id = '' OR agent_id IN (%1))"_s.arg(placeholders(agents.size()));
        for (const QString& agent : agents)
            values.append(agent);
    }
    return sql;
}

} // namespace Gatehouse
