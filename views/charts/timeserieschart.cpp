// The time-series chart.
#include "timeserieschart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr int ValueIntervals = 4;

// The smallest round step (1, 2, 2.5, 5 or 7.5 times a power of ten, never below 1, since every
// series here counts something) that fits `top` into the axis' intervals, so the labels are
// whole, round numbers.
double roundStep(double top)
{
    const double rough = std::max(1.0, top / ValueIntervals);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 7.5, 10.0}) {
        const bool whole = std::floor(factor * power) == factor * power;
        if (whole && factor * power >= rough)
            return factor * power;
    }
    return 10 * power;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_series(new QLineSeries)
    , m_bandLower(new QLineSeries)
    , m_bandUpper(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_values(new QValueAxis)
{
    setObjectName(u"timeSeriesChart"_s);
    m_band = new QAreaSeries(m_bandUpper, m_bandLower);
    m_band->setName(tr("baseline"));
    m_band->setColor(QColor(0x90, 0xa4, 0xae, 80));
    m_band->setBorderColor(Qt::transparent);
    m_series->setName(title);
    m_chart->setTitle(title);
    m_chart->legend()->hide();
    // Values in the locale's digits and group separators: a million tokens reads as 1,000,000.
    m_chart->setLocalizeNumbers(true);
    m_chart->addSeries(m_band);
    m_chart->addSeries(m_series);
    m_markers = new QScatterSeries;
    m_markers->setName(tr("anomalies"));
    m_markers->setColor(QColor(0xc6, 0x28, 0x28));
    m_markers->setBorderColor(QColor(0xc6, 0x28, 0x28));
    m_markers->setMarkerSize(9);
    m_chart->addSeries(m_markers);
    m_time->setFormat(u"HH:mm"_s);
    m_time->setTickCount(7);
    m_values->setLabelFormat(u"%.0f"_s);
    m_values->setTickCount(ValueIntervals + 1);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    for (auto* series :
         {static_cast<QAbstractSeries*>(m_series), static_cast<QAbstractSeries*>(m_band),
          static_cast<QAbstractSeries*>(m_markers)}) {
        series->attachAxis(m_time);
        series->attachAxis(m_values);
    }
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void TimeSeriesChart::setPoints(const QList<QPointF>& points)
{
    m_series->replace(points);
    if (points.isEmpty())
        return;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.first().x())),
                     QDateTime::fromMSecsSinceEpoch(qint64(points.last().x())));
    double top = 1;
    for (const QPointF& point : points)
        top = std::max(top, point.y());
    for (const QPointF& point : m_bandUpper->points())
        top = std::max(top, point.y());
    m_values->setRange(0, roundStep(top * 1.05) * ValueIntervals);
}

void TimeSeriesChart::setBand(const QList<QPointF>& lower, const QList<QPointF>& upper)
{
    m_bandLower->replace(lower);
    m_bandUpper->replace(upper);
    m_band->setVisible(!lower.isEmpty());
}

void TimeSeriesChart::setMarkers(const QList<QPointF>& markers)
{
    m_markers->replace(markers);
}

void TimeSeriesChart::setTimeFormat(const QString& format)
{
    m_time->setFormat(format);
}

void TimeSeriesChart::setTimeRange(const QDateTime& from, const QDateTime& to)
{
    if (from.isValid() && to.isValid() && from < to)
        m_time->setRange(from, to);
}

void TimeSeriesChart::setPointsVisible(bool visible)
{
    m_series->setPointsVisible(visible);
}

void TimeSeriesChart::setDark(bool dark)
{
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->legend()->hide();
    m_band->setColor(dark ? QColor(0xb0, 0xbe, 0xc5, 70) : QColor(0x90, 0xa4, 0xae, 80));
    // A theme recolours every series; anomalies stay red in both.
    m_markers->setColor(QColor(0xc6, 0x28, 0x28));
    m_markers->setBorderColor(QColor(0xc6, 0x28, 0x28));
}

void TimeSeriesChart::setValueLabel(const QString& label)
{
    m_values->setTitleText(label);
}

} // namespace Gatehouse
