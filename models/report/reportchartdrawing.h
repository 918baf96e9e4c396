// The calls-per-day chart of the monitoring summary as vector paths: one bar a UTC day, the
// baseline band behind them when one exists, bars outside the band in red, and the days the
// period covers only in part in grey.
#pragma once

#include "models/report/monitoringsummary.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace Gatehouse {

class ReportChartDrawing
{
public:
    // unit: device units per point, for line widths and label room.
    static void draw(QPainter& painter, const QRectF& rect, qreal unit,
                     const QList<MonitoringSummary::Day>& days, const QFont& labelFont);
};

} // namespace Gatehouse
