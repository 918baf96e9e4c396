// The evidence table model.
#include "evidencemodel.h"

#include "evidencestore.h"

#include "models/core/clock.h"

#include <QColor>
#include <QLocale>

namespace Gatehouse {

EvidenceModel::EvidenceModel(EvidenceStore& store, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_store, &EvidenceStore::evidenceChanged, this, [this](qint64 deploymentId) {
        if (deploymentId == m_deploymentId)
            reload();
    });
}

void EvidenceModel::setControl(qint64 deploymentId, std::optional<Control> control)
{
    m_deploymentId = deploymentId;
    m_control = control;
    reload();
}

void EvidenceModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_maxAges.clear();
    if (m_deploymentId != 0) {
        if (auto rows = m_store.list(m_deploymentId, m_control))
            m_rows = *rows;
    }
    for (const Evidence& evidence : std::as_const(m_rows)) {
        const auto maxAge = m_store.maxEvidenceAgeDays(m_deploymentId, evidence.control);
        m_maxAges.append(maxAge ? *maxAge : std::nullopt);
    }
    endResetModel();
}

const Evidence* EvidenceModel::evidenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

EvidenceStatus EvidenceModel::effectiveStatusAt(int row) const
{
    return m_rows.at(row).effectiveStatus(m_clock.now(), m_maxAges.at(row));
}

int EvidenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Evidence& evidence = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(evidence, index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == HashColumn ? QString::fromLatin1(evidence.sha256) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn
            && effectiveStatusAt(index.row()) == EvidenceStatus::Expired)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case IdRole:
        return evidence.id;
    case StatusRole:
        return int(effectiveStatusAt(index.row()));
    case SortRole:
        return sortValue(evidence, index.row(), index.column());
    default:
        return {};
    }
}

QVariant EvidenceModel::displayText(const Evidence& evidence, int row, int column) const
{
    const QLocale locale;
    switch (column) {
    case TitleColumn:
        return evidence.title;
    case StatusColumn:
        return evidenceStatusTitle(effectiveStatusAt(row));
    case RevisionColumn:
        return evidence.revision;
    case CollectedColumn:
        return locale.toString(evidence.collectedAt.toLocalTime(), QLocale::ShortFormat);
    case AddedColumn:
        return locale.toString(evidence.addedAt.toLocalTime(), QLocale::ShortFormat);
    case AddedByColumn:
        return evidence.addedBy;
    case SizeColumn:
        return locale.formattedDataSize(evidence.size);
    case HashColumn:
        return QString::fromLatin1(evidence.sha256.left(16));
    default:
        return {};
    }
}

QVariant EvidenceModel::sortValue(const Evidence& evidence, int row, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(effectiveStatusAt(row));
    case CollectedColumn:
        return evidence.collectedAt;
    case AddedColumn:
        return evidence.addedAt;
    case SizeColumn:
        return evidence.size;
    case HashColumn:
        return evidence.sha256;
    default:
        return displayText(evidence, row, column);
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case RevisionColumn:
        return tr("Rev.", "revision number");
    case CollectedColumn:
        return tr("Collected");
    case AddedColumn:
        return tr("Added");
    case AddedByColumn:
        return tr("Added by");
    case SizeColumn:
        return tr("Size");
    case HashColumn:
        return tr("SHA-256");
    default:
        return {};
    }
}

} // namespace Gatehouse
