// Painting and navigating the region map.
#include "regionmapwidget.h"

#include "models/map/markerlayout.h"
#include "models/map/worldmap.h"
#include "models/regions/regioncatalog.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr double SiteRadius = 5.0;
constexpr double MarkerRadius = 7.0;
constexpr double ArcHitDistance = 6.0;

} // namespace

QColor jurisdictionColour(const QString& jurisdiction)
{
    if (jurisdiction == "EU"_L1 || jurisdiction == "EEA"_L1)
        return QColor(0x9f, 0xb9, 0xe0);
    if (jurisdiction == "US"_L1)
        return QColor(0xe8, 0xc8, 0x8e);
    if (jurisdiction == "UK"_L1)
        return QColor(0xc7, 0xb0, 0xdb);
    if (jurisdiction == "CH"_L1 || jurisdiction == "CA"_L1)
        return QColor(0xb5, 0xd8, 0xb4);
    return QColor(0xd9, 0xd9, 0xd6);
}

RegionMapWidget::RegionMapWidget(const WorldMap& map, const RegionCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_map(map)
    , m_catalog(catalog)
{
    setObjectName(u"regionMap"_s);
    setMouseTracking(true);
    setMinimumSize(320, 180);
    setToolTip(tr("Drag to pan, wheel to zoom, double-click to reset. Click an arc to see its "
                  "calls."));
}

void RegionMapWidget::setFlows(const QList<RegionFlow>& flows)
{
    m_flows = flows;
    update();
}

void RegionMapWidget::setSites(const QList<MapSite>& sites)
{
    m_sites = sites;
    update();
}

void RegionMapWidget::setMarkers(const QList<SiteMarker>& markers)
{
    if (markers == m_markers)
        return;
    m_markers = markers;
    if (!m_userMoved)
        fitToMarkers();
    update();
}

void RegionMapWidget::fitToMarkers()
{
    m_projection.reset();
    QRectF bounds;
    for (const SiteMarker& marker : std::as_const(m_markers)) {
        if (const auto point = regionPoint(marker.region))
            bounds = bounds.isNull() ? QRectF(*point, QSizeF(1, 1))
                                     : bounds.united(QRectF(*point, QSizeF(1, 1)));
    }
    const QRectF view = m_projection.viewport();
    if (bounds.isNull() || view.isEmpty())
        return;
    // Room around the markers for their rings, labels and the legend.
    const double margin = 120;
    const double factor = std::min({view.width() / (bounds.width() + 2 * margin),
                                    view.height() / (bounds.height() + 2 * margin), 4.0});
    m_projection.pan(view.center() - bounds.center());
    if (factor > 1)
        m_projection.zoomAt(view.center(), factor);
    update();
}

QList<std::pair<qsizetype, QPointF>> RegionMapWidget::placedMarkers() const
{
    QList<qsizetype> placed;
    QList<QPointF> anchors;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        if (const auto point = regionPoint(m_markers.at(i).region)) {
            placed.append(i);
            anchors.append(*point);
        }
    }
    const QList<QPointF> positions = MarkerLayout::spread(anchors, MarkerRadius);
    QList<std::pair<qsizetype, QPointF>> result;
    for (qsizetype k = 0; k < placed.size(); ++k)
        result.append({placed.at(k), positions.at(k)});
    return result;
}

QHash<QString, QPointF> RegionMapWidget::markerPositions() const
{
    QHash<QString, QPointF> positions;
    for (const auto& [index, at] : placedMarkers())
        positions.insert(m_markers.at(index).id, at);
    return positions;
}

QStringList RegionMapWidget::unplacedMarkers() const
{
    QStringList unplaced;
    for (const SiteMarker& marker : m_markers) {
        if (marker.region.isEmpty())
            unplaced.append(tr("%1 (no region reported yet)").arg(marker.label));
        else if (!m_catalog.find(marker.region))
            unplaced.append(
                tr("%1 (region %2 is not in the catalog)").arg(marker.label, marker.region));
    }
    return unplaced;
}

