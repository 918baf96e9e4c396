// Deployments, their decision-matrix scores and their checklists, as kept in the workspace.
// Every change is recorded in the audit trail in the same transaction.
#pragma once

#include "decisionmatrix.h"
#include "deployment.h"
#include "readiness.h"

#include "models/core/error.h"

#include <QList>
#include <QObject>

namespace Gatehouse {

class Workspace;

class AssessmentStore : public QObject
{
    Q_OBJECT

public:
    // The tables are small and indexed, so these calls take well under a millisecond and may
    // run on the thread that opened the workspace.
    explicit AssessmentStore(Workspace& workspace, QObject* parent = nullptr);

    Result<Deployment> addDeployment(const Deployment& deployment, const QString& actor);
    Result<void> updateDeployment(const Deployment& deployment, const QString& actor);
    Result<QList<Deployment>> deployments() const;
    Result<Deployment> deployment(qint64 id) const;
    Result<Deployment> deploymentByName(const QString& name) const;

    // Records new scores (1 to 5) for some dimensions; earlier scores stay as history.
    Result<void> scoreMatrix(qint64 deploymentId, const QList<DimensionScore>& scores,
                             const QString& actor);
    Result<MatrixAssessment> matrix(qint64 deploymentId) const;
    // Every scoring of the deployment, newest first.
    Result<QList<DimensionScore>> matrixHistory(qint64 deploymentId) const;

    // not-applicable needs a justification in the note.
    Result<void> setControlState(qint64 deploymentId, Control control, ControlStatus status,
                                 const QString& note, const QString& reviewer);
    Result<ReadinessChecklist> checklist(qint64 deploymentId) const;
    Result<QList<ControlState>> controlHistory(qint64 deploymentId, Control control) const;

signals:
    void deploymentsChanged();
    void matrixChanged(qint64 deploymentId);
    void checklistChanged(qint64 deploymentId);

private:
    Result<Deployment> findDeployment(const QString& where, const QVariant& key) const;

    Workspace& m_workspace;
};

} // namespace Gatehouse
