// The tools of one analysed server as a table: name, class, findings, token cost and the state
// against the pin. Rows are thin; text is made in data().
#pragma once

#include "models/inventory/serveranalysis.h"
#include "models/inventory/toolpinstore.h"

#include <QAbstractTableModel>

namespace Gatehouse {

class ToolListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ClassColumn,
        FindingsColumn,
        TokensColumn,
        PinColumn,
        ColumnCount
    };
    enum Role
    {
        // The raw value to sort by: the name, the class or severity as a number, the tokens.
        SortRole = Qt::UserRole + 1,
        // The tool's name, whatever the column.
        ToolNameRole,
    };
    enum class PinState
    {
        NoPin,
        Unchanged,
        Added,
        Changed,
    };

    explicit ToolListModel(QObject* parent = nullptr);

    void setAnalysis(ServerAnalysis analysis, PinDiff diff);
    void clear();
    const ServerAnalysis& analysis() const { return m_analysis; }
    const PinDiff& pinDiff() const { return m_diff; }
    const ToolAnalysis* toolAt(int row) const;
    PinState pinState(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ToolAnalysis& tool, int row, int column) const;
    QVariant sortValue(const ToolAnalysis& tool, int row, int column) const;
    QVariant toolTip(const ToolAnalysis& tool, int column) const;
    static QString pinStateText(PinState state);

    ServerAnalysis m_analysis;
    PinDiff m_diff;
    QList<PinState> m_pinStates;
};

} // namespace Gatehouse