std::optional<SiteMarker> RegionMapWidget::markerAt(const QPointF& point) const
{
    const auto placed = placedMarkers();
    QList<QPointF> positions;
    for (const auto& entry : placed)
        positions.append(entry.second);
    const int hit = MarkerLayout::hitTest(positions, point, MarkerRadius);
    if (hit < 0)
        return std::nullopt;
    return m_markers.at(placed.at(hit).first);
}

std::optional<QPointF> RegionMapWidget::regionPoint(const QString& code) const
{
    const auto region = m_catalog.find(code);
    if (!region)
        return std::nullopt;
    return m_projection.toViewport(region->longitude, region->latitude);
}

QPainterPath RegionMapWidget::arcPath(const RegionFlow& flow) const
{
    const auto from = regionPoint(flow.dataRegion);
    const auto to = regionPoint(flow.computeRegion);
    QPainterPath path;
    if (!from || !to)
        return path;
    path.moveTo(*from);
    if (QLineF(*from, *to).length() < 1.0) {
        // Data processed where it rests: a small loop above the marker.
        path.addEllipse(QRectF(from->x() - 6, from->y() - 14, 12, 12));
        return path;
    }
    const QPointF middle = (*from + *to) / 2;
    const QLineF line(*from, *to);
    const QPointF bulge = QPointF(line.dy(), -line.dx()) * 0.25;
    path.quadTo(middle + bulge, *to);
    return path;
}

void RegionMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0xee, 0xf3, 0xf7));
    paintCountries(painter);
    paintFlows(painter);
    paintSites(painter);
    paintMarkers(painter);
    paintLegend(painter);
    paintUnplacedNote(painter);
}

void RegionMapWidget::paintCountries(QPainter& painter) const
{
    painter.save();
    painter.setTransform(m_projection.transform());
    QPen border(QColor(0xff, 0xff, 0xff));
    border.setCosmetic(true);
    border.setWidthF(0.8);
    painter.setPen(border);
    for (const Country& country : m_map.countries()) {
        painter.setBrush(jurisdictionColour(m_catalog.jurisdictionOfCountry(country.isoA2)));
        painter.drawPath(country.outline);
    }
    painter.restore();
}

void RegionMapWidget::paintFlows(QPainter& painter) const
{
    for (const RegionFlow& flow : m_flows) {
        const QPainterPath path = arcPath(flow);
        if (path.isEmpty())
            continue;
        const QColor colour =
            flow.crossesJurisdiction ? QColor(0xc6, 0x28, 0x28) : QColor(0x2b, 0x5c, 0x8a);
        QPen pen(colour, 1.5 + std::log10(1.0 + double(flow.calls)));
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(colour.darker(130));
        painter.drawText(path.pointAtPercent(0.5) + QPointF(4, -4), QString::number(flow.calls));
    }
}

