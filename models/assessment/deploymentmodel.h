// The deployments of a workspace as a list model, refreshed when the store reports a change.
#pragma once

#include "deployment.h"

#include <QAbstractListModel>
#include <QList>

namespace Gatehouse {

class AssessmentStore;

class DeploymentModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OwnerRole
    };

    explicit DeploymentModel(AssessmentStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // The row of a deployment, or -1.
    int rowOf(qint64 deploymentId) const;
    qint64 idAt(int row) const;
    QString lastError() const { return m_lastError; }

public slots:
    void reload();

private:
    AssessmentStore& m_store;
    QList<Deployment> m_deployments;
    QString m_lastError;
};

} // namespace Gatehouse
