// The deployment list model.
#include "deploymentmodel.h"

#include "assessmentstore.h"

namespace Gatehouse {

DeploymentModel::DeploymentModel(AssessmentStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &AssessmentStore::deploymentsChanged, this, &DeploymentModel::reload);
    reload();
}

void DeploymentModel::reload()
{
    auto deployments = m_store.deployments();
    beginResetModel();
    m_deployments = deployments ? *deployments : QList<Deployment>();
    m_lastError = deployments ? QString() : deployments.error().message;
    endResetModel();
}

int DeploymentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size());
}

QVariant DeploymentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deployment& deployment = m_deployments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return deployment.name;
    case Qt::ToolTipRole:
        return deployment.description.isEmpty() ? deployment.owner
                                                : deployment.owner + u'\n' + deployment.description;
    case IdRole:
        return deployment.id;
    case OwnerRole:
        return deployment.owner;
    default:
        return {};
    }
}

int DeploymentModel::rowOf(qint64 deploymentId) const
{
    for (int row = 0; row < m_deployments.size(); ++row) {
        if (m_deployments.at(row).id == deploymentId)
            return row;
    }
    return -1;
}

qint64 DeploymentModel::idAt(int row) const
{
    return row >= 0 && row < m_deployments.size() ? m_deployments.at(row).id : 0;
}

} // namespace Gatehouse
