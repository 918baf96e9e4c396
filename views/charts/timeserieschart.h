// The one chart widget of Gatehouse: a time series with an optional baseline band and markers,
// wrapping Qt Charts so no other view touches it. Points are replaced wholesale from a fixed ring,
// so a fast feed costs one redraw per update, never one per call.
#pragma once

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Gatehouse {

class TimeSeriesChart final : public QWidget
{
    Q_OBJECT

public:
    explicit TimeSeriesChart(const QString& title, QWidget* parent = nullptr);

    // x: Unix milliseconds, y: the value.
    void setPoints(const QList<QPointF>& points);
    // The baseline's lower and upper edges at the same x as the points; empty for none.
    void setBand(const QList<QPointF>& lower, const QList<QPointF>& upper);
    void setDark(bool dark);
    void setValueLabel(const QString& label);
    // Points drawn as red markers over the series, such as anomalous hours; empty for none.
    void setMarkers(const QList<QPointF>& markers);
    // The time axis's label format (QDateTime format, default "HH:mm").
    void setTimeFormat(const QString& format);
    // Shows this span on the time axis whatever the points cover; call after setPoints.
    void setTimeRange(const QDateTime& from, const QDateTime& to);
    // Draws a dot at every point, for sparse series where a line alone hides single points.
    void setPointsVisible(bool visible);

private:
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLineSeries* m_series = nullptr;
    QLineSeries* m_bandLower = nullptr;
    QLineSeries* m_bandUpper = nullptr;
    QAreaSeries* m_band = nullptr;
    QScatterSeries* m_markers = nullptr;
    QDateTimeAxis* m_time = nullptr;
    QValueAxis* m_values = nullptr;
};

} // namespace Gatehouse
