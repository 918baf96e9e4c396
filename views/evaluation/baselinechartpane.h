// The baseline of a deployment or one of its agents: a metric chosen from tool calls, tokens in
// and out and call duration p50 and p95, drawn by hour with the band the robust rule accepts and
// the anomalous hours marked, the archive's coverage in days, and the list of anomalies.
#pragma once

#include "models/evaluation/baselineanalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLayout;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Gatehouse {

class AnomalyTableModel;
class TimeSeriesChart;

class BaselineChartPane final : public QWidget
{
    Q_OBJECT

public:
    explicit BaselineChartPane(QWidget* parent = nullptr);

    const BaselineAnalysis& baseline() const { return m_baseline; }
    AnomalyTableModel* anomalies() const { return m_anomalies; }
    QComboBox* subjectChooser() const { return m_subject; }
    QComboBox* metricChooser() const { return m_metric; }
    QSplitter* splitter() const { return m_splitter; }
    // What the chart shows now, for tests and for the coverage line.
    int pointCount() const { return m_pointCount; }
    int markerCount() const { return m_markerCount; }

    // agent: BaselineAnalysis::AllAgents or an agent id; metric: a BaselineSeries key.
    void show(const QString& agent, const QString& metric);

public slots:
    // The period, when given, is the span the time axis shows.
    void setBaseline(const Gatehouse::BaselineAnalysis& baseline, const QDateTime& from = {},
                     const QDateTime& to = {});
    void clear();

private:
    QLayout* createChooserBar();
    QWidget* createAnomalyView();
    void fillSubjects();
    void redraw();
    void showAnomaly(const QModelIndex& index);

    BaselineAnalysis m_baseline;
    QDateTime m_from;
    QDateTime m_to;
    AnomalyTableModel* m_anomalies = nullptr;
    QComboBox* m_subject = nullptr;
    QComboBox* m_metric = nullptr;
    QLabel* m_coverage = nullptr;
    TimeSeriesChart* m_chart = nullptr;
    QStackedWidget* m_chartStack = nullptr;
    QTableView* m_anomalyView = nullptr;
    QSplitter* m_splitter = nullptr;
    int m_pointCount = 0;
    int m_markerCount = 0;
};

} // namespace Gatehouse
