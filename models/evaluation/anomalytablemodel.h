// The anomalous hours of a baseline analysis as a table, largest departure first: when, for
// the deployment or which agent, which metric, the value against its baseline, and the size of
// the departure in units of the robust scale.
#pragma once

#include "baselineanalysis.h"

#include <QAbstractTableModel>

namespace Gatehouse {

class AnomalyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnomalyTableModel)

public:
    enum Column
    {
        HourColumn,
        SubjectColumn,
        MetricColumn,
        SizeColumn,
        ValueColumn,
        BaselineColumn,
        ColumnCount
    };
    enum Role
    {
        HourRole = Qt::UserRole + 1, // Unix milliseconds
        SortRole,
    };

    explicit AnomalyTableModel(QObject* parent = nullptr);

    void setAnomalies(QList<Anomaly> anomalies);
    const Anomaly* anomalyAt(int row) const;
    // The deployment as a whole, or the agent's id.
    static QString subjectTitle(const QString& agent);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Anomaly& a, int column) const;
    QVariant sortData(const Anomaly& a, int column) const;

    QList<Anomaly> m_anomalies;
};

} // namespace Gatehouse
