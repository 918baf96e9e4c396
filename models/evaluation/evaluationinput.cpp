// Loading the input once keeps each evaluator to its own queries on the archive.
#include "evaluationinput.h"

#include "deploymentlinks.h"

#include "models/core/clock.h"
#include "models/telemetry/redactionkey.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

Result<std::optional<PostureView>> latestPosture(Workspace& workspace, const QString& source,
                                                 const QDateTime& to)
{
    auto q = runQuery(
        workspace.database(),
        u"SELECT fetched_at, kind, json FROM telemetry_posture WHERE source = ?"
        " AND fetched_at <= ? ORDER BY fetched_at DESC, id DESC LIMIT 1"_s,
        {source, toIsoUtc(to)},
        QCoreApplication::translate("Gatehouse::EvaluationInput", "Reading the posture of %1")
            .arg(source));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<PostureView>();
    PostureView view{source, q->value(1).toString(), parseIsoUtc(q->value(0).toString()),
                     QJsonDocument::fromJson(q->value(2).toByteArray()).object()};
    return std::optional<PostureView>(view);
}

} // namespace

Result<EvaluationInput> EvaluationInput::load(Workspace& workspace, qint64 deploymentId,
                                              const QDateTime& from, const QDateTime& to,
                                              RegionCatalog regions)
{
    EvaluationInput input;
    input.deploymentId = deploymentId;
    input.from = from.toUTC();
    input.to = to.toUTC();
    input.database = workspace.database();
    DeploymentLinks links(workspace);
    auto sources = links.sources(deploymentId);
    auto agents = links.agents(deploymentId);
    auto transfers = links.transferPolicy(deploymentId);
    auto drills = DrillLog(workspace).drills(deploymentId);
    auto key = RedactionKey::forWorkspace(workspace);
    if (!sources || !agents || !transfers || !drills || !key)
        return std::unexpected(!sources     ? sources.error()
                               : !agents    ? agents.error()
                               : !transfers ? transfers.error()
                               : !drills    ? drills.error()
                                            : key.error());
    if (auto added = links.addSitesTo(regions); !added)
        return std::unexpected(added.error());
    input.sources = *sources;
    input.agents = *agents;
    input.transfers = *transfers;
    input.drills = *drills;
    input.redactionKey = *key;
    input.regions = std::move(regions);
    for (const QString& source : input.sources) {
        auto posture = latestPosture(workspace, source, input.to);
        if (!posture)
            return std::unexpected(posture.error());
        if (*posture)
            input.postures.append(**posture);
        else
            input.sourcesWithoutPosture.append(source);
    }
    return input;
}

QList<PostureView> EvaluationInput::posturesOf(const QString& kind) const
{
    QList<PostureView> result;
    for (const PostureView& p : postures) {
        if (p.kind == kind)
            result.append(p);
    }
    return result;
}

Result<QSqlQuery> EvaluationInput::select(const QString& table, const QString& columns,
                                          const QString& where, const QString& tail,
                                          const QVariantList& extra) const
{
    QString sql =
        u"SELECT %1 FROM %2 WHERE source IN (%3) AND start_ns >= ? AND start_ns < ?"_s.arg(
            columns, table, placeholders(qMax<qsizetype>(1, sources.size())));
    QVariantList values;
    for (const QString& s : sources)
        values.append(s);
    if (sources.isEmpty())
        values.append(QString());
    values << fromNs() << toNs();
    if (!agents.isEmpty()) {
        sql += u" AND (agent_id = '' OR agent_id IN (%1))"_s.arg(placeholders(agents.size()));
        for (const QString& a : agents)
            values.append(a);
    }
    if (!where.isEmpty())
        sql += u" AND ("_s + where + u')';
    if (!tail.isEmpty())
        sql += u' ' + tail;
    values.append(extra);
    return runQuery(
        database, sql, values,
        QCoreApplication::translate("Gatehouse::EvaluationInput", "Reading %1").arg(table));
}

} // namespace Gatehouse
