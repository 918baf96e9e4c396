// The checklist tree model.
#include "checklistmodel.h"

#include "assessmentstore.h"

#include <QColor>
#include <QLocale>

namespace Gatehouse {

using namespace Qt::StringLiterals;

QColor ChecklistModel::statusColour(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case ControlStatus::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case ControlStatus::NotApplicable:
        return QColor(0x60, 0x7d, 0x8b);
    case ControlStatus::NotAssessed:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

ChecklistModel::ChecklistModel(AssessmentStore& store, EvidenceCounter counter, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_counter(std::move(counter))
{
    connect(&m_store, &AssessmentStore::checklistChanged, this, [this](qint64 id) {
        if (id == m_deploymentId)
            reload();
    });
}

void ChecklistModel::setDeployment(qint64 deploymentId)
{
    m_deploymentId = deploymentId;
    reload();
}

void ChecklistModel::reload()
{
    ReadinessChecklist checklist;
    if (m_deploymentId != 0) {
        if (auto loaded = m_store.checklist(m_deploymentId))
            checklist = *loaded;
    }
    m_checklist = checklist;
    m_evidenceCounts =
        m_deploymentId != 0 && m_counter ? m_counter(m_deploymentId) : QMap<Control, int>();
    // The shape never changes, only the values: announce them as changed data.
    for (int group = 0; group < ControlGroupCount; ++group) {
        const QModelIndex parent = index(group, 0);
        emit dataChanged(index(0, 0, parent), index(3, ColumnCount - 1, parent));
    }
    emit dataChanged(index(0, 0), index(ControlGroupCount - 1, ColumnCount - 1));
    emit readinessChanged();
}

QModelIndex ChecklistModel::indexOf(Control control, int column) const
{
    const int group = int(controlGroup(control));
    return index(int(control) - group * 4, column, index(group, 0));
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isGroup(child))
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return ControlGroupCount;
    if (isGroup(parent) && parent.column() == 0)
        return 4;
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Control ChecklistModel::controlAt(const QModelIndex& index) const
{
    return controlsOf(ControlGroup(index.internalId() - 1)).at(size_t(index.row()));
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return isGroup(index) ? groupData(index, role) : controlData(index, role);
}

QVariant ChecklistModel::groupData(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const ControlGroup group = ControlGroup(index.row());
    if (index.column() == ControlColumn)
        return controlGroupTitle(group);
    if (index.column() == StatusColumn) {
        int satisfied = 0;
        for (Control control : controlsOf(group)) {
            const ControlStatus status = m_checklist.state(control).status;
            satisfied += status == ControlStatus::Pass || status == ControlStatus::NotApplicable;
        }
        return tr("%1 of 4 satisfied").arg(satisfied);
    }
    return {};
}

QVariant ChecklistModel::controlData(const QModelIndex& index, int role) const
{
    const Control control = controlAt(index);
    const ControlState& state = m_checklist.state(control);
    switch (role) {
    case Qt::DisplayRole:
        return controlText(state, index.column());
    case Qt::ToolTipRole:
        return index.column() == ControlColumn ? controlCriterion(control) : state.note;
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(statusColour(state.status)) : QVariant();
    case ControlRole:
        return int(control);
    case StatusRole:
        return int(state.status);
    case SortRole:
        switch (index.column()) {
        case ControlColumn:
            return int(control);
        case StatusColumn:
            return int(state.status);
        case EvidenceColumn:
            return m_evidenceCounts.value(control);
        case ReviewedColumn:
            return state.reviewedAt;
        default:
            return controlText(state, index.column());
        }
    default:
        return {};
    }
}

QVariant ChecklistModel::controlText(const ControlState& state, int column) const
{
    switch (column) {
    case ControlColumn:
        return controlTitle(state.control);
    case StatusColumn:
        return controlStatusTitle(state.status);
    case EvidenceColumn:
        return m_evidenceCounts.value(state.control);
    case ReviewerColumn:
        return state.reviewer;
    case ReviewedColumn:
        return state.reviewedAt.isValid()
                   ? QLocale().toString(state.reviewedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ControlColumn:
        return tr("Control");
    case StatusColumn:
        return tr("Status");
    case EvidenceColumn:
        return tr("Evidence");
    case ReviewerColumn:
        return tr("Reviewer");
    case ReviewedColumn:
        return tr("Reviewed");
    default:
        return {};
    }
}

} // namespace Gatehouse
