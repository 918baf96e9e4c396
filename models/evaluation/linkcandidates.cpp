// Both lists are read from indexes (posture by source, calls by agent) rather than the tables,
// which keeps the read short enough for the GUI thread when a dialog opens.
#include "linkcandidates.h"

#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::LinkCandidates)
};

Result<QSqlQuery> query(Workspace& workspace, const QString& sql)
{
    QSqlQuery q(workspace.database());
    if (!q.exec(sql))
        return fail(ErrorCode::Database,
                    Text::tr("Cannot read the sources and agents seen in the archive of %1: %2.")
                        .arg(workspace.path(), q.lastError().text()));
    return q;
}

} // namespace

Result<LinkCandidates> LinkCandidates::load(Workspace& workspace)
{
    LinkCandidates found;
    auto sources = query(workspace, u"SELECT source, kind FROM telemetry_posture WHERE id IN"
                                    " (SELECT MAX(id) FROM telemetry_posture GROUP BY source)"
                                    " ORDER BY source"_s);
    if (!sources)
        return std::unexpected(sources.error());
    while (sources->next())
        found.sources.append({sources->value(0).toString(), sources->value(1).toString()});
    auto agents = query(workspace, u"SELECT DISTINCT agent_id FROM telemetry_call"
                                   " WHERE agent_id <> '' ORDER BY agent_id"_s);
    if (!agents)
        return std::unexpected(agents.error());
    while (agents->next())
        found.agents.append(agents->value(0).toString());
    return found;
}

QString LinkCandidates::kindOf(const QString& source) const
{
    for (const Source& s : sources) {
        if (s.id == source)
            return s.kind;
    }
    return {};
}

} // namespace Gatehouse