void RegionMapWidget::paintSites(QPainter& painter) const
{
    // A region with markers is named by them (and their tooltips); only bare regions get a label.
    QStringList marked;
    for (const SiteMarker& marker : m_markers)
        marked.append(marker.region);
    QStringList labelled;
    for (const MapSite& site : m_sites) {
        const auto point = regionPoint(site.regionCode);
        if (!point)
            continue;
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(site.healthy ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        painter.drawEllipse(*point, SiteRadius, SiteRadius);
        if (marked.contains(site.regionCode))
            continue;
        painter.setPen(QColor(0x21, 0x21, 0x21));
        const int line = int(labelled.count(site.regionCode));
        painter.drawText(*point + QPointF(SiteRadius + 3, 4 + line * fontMetrics().height()),
                         site.label);
        labelled.append(site.regionCode);
    }
}

void RegionMapWidget::paintMarkers(QPainter& painter) const
{
    const auto placed = placedMarkers();
    for (const auto& [index, at] : placed) {
        const SiteMarker& marker = m_markers.at(index);
        paintMarker(painter, marker, at);
        if (marker.kind == SiteMarker::Kind::DataSource)
            continue;
        // Labels point away from the markers around, so a ring keeps its labels apart.
        QPointF around;
        int near = 0;
        for (const auto& other : placed) {
            if (QLineF(other.second, at).length() < 8 * MarkerRadius) {
                around += other.second;
                ++near;
            }
        }
        const bool leftwards = near > 1 && at.x() < around.x() / near - 0.5;
        const int width = fontMetrics().horizontalAdvance(marker.label);
        painter.setPen(QColor(0x21, 0x21, 0x21));
        painter.drawText(at + QPointF(leftwards ? -MarkerRadius - 3 - width : MarkerRadius + 3, 4),
                         marker.label);
    }
}

void RegionMapWidget::paintMarker(QPainter& painter, const SiteMarker& marker, const QPointF& at,
                                  bool hollow) const
{
    // The shape says what it is, the fill its state: readable without colour vision too.
    painter.setPen(hollow ? QPen(QColor(0x42, 0x42, 0x42), 1.2) : QPen(Qt::white, 1.5));
    painter.setBrush(hollow ? QColor(Qt::white) : SiteMarker::stateColour(marker.state));
    const double r = MarkerRadius;
    switch (marker.kind) {
    case SiteMarker::Kind::Gateway:
        painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r).adjusted(1, 1, -1, -1));
        break;
    case SiteMarker::Kind::SandboxHost:
        painter.drawPolygon(QPolygonF(
            {at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0)}));
        break;
    case SiteMarker::Kind::DataSource:
        painter.drawEllipse(at, r - 1, r - 1);
        break;
    }
}

void RegionMapWidget::paintMarkerLegend(QPainter& painter) const
{
    // A column in the bottom right corner, over the Southern Ocean at the default view.
    const QFontMetrics metrics = fontMetrics();
    const int line = qMax(metrics.height(), int(2 * MarkerRadius) + 2);
    QList<std::pair<SiteMarker, QString>> entries;
    for (const SiteMarker::Kind kind :
         {SiteMarker::Kind::Gateway, SiteMarker::Kind::SandboxHost, SiteMarker::Kind::DataSource}) {
        SiteMarker sample;
        sample.kind = kind;
        entries.append({sample, SiteMarker::kindName(kind)});
    }
    for (const SiteMarker::State state : SiteMarker::states()) {
        SiteMarker sample;
        sample.kind = SiteMarker::Kind::DataSource;
        sample.state = state;
        entries.append({sample, SiteMarker::stateName(state)});
    }
    int textWidth = 0;
    for (const auto& entry : entries)
        textWidth = qMax(textWidth, metrics.horizontalAdvance(entry.second));
    const QRectF box(width() - textWidth - 2 * MarkerRadius - 24,
                     height() - 8 - line * entries.size() - 8, textWidth + 2 * MarkerRadius + 16,
                     line * entries.size() + 8);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xff, 0xff, 0xff, 200));
    painter.drawRect(box);
    QPointF at = box.topLeft() + QPointF(4 + MarkerRadius, 4 + line / 2.0);
    // The shapes' samples are hollow, so no colour in the legend says two things.
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto& [sample, text] = entries.at(i);
        paintMarker(painter, sample, at, i < 3);
        painter.setPen(QColor(0x42, 0x42, 0x42));
        painter.drawText(at + QPointF(MarkerRadius + 6, metrics.ascent() / 2.0 - 1), text);
        at.ry() += line;
    }
}

void RegionMapWidget::paintUnplacedNote(QPainter& painter) const
{
    const QStringList unplaced = unplacedMarkers();
    if (unplaced.isEmpty())
        return;
    const QString text = tr("Not on the map: %1").arg(unplaced.join(u"; "_s));
    const QRect box =
        fontMetrics()
            .boundingRect(QRect(8, 8, width() - 16, height() / 3), Qt::TextWordWrap, text)
            .adjusted(-4, -3, 4, 3);
    painter.setPen(QColor(0xc6, 0x28, 0x28));
    painter.setBrush(QColor(0xff, 0xf8, 0xe1, 230));
    painter.drawRect(box);
    painter.setPen(QColor(0x5d, 0x40, 0x37));
    painter.drawText(box.adjusted(4, 3, -4, -3), Qt::TextWordWrap, text);
}

