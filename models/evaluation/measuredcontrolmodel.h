// The twelve readiness controls of one deployment as a table: the manual status, the latest
// measured result and the combined verdict side by side, so a measured fail stands out in red
// even when the manual status says pass.
#pragma once

#include "controlverdict.h"

#include <QAbstractTableModel>

namespace Gatehouse {

class MeasuredControlModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasuredControlModel)

public:
    enum Column
    {
        ControlColumn,
        ManualColumn,
        MeasuredColumn,
        VerdictColumn,
        ReasonColumn,
        CountsColumn,
        MeasuredAtColumn,
        PeriodColumn,
        ColumnCount
    };
    enum Role
    {
        ControlRole = Qt::UserRole + 1, // int(Control)
        VerdictRole,                    // int(ControlStatus) of the combined verdict
        MeasuredStatusRole,             // int(ControlStatus), or invalid when never measured
        ConflictRole,                   // bool: manual and measured disagree
        SortRole,                       // raw value of the column
    };

    explicit MeasuredControlModel(QObject* parent = nullptr);

    // Twelve verdicts in control order, or none when no deployment is shown.
    void setVerdicts(QList<ControlVerdict> verdicts);
    const QList<ControlVerdict>& verdicts() const { return m_verdicts; }
    const ControlVerdict* verdictAt(int row) const;
    int rowOf(Control control) const;
    int satisfiedCount() const;
    Readiness readiness() const { return ControlVerdict::readinessOf(m_verdicts); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ControlVerdict& v, int column) const;
    QVariant sortData(const ControlVerdict& v, int column) const;
    QVariant toolTipData(const ControlVerdict& v, int column) const;
    QVariant foregroundData(const ControlVerdict& v, int column) const;
    QVariant backgroundData(const ControlVerdict& v) const;

    QList<ControlVerdict> m_verdicts;
};

} // namespace Gatehouse
