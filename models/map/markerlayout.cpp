// Clusters are grown greedily: a marker joins the first cluster whose centre is closer than two
// markers' width. At the few dozen markers a map shows this costs nothing worth optimising.
#include "markerlayout.h"

#include <QLineF>

#include <cmath>
#include <numbers>

namespace Gatehouse {

namespace {

constexpr double Gap = 3.0; // pixels between two spread markers

QPointF centreOf(const QList<QPointF>& anchors, const QList<int>& members)
{
    QPointF sum;
    for (const int i : members)
        sum += anchors.at(i);
    return sum / double(members.size());
}

} // namespace

QList<QList<int>> MarkerLayout::clusters(const QList<QPointF>& anchors, double distance)
{
    QList<QList<int>> found;
    QList<QPointF> centres;
    for (int i = 0; i < anchors.size(); ++i) {
        qsizetype joined = -1;
        for (qsizetype c = 0; c < centres.size() && joined < 0; ++c) {
            if (QLineF(centres.at(c), anchors.at(i)).length() < distance)
                joined = c;
        }
        if (joined < 0) {
            found.append(QList<int>{i});
            centres.append(anchors.at(i));
            continue;
        }
        found[joined].append(i);
        centres[joined] = centreOf(anchors, found.at(joined));
    }
    return found;
}

QList<QPointF> MarkerLayout::ring(const QPointF& centre, qsizetype count, double radius)
{
    if (count == 1)
        return {centre};
    // Neighbours on the ring are one chord apart; the chord must hold a marker and a gap.
    const double spacing = 2 * radius + Gap;
    const double ringRadius =
        std::max(spacing, spacing / (2 * std::sin(std::numbers::pi / double(count))));
    QList<QPointF> points;
    for (qsizetype i = 0; i < count; ++i) {
        const double angle =
            -std::numbers::pi / 2 + 2 * std::numbers::pi * double(i) / double(count);
        points.append(centre + ringRadius * QPointF(std::cos(angle), std::sin(angle)));
    }
    return points;
}

QList<QPointF> MarkerLayout::spread(const QList<QPointF>& anchors, double radius)
{
    QList<QPointF> positions(anchors.size());
    for (const QList<int>& members : clusters(anchors, 2 * radius + Gap)) {
        const QList<QPointF> placed = ring(centreOf(anchors, members), members.size(), radius);
        for (qsizetype k = 0; k < members.size(); ++k)
            positions[members.at(k)] = placed.at(k);
    }
    return positions;
}

int MarkerLayout::hitTest(const QList<QPointF>& positions, const QPointF& point, double radius)
{
    int nearest = -1;
    double best = radius + 2;
    for (int i = 0; i < positions.size(); ++i) {
        const double distance = QLineF(positions.at(i), point).length();
        if (distance <= best) {
            best = distance;
            nearest = i;
        }
    }
    return nearest;
}

} // namespace Gatehouse
