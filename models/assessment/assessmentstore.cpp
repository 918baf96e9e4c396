// Reading and writing deployments, scores and control states in the workspace.
#include "assessmentstore.h"

#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::AssessmentStore)
};

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString deploymentObject(qint64 id)
{
    return u"deployment:%1"_s.arg(id);
}

Deployment deploymentFromQuery(const QSqlQuery& query)
{
    Deployment deployment;
    deployment.id = query.value(0).toLongLong();
    deployment.name = query.value(1).toString();
    deployment.owner = query.value(2).toString();
    deployment.description = query.value(3).toString();
    deployment.scope = query.value(4).toString();
    deployment.createdAt = parseIsoUtc(query.value(5).toString());
    deployment.createdBy = query.value(6).toString();
    return deployment;
}

DimensionScore scoreFromQuery(const QSqlQuery& query)
{
    DimensionScore score;
    score.dimension = dimensionFromSlug(query.value(0).toString()).value_or(Dimension::Count);
    score.score = query.value(1).toInt();
    score.rationale = query.value(2).toString();
    score.scoredBy = query.value(3).toString();
    score.scoredAt = parseIsoUtc(query.value(4).toString());
    return score;
}

ControlState controlStateFromQuery(const QSqlQuery& query)
{
    ControlState state;
    state.control = controlFromSlug(query.value(0).toString()).value_or(Control::Count);
    state.status =
        controlStatusFromSlug(query.value(1).toString()).value_or(ControlStatus::NotAssessed);
    state.note = query.value(2).toString();
    state.reviewer = query.value(3).toString();
    state.reviewedAt = parseIsoUtc(query.value(4).toString());
    return state;
}

constexpr auto DeploymentColumns = "id, name, owner, description, scope, created_at, created_by"_L1;

Result<void> validateDeployment(const Deployment& deployment)
{
    if (deployment.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("A deployment needs a name."));
    if (deployment.name.trimmed() != deployment.name)
        return fail(
            ErrorCode::InvalidArgument,
            Text::tr("The deployment name '%1' starts or ends with spaces.").arg(deployment.name));
    return {};
}

} // namespace

AssessmentStore::AssessmentStore(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

Result<Deployment> AssessmentStore::findDeployment(const QString& where, const QVariant& key) const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT %1 FROM deployment WHERE %2"_s.arg(DeploymentColumns, where),
                          {key}, tr("Reading a deployment"));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, tr("There is no deployment '%1'.").arg(key.toString()));
    return deploymentFromQuery(*query);
}

Result<Deployment> AssessmentStore::deployment(qint64 id) const
{
    return findDeployment(u"id = ?"_s, id);
}

Result<Deployment> AssessmentStore::deploymentByName(const QString& name) const
{
    return findDeployment(u"name = ?"_s, name);
}

Result<QList<Deployment>> AssessmentStore::deployments() const
{
    auto query =
        runQuery(m_workspace.database(),
                 u"SELECT %1 FROM deployment ORDER BY name COLLATE NOCASE"_s.arg(DeploymentColumns),
                 {}, tr("Listing deployments"));
    if (!query)
        return std::unexpected(query.error());
    QList<Deployment> result;
    while (query->next())
        result.append(deploymentFromQuery(*query));
    return result;
}