void RegionMapWidget::paintLegend(QPainter& painter) const
{
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    paintMarkerLegend(painter);
    QPointF at(8, height() - 8 - 2 * line);
    const QList<std::pair<QColor, QString>> entries = {
        {jurisdictionColour(u"EU"_s), tr("EU / EEA")},
        {jurisdictionColour(u"US"_s), tr("US")},
        {jurisdictionColour(u"UK"_s), tr("UK")},
        {QColor(0xc6, 0x28, 0x28), tr("crosses a jurisdiction")}};
    for (const auto& [colour, text] : entries) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(QRectF(at.x(), at.y() - line + 4, 10, 10));
        painter.setPen(QColor(0x42, 0x42, 0x42));
        painter.drawText(at + QPointF(14, 0), text);
        at.rx() += 24 + metrics.horizontalAdvance(text);
    }
    painter.setPen(QColor(0x75, 0x75, 0x75));
    painter.drawText(QPointF(8, height() - 8), tr("Map data: Natural Earth (public domain)"));
}

std::optional<RegionFlow> RegionMapWidget::flowAt(const QPointF& point) const
{
    QPainterPathStroker stroker;
    stroker.setWidth(2 * ArcHitDistance);
    for (auto it = m_flows.crbegin(); it != m_flows.crend(); ++it) {
        const QPainterPath path = arcPath(*it);
        if (!path.isEmpty() && stroker.createStroke(path).contains(point))
            return *it;
    }
    return std::nullopt;
}

QString RegionMapWidget::regionAt(const QPointF& point) const
{
    for (const MapSite& site : m_sites) {
        const auto at = regionPoint(site.regionCode);
        if (at && QLineF(*at, point).length() <= SiteRadius + 2)
            return site.regionCode;
    }
    return {};
}

QString RegionMapWidget::toolTipAt(const QPointF& point) const
{
    if (const auto marker = markerAt(point))
        return marker->toolTip();
    if (const auto flow = flowAt(point))
        return tr("%n call(s) on data in %1 computed in %2", nullptr,
                  int(qMin<qint64>(flow->calls, std::numeric_limits<int>::max())))
            .arg(flow->dataRegion, flow->computeRegion);
    return toolTip();
}

bool RegionMapWidget::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    QToolTip::showText(help->globalPos(), toolTipAt(help->pos()), this);
    return true;
}

void RegionMapWidget::resizeEvent(QResizeEvent*)
{
    m_projection.setViewport(rect());
    if (!m_userMoved)
        fitToMarkers();
}

void RegionMapWidget::wheelEvent(QWheelEvent* event)
{
    m_userMoved = true;
    m_projection.zoomAt(event->position(), std::pow(1.2, event->angleDelta().y() / 120.0));
    update();
}

void RegionMapWidget::mousePressEvent(QMouseEvent* event)
{
    m_pressAt = m_lastDrag = event->position();
    m_dragged = false;
}

void RegionMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        setCursor(markerAt(event->position()) || flowAt(event->position())
                          || !regionAt(event->position()).isEmpty()
                      ? Qt::PointingHandCursor
                      : Qt::ArrowCursor);
        return;
    }
    if (QLineF(m_pressAt, event->position()).length() > 3)
        m_dragged = m_userMoved = true;
    m_projection.pan(event->position() - m_lastDrag);
    m_lastDrag = event->position();
    update();
}

void RegionMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragged || event->button() != Qt::LeftButton)
        return;
    if (const auto marker = markerAt(event->position()))
        emit markerClicked(marker->id);
    else if (const QString region = regionAt(event->position()); !region.isEmpty())
        emit regionClicked(region);
    else if (const auto flow = flowAt(event->position()))
        emit flowClicked(flow->dataRegion, flow->computeRegion);
}

void RegionMapWidget::mouseDoubleClickEvent(QMouseEvent*)
{
    m_userMoved = true;
    m_projection.reset();
    update();
}

} // namespace Gatehouse
