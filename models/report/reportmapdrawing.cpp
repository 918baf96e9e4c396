// The outlines are mapped to device coordinates before stroking so that line widths stay in
// points and the PDF holds plain paths; the map is loaded once per process.
#include "reportmapdrawing.h"

#include "models/core/logging.h"
#include "models/map/mapprojection.h"
#include "models/map/worldmap.h"
#include "models/report/reportpalette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Gatehouse {

namespace {

using namespace ReportPalette;

const QColor Land(0xe4, 0xe7, 0xec);
const QColor Within(0x2b, 0x57, 0x97);
constexpr double MaxZoom = 4.0;

const WorldMap* worldMap()
{
    static const Result<WorldMap> map = WorldMap::builtIn();
    if (!map) {
        qCWarning(lcReport) << "no world map for the report:" << map.error().message;
        return nullptr;
    }
    return &*map;
}

QColor flowColour(const MonitoringSummary::Flow& flow)
{
    if (!flow.crossesJurisdiction)
        return Within;
    return flow.allowedByRule ? Open : Fail;
}

// A curve bowed to the left of its direction, so two flows in opposite directions part.
QPainterPath arc(const QPointF& from, const QPointF& to)
{
    const QPointF middle = (from + to) / 2;
    const QPointF normal(to.y() - from.y(), from.x() - to.x());
    QPainterPath path(from);
    path.quadTo(middle + normal * 0.2, to);
    return path;
}

void drawCountries(QPainter& painter, const QTransform& projection, qreal unit)
{
    const WorldMap* map = worldMap();
    if (!map)
        return;
    painter.setPen(QPen(Qt::white, 0.4 * unit));
    painter.setBrush(Land);
    for (const Country& country : map->countries())
        painter.drawPath(projection.map(country.outline));
}

void drawFlows(QPainter& painter, const QTransform& projection, qreal unit,
               const QList<MonitoringSummary::Flow>& flows)
{
    qint64 most = 1;
    for (const MonitoringSummary::Flow& flow : flows)
        most = qMax(most, flow.calls);
    painter.setBrush(Qt::NoBrush);
    // Drawn least first, so the red and the busiest arcs lie on top.
    for (qsizetype i = flows.size() - 1; i >= 0; --i) {
        const MonitoringSummary::Flow& flow = flows[i];
        if (flow.dataRegion == flow.computeRegion)
            continue;
        const qreal width = (0.7 + 2.3 * std::sqrt(double(flow.calls) / double(most))) * unit;
        painter.setPen(QPen(flowColour(flow), width, Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(arc(projection.map(flow.dataAt), projection.map(flow.computeAt)));
    }
}

// Labels go to the right of their dot, moved down a line at a time while they would overlap
// one already placed (us-east-1 and us-east-2 sit a few points apart).
QRectF labelBox(QPainter& painter, const QPointF& at, const QString& code, qreal unit,
                QList<QRectF>& placed)
{
    const QRectF text = painter.boundingRect(QRectF(), Qt::AlignLeft, code);
    QRectF box(at + QPointF(3.5 * unit, -text.height() * 0.9), text.size());
    for (int tries = 0; tries < 8; ++tries) {
        const bool clear = std::none_of(placed.begin(), placed.end(),
                                        [&](const QRectF& other) { return other.intersects(box); });
        if (clear)
            break;
        box.translate(0, text.height() * 0.9);
    }
    placed.append(box);
    return box;
}

void drawRegion(QPainter& painter, const QPointF& at, bool compute, qreal unit)
{
    const qreal radius = 2.2 * unit;
    painter.setPen(QPen(Ink, 0.6 * unit));
    painter.setBrush(compute ? QBrush(Ink) : QBrush(Qt::white));
    painter.drawEllipse(at, radius, radius);
}

void drawRegions(QPainter& painter, const QTransform& projection, qreal unit,
                 const QList<MonitoringSummary::Flow>& flows)
{
    QList<std::tuple<QString, QPointF, bool>> regions;
    const auto note = [&regions](const QString& code, const QPointF& at, bool compute) {
        if (std::none_of(regions.begin(), regions.end(),
                         [&](const auto& r) { return std::get<0>(r) == code; }))
            regions.append({code, at, compute});
    };
    for (const MonitoringSummary::Flow& flow : flows)
        note(flow.computeRegion, projection.map(flow.computeAt), true);
    for (const MonitoringSummary::Flow& flow : flows)
        note(flow.dataRegion, projection.map(flow.dataAt), false);
    QList<QRectF> placed;
    for (const auto& [code, at, compute] : regions) {
        drawRegion(painter, at, compute, unit);
        painter.setPen(Ink);
        painter.drawText(labelBox(painter, at, code, unit, placed), Qt::AlignLeft, code);
    }
}

// The whole world when the flows span it; closer in when they sit in one part of it (a
// European deployment), never so close that the countries around lose their context.
MapProjection fitted(const QRectF& rect, const QList<MonitoringSummary::Flow>& flows)
{
    MapProjection projection;
    projection.setViewport(rect);
    projection.reset();
    if (flows.isEmpty())
        return projection;
    QPointF low = flows.first().dataAt;
    QPointF high = low;
    for (const MonitoringSummary::Flow& flow : flows) {
        for (const QPointF& at : {flow.dataAt, flow.computeAt}) {
            low = QPointF(qMin(low.x(), at.x()), qMin(low.y(), at.y()));
            high = QPointF(qMax(high.x(), at.x()), qMax(high.y(), at.y()));
        }
    }
    const QRectF area(low, high);
    // Degrees of longitude and latitude shown at least, around the flows.
    const QSizeF shown(qMax(area.width() + 40.0, 70.0), qMax(area.height() + 30.0, 35.0));
    const double zoom = qMin(360.0 / shown.width(), 144.0 / shown.height());
    if (zoom <= 1.05)
        return projection;
    const QPointF centre = projection.toViewport(area.center().x(), area.center().y());
    projection.pan(rect.center() - centre);
    projection.zoomAt(rect.center(), qMin(zoom, MaxZoom));
    return projection;
}

} // namespace

void ReportMapDrawing::draw(QPainter& painter, const QRectF& rect, qreal unit,
                            const QList<MonitoringSummary::Flow>& flows, const QFont& labelFont)
{
    const QTransform transform = fitted(rect, flows).transform();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect);
    painter.setFont(labelFont);
    drawCountries(painter, transform, unit);
    drawFlows(painter, transform, unit, flows);
    drawRegions(painter, transform, unit, flows);
    painter.setClipping(false);
    painter.setPen(QPen(Rule, 0.5 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

QString ReportMapDrawing::attribution()
{
    const WorldMap* map = worldMap();
    return map ? map->attribution() : QString();
}

} // namespace Gatehouse
