// The world map of the monitoring summary as vector paths: country outlines from the bundled
// Natural Earth data, and one arc a data-to-compute region flow, red where it crosses a
// jurisdiction that no transfer rule allows.
#pragma once

#include "models/report/monitoringsummary.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace Gatehouse {

class ReportMapDrawing
{
public:
    // Width over height of the drawing, so the whole projected world fills it.
    static constexpr qreal AspectRatio = 2.5;

    // unit: device units per point, for line widths and marks.
    static void draw(QPainter& painter, const QRectF& rect, qreal unit,
                     const QList<MonitoringSummary::Flow>& flows, const QFont& labelFont);
    // The map data's credit line, for the caption.
    static QString attribution();
};

} // namespace Gatehouse
