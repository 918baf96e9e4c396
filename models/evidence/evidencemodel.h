// The evidence of one control of one deployment as a table, with the status as freshness makes
// it (stale evidence shows as expired).
#pragma once

#include "evidence.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Gatehouse {

class Clock;
class EvidenceStore;

class EvidenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceModel)

public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        RevisionColumn,
        CollectedColumn,
        AddedColumn,
        AddedByColumn,
        SizeColumn,
        HashColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        SortRole
    };

    EvidenceModel(EvidenceStore& store, const Clock& clock, QObject* parent = nullptr);

    void setControl(qint64 deploymentId, std::optional<Control> control);
    const Evidence* evidenceAt(int row) const;
    EvidenceStatus effectiveStatusAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    QVariant displayText(const Evidence& evidence, int row, int column) const;
    QVariant sortValue(const Evidence& evidence, int row, int column) const;

    EvidenceStore& m_store;
    const Clock& m_clock;
    qint64 m_deploymentId = 0;
    std::optional<Control> m_control;
    QList<Evidence> m_rows;
    QList<std::optional<int>> m_maxAges; // per row, the freshness window of its control
};

} // namespace Gatehouse
