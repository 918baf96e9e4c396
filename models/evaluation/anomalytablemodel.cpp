// The anomalies table model.
#include "anomalytablemodel.h"

#include "baselineseries.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Gatehouse {

using namespace Qt::StringLiterals;

AnomalyTableModel::AnomalyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AnomalyTableModel::setAnomalies(QList<Anomaly> anomalies)
{
    beginResetModel();
    m_anomalies = std::move(anomalies);
    endResetModel();
}

const Anomaly* AnomalyTableModel::anomalyAt(int row) const
{
    return row >= 0 && row < m_anomalies.size() ? &m_anomalies.at(row) : nullptr;
}

QString AnomalyTableModel::subjectTitle(const QString& agent)
{
    return agent == BaselineAnalysis::AllAgents ? tr("whole deployment") : agent;
}

int AnomalyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_anomalies.size());
}

int AnomalyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnomalyTableModel::data(const QModelIndex& index, int role) const
{
    const Anomaly* a = index.isValid() ? anomalyAt(index.row()) : nullptr;
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*a, index.column());
    case Qt::ToolTipRole:
        return index.column() == SizeColumn
                   ? tr("%1 robust scale units from the %2 median (grouped by %3)")
                         .arg(QLocale().toString(a->score, 'f', 1),
                              QLocale().toString(a->baseline, 'f', 1), a->grouping)
                   : QVariant();
    case HourRole:
        return a->hourMs;
    case SortRole:
        return sortData(*a, index.column());
    }
    return {};
}

QVariant AnomalyTableModel::displayData(const Anomaly& a, int column) const
{
    const QLocale locale;
    switch (column) {
    case HourColumn:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(a.hourMs, Qt::UTC).toLocalTime(),
                               QLocale::ShortFormat);
    case SubjectColumn:
        return subjectTitle(a.agent);
    case MetricColumn:
        return BaselineSeries::metricTitle(a.metric);
    case ValueColumn:
        return locale.toString(a.value, 'f', 0);
    case BaselineColumn:
        return locale.toString(a.baseline, 'f', 0);
    case SizeColumn:
        return tr("%1%2 \u00d7 scale")
            .arg(a.score > 0 ? u"+"_s : QString(), locale.toString(a.score, 'f', 1));
    }
    return {};
}

QVariant AnomalyTableModel::sortData(const Anomaly& a, int column) const
{
    switch (column) {
    case HourColumn:
        return a.hourMs;
    case ValueColumn:
        return a.value;
    case BaselineColumn:
        return a.baseline;
    case SizeColumn:
        return std::abs(a.score);
    }
    return displayData(a, column);
}

QVariant AnomalyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HourColumn:
        return tr("Hour");
    case SubjectColumn:
        return tr("Deployment or agent");
    case MetricColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case BaselineColumn:
        return tr("Baseline");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

} // namespace Gatehouse
