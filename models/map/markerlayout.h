// Where markers go on the map's widget: each at its region, and markers that would overlap
// (several sources in one region, or regions a few pixels apart at this zoom) spread on a ring
// around their common centre, so every one can be seen, pointed at and clicked.
#pragma once

#include <QList>
#include <QPointF>

namespace Gatehouse {

class MarkerLayout
{
public:
    // The markers' anchors (their regions' points on the widget) to where they are drawn, in the
    // same order. Markers of `radius` pixels never overlap after spreading.
    static QList<QPointF> spread(const QList<QPointF>& anchors, double radius);
    // The index of the marker drawn under a point, the nearest when several are, or -1.
    static int hitTest(const QList<QPointF>& positions, const QPointF& point, double radius);

private:
    static QList<QList<int>> clusters(const QList<QPointF>& anchors, double distance);
    static QList<QPointF> ring(const QPointF& centre, qsizetype count, double radius);
};

} // namespace Gatehouse
