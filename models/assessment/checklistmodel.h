// The readiness checklist of one deployment as a two-level tree: the three groups, and under
// each its four controls with status, evidence count and reviewer.
#pragma once

#include "readiness.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QMap>

#include <functional>

namespace Gatehouse {

class AssessmentStore;

class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)

public:
    enum Column
    {
        ControlColumn,
        StatusColumn,
        EvidenceColumn,
        ReviewerColumn,
        ReviewedColumn,
        ColumnCount
    };
    enum Role
    {
        ControlRole = Qt::UserRole + 1, // int(Control), on control rows only
        StatusRole,                     // int(ControlStatus)
        SortRole,                       // raw value of the column
    };

    using EvidenceCounter = std::function<QMap<Control, int>(qint64 deploymentId)>;

    ChecklistModel(AssessmentStore& store, EvidenceCounter counter, QObject* parent = nullptr);

    void setDeployment(qint64 deploymentId);
    qint64 deployment() const { return m_deploymentId; }
    const ReadinessChecklist& checklist() const { return m_checklist; }
    QModelIndex indexOf(Control control, int column = ControlColumn) const;
    // The colour a status is shown in, the same on every page.
    static QColor statusColour(ControlStatus status);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

signals:
    void readinessChanged();

private:
    static bool isGroup(const QModelIndex& index) { return index.internalId() == 0; }
    Control controlAt(const QModelIndex& index) const;
    QVariant groupData(const QModelIndex& index, int role) const;
    QVariant controlData(const QModelIndex& index, int role) const;
    QVariant controlText(const ControlState& state, int column) const;

    AssessmentStore& m_store;
    EvidenceCounter m_counter;
    qint64 m_deploymentId = 0;
    ReadinessChecklist m_checklist;
    QMap<Control, int> m_evidenceCounts;
};

} // namespace Gatehouse
