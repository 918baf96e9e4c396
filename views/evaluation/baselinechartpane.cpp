// The baseline chart pane.
#include "baselinechartpane.h"

#include "models/evaluation/anomalytablemodel.h"
#include "models/evaluation/baselineseries.h"
#include "views/charts/timeserieschart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr double BaselineDaysNeeded = 30;
constexpr qint64 DayMs = 24 * 3'600'000;
constexpr qsizetype SparsePoints = 48;

} // namespace

BaselineChartPane::BaselineChartPane(QWidget* parent)
    : QWidget(parent)
    , m_anomalies(new AnomalyTableModel(this))
    , m_subject(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_coverage(new QLabel(this))
{
    setObjectName(u"baselineChartPane"_s);
    m_chart = new TimeSeriesChart(tr("Hourly baseline"), this);
    m_chart->setObjectName(u"baselineChart"_s);
    // Empty axes say nothing; without a single hour to draw the chart gives way to a sentence.
    auto* empty = new QLabel(tr("No calls in the period: nothing to draw yet."), this);
    empty->setObjectName(u"baselineEmpty"_s);
    empty->setAlignment(Qt::AlignCenter);
    m_chartStack = new QStackedWidget(this);
    m_chartStack->setObjectName(u"baselineChartStack"_s);
    m_chartStack->addWidget(m_chart);
    m_chartStack->addWidget(empty);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"baselineSplitter"_s);
    m_splitter->addWidget(m_chartStack);
    m_splitter->addWidget(createAnomalyView());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({900, 500});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createChooserBar());
    layout->addWidget(m_splitter, 1);
    clear();
}

QLayout* BaselineChartPane::createChooserBar()
{
    m_subject->setObjectName(u"baselineSubject"_s);
    m_metric->setObjectName(u"baselineMetric"_s);
    m_coverage->setObjectName(u"baselineCoverage"_s);
    for (const QString& metric : BaselineSeries::metrics())
        m_metric->addItem(BaselineSeries::metricTitle(metric), metric);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &BaselineChartPane::redraw);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &BaselineChartPane::redraw);
    auto* subjectLabel = new QLabel(tr("&Show:"), this);
    subjectLabel->setBuddy(m_subject);
    auto* metricLabel = new QLabel(tr("M&etric:"), this);
    metricLabel->setBuddy(m_metric);
    auto* bar = new QHBoxLayout;
    bar->addWidget(subjectLabel);
    bar->addWidget(m_subject);
    bar->addWidget(metricLabel);
    bar->addWidget(m_metric);
    bar->addWidget(m_coverage, 1);
    return bar;
}

QWidget* BaselineChartPane::createAnomalyView()
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_anomalies);
    proxy->setSortRole(AnomalyTableModel::SortRole);
    m_anomalyView = new QTableView(this);
    m_anomalyView->setObjectName(u"anomalyView"_s);
    m_anomalyView->setModel(proxy);
    m_anomalyView->setSortingEnabled(true);
    m_anomalyView->sortByColumn(AnomalyTableModel::SizeColumn, Qt::DescendingOrder);
    m_anomalyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_anomalyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_anomalyView->verticalHeader()->hide();
    m_anomalyView->horizontalHeader()->setStretchLastSection(true);
    connect(m_anomalies, &QAbstractItemModel::modelReset, m_anomalyView,
            &QTableView::resizeColumnsToContents);
    // Choosing an anomaly draws its subject and metric.
    connect(m_anomalyView, &QTableView::activated, this, &BaselineChartPane::showAnomaly);
    connect(m_anomalyView, &QTableView::clicked, this, &BaselineChartPane::showAnomaly);
    return m_anomalyView;
}

void BaselineChartPane::clear()
{
    setBaseline(BaselineAnalysis());
}

void BaselineChartPane::setBaseline(const BaselineAnalysis& baseline, const QDateTime& from,
                                    const QDateTime& to)
{
    m_baseline = baseline;
    m_from = from;
    m_to = to;
    m_anomalies->setAnomalies(m_baseline.anomalies());
    fillSubjects();
    redraw();
}

void BaselineChartPane::fillSubjects()
{
    const QString current = m_subject->currentData().toString();
    const QSignalBlocker block(m_subject);
    m_subject->clear();
    m_subject->addItem(AnomalyTableModel::subjectTitle(BaselineAnalysis::AllAgents),
                       BaselineAnalysis::AllAgents);
    for (const QString& agent : m_baseline.agents()) {
        if (agent != BaselineAnalysis::AllAgents)
            m_subject->addItem(tr("agent %1").arg(agent), agent);
    }
    m_subject->setCurrentIndex(qMax(0, m_subject->findData(current)));
}

void BaselineChartPane::show(const QString& agent, const QString& metric)
{
    const QSignalBlocker block(m_subject);
    m_subject->setCurrentIndex(qMax(0, m_subject->findData(agent)));
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(metric)));
    redraw();
}

void BaselineChartPane::showAnomaly(const QModelIndex& index)
{
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_anomalyView->model());
    if (const Anomaly* a = m_anomalies->anomalyAt(proxy->mapToSource(index).row()))
        show(a->agent, a->metric);
}

void BaselineChartPane::redraw()
{
    const QString agent = m_subject->currentData().toString();
    const QString metric = m_metric->currentData().toString();
    const BaselineSeries s = BaselineSeries::of(m_baseline, agent, metric);
    m_pointCount = int(s.points.size());
    m_chartStack->setCurrentIndex(s.points.isEmpty() ? 1 : 0);
    m_markerCount = int(s.anomalies.size());
    const bool days = m_from.isValid() ? m_from.msecsTo(m_to) > DayMs
                                       : s.points.size() > 1
                                             && s.points.last().x() - s.points.first().x() > DayMs;
    m_chart->setTimeFormat(days ? u"MM-dd HH:mm"_s : u"HH:mm"_s);
    m_chart->setBand(s.lower, s.upper);
    m_chart->setMarkers(s.anomalies);
    // A few hourly points would vanish in a line over a long period.
    m_chart->setPointsVisible(s.points.size() < SparsePoints);
    m_chart->setPoints(s.points);
    m_chart->setTimeRange(m_from, m_to);
    m_chart->setValueLabel(BaselineSeries::metricTitle(metric));
    const double coverage = m_baseline.coverageDays();
    const QLocale locale;
    m_coverage->setText(
        m_baseline.hourly().isEmpty()
            ? tr("No calls in the period.")
            : tr("Coverage %1 days of hourly data (%2 needed before production); %n anomalous "
                 "hour(s) shown.",
                 nullptr, m_markerCount)
                  .arg(locale.toString(coverage, 'f', 1), locale.toString(BaselineDaysNeeded)));
    m_coverage->setStyleSheet(coverage >= BaselineDaysNeeded ? QString() : u"color: #c62828"_s);
}

} // namespace Gatehouse