Result<Deployment> AssessmentStore::addDeployment(const Deployment& deployment,
                                                  const QString& actor)
{
    if (auto valid = validateDeployment(deployment); !valid)
        return std::unexpected(valid.error());
    if (deploymentByName(deployment.name))
        return fail(ErrorCode::AlreadyExists,
                    tr("A deployment named '%1' exists already; choose another name.")
                        .arg(deployment.name));

    Deployment added = deployment;
    added.createdAt = m_workspace.clock().now();
    added.createdBy = actor;
    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto insert =
            runQuery(m_workspace.database(),
                     u"INSERT INTO deployment(name, owner, description, scope, created_at,"
                     " created_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {added.name, added.owner, added.description, added.scope,
                      toIsoUtc(added.createdAt), actor},
                     tr("Adding the deployment"));
        if (!insert)
            return std::unexpected(insert.error());
        added.id = insert->lastInsertId().toLongLong();
        const QJsonObject details{{u"name"_s, added.name}, {u"owner"_s, added.owner}};
        auto entry = m_workspace.audit().append(actor, u"deployment.add"_s,
                                                deploymentObject(added.id), compactJson(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
    if (!done)
        return std::unexpected(done.error());
    emit deploymentsChanged();
    return added;
}

Result<void> AssessmentStore::updateDeployment(const Deployment& deployment, const QString& actor)
{
    if (auto valid = validateDeployment(deployment); !valid)
        return valid;
    const auto existing = deploymentByName(deployment.name);
    if (existing && existing->id != deployment.id)
        return fail(ErrorCode::AlreadyExists,
                    tr("A deployment named '%1' exists already; choose another name.")
                        .arg(deployment.name));

    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto update = runQuery(m_workspace.database(),
                               u"UPDATE deployment SET name = ?, owner = ?, description = ?,"
                               " scope = ? WHERE id = ?"_s,
                               {deployment.name, deployment.owner, deployment.description,
                                deployment.scope, deployment.id},
                               tr("Changing the deployment"));
        if (!update)
            return std::unexpected(update.error());
        if (update->numRowsAffected() != 1)
            return fail(ErrorCode::NotFound, tr("The deployment no longer exists."));
        const QJsonObject details{{u"name"_s, deployment.name},
                                  {u"owner"_s, deployment.owner},
                                  {u"scope"_s, deployment.scope}};
        auto entry = m_workspace.audit().append(
            actor, u"deployment.update"_s, deploymentObject(deployment.id), compactJson(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
    if (done)
        emit deploymentsChanged();
    return done;
}

Result<void> AssessmentStore::scoreMatrix(qint64 deploymentId, const QList<DimensionScore>& scores,
                                          const QString& actor)
{
    if (auto found = deployment(deploymentId); !found)
        return std::unexpected(found.error());
    for (const DimensionScore& score : scores) {
        if (score.dimension == Dimension::Count || score.score < MinScore || score.score > MaxScore)
            return fail(ErrorCode::InvalidArgument,
                        tr("A score must be between %1 and %2; %3 was given.")
                            .arg(MinScore)
                            .arg(MaxScore)
                            .arg(score.score));
    }

    const QString now = toIsoUtc(m_workspace.clock().now());
    auto done = m_workspace.transaction([&]() -> Result<void> {
        QJsonObject details;
        for (const DimensionScore& score : scores) {
            auto insert = runQuery(m_workspace.database(),
                                   u"INSERT INTO matrix_score(deployment_id, dimension, score,"
                                   " rationale, scored_by, scored_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                   {deploymentId, dimensionSlug(score.dimension), score.score,
                                    score.rationale, actor, now},
                                   tr("Recording a score"));
            if (!insert)
                return std::unexpected(insert.error());
            details.insert(dimensionSlug(score.dimension), score.score);
        }
        auto entry = m_workspace.audit().append(
            actor, u"matrix.score"_s, deploymentObject(deploymentId), compactJson(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
    if (done)
        emit matrixChanged(deploymentId);
    return done;
}

Result<MatrixAssessment> AssessmentStore::matrix(qint64 deploymentId) const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT dimension, score, rationale, scored_by, scored_at"
                          " FROM matrix_score WHERE id IN (SELECT max(id) FROM matrix_score"
                          " WHERE deployment_id = ? GROUP BY dimension)"_s,
                          {deploymentId}, tr("Reading the decision matrix"));
    if (!query)
        return std::unexpected(query.error());
    MatrixAssessment matrix;
    while (query->next()) {
        const DimensionScore score = scoreFromQuery(*query);
        if (score.dimension != Dimension::Count)
            matrix.set(score);
    }
    return matrix;
}

Result<QList<DimensionScore>> AssessmentStore::matrixHistory(qint64 deploymentId) const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT dimension, score, rationale, scored_by, scored_at"
                          " FROM matrix_score WHERE deployment_id = ? ORDER BY id DESC"_s,
                          {deploymentId}, tr("Reading the scoring history"));
    if (!query)
        return std::unexpected(query.error());
    QList<DimensionScore> history;
    while (query->next())
        history.append(scoreFromQuery(*query));
    return history;
}

Result<void> AssessmentStore::setControlState(qint64 deploymentId, Control control,
                                              ControlStatus status, const QString& note,
                                              const QString& reviewer)
{
    if (control == Control::Count)
        return fail(ErrorCode::InvalidArgument, tr("Unknown control."));
    if (status == ControlStatus::NotApplicable && note.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("Marking %1 not applicable needs a justification in the note.")
                        .arg(controlSlug(control)));
    if (auto found = deployment(deploymentId); !found)
        return std::unexpected(found.error());

    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto insert = runQuery(m_workspace.database(),
                               u"INSERT INTO control_state(deployment_id, control, status, note,"
                               " reviewer, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                               {deploymentId, controlSlug(control), controlStatusSlug(status), note,
                                reviewer, toIsoUtc(m_workspace.clock().now())},
                               tr("Recording the control status"));
        if (!insert)
            return std::unexpected(insert.error());
        const QJsonObject details{{u"control"_s, controlSlug(control)},
                                  {u"status"_s, controlStatusSlug(status)},
                                  {u"note"_s, note}};
        auto entry = m_workspace.audit().append(
            reviewer, u"checklist.set"_s, deploymentObject(deploymentId), compactJson(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
    if (done)
        emit checklistChanged(deploymentId);
    return done;
}

Result<ReadinessChecklist> AssessmentStore::checklist(qint64 deploymentId) const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT control, status, note, reviewer, reviewed_at"
                          " FROM control_state WHERE id IN (SELECT max(id) FROM control_state"
                          " WHERE deployment_id = ? GROUP BY control)"_s,
                          {deploymentId}, tr("Reading the checklist"));
    if (!query)
        return std::unexpected(query.error());
    ReadinessChecklist checklist;
    while (query->next()) {
        const ControlState state = controlStateFromQuery(*query);
        if (state.control != Control::Count)
            checklist.set(state);
    }
    return checklist;
}

Result<QList<ControlState>> AssessmentStore::controlHistory(qint64 deploymentId,
                                                            Control control) const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT control, status, note, reviewer, reviewed_at FROM control_state"
                          " WHERE deployment_id = ? AND control = ? ORDER BY id DESC"_s,
                          {deploymentId, controlSlug(control)}, tr("Reading the control history"));
    if (!query)
        return std::unexpected(query.error());
    QList<ControlState> history;
    while (query->next())
        history.append(controlStateFromQuery(*query));
    return history;
}

} // namespace Gatehouse
