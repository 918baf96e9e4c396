// The map projection's arithmetic.
#include "mapprojection.h"

#include <algorithm>

namespace Gatehouse {

namespace {

// The latitudes worth showing: Antarctica's interior and the high Arctic only cost room.
constexpr double NorthEdge = 84.0;
constexpr double SouthEdge = -60.0;

} // namespace

void MapProjection::setViewport(const QRectF& viewport)
{
    m_viewport = viewport;
    clampCentre();
}

QTransform MapProjection::transform() const
{
    // At zoom 1 the full longitude range or the shown latitude range fills the viewport,
    // whichever fits first, keeping degrees square.
    const double scale =
        std::min(m_viewport.width() / 360.0, m_viewport.height() / (NorthEdge - SouthEdge))
        * m_zoom;
    QTransform transform;
    transform.translate(m_viewport.center().x(), m_viewport.center().y());
    transform.scale(scale, -scale);
    transform.translate(-m_centre.x(), -m_centre.y());
    return transform;
}

QPointF MapProjection::toViewport(double longitude, double latitude) const
{
    return transform().map(QPointF(longitude, latitude));
}

QPointF MapProjection::toGeographic(const QPointF& viewportPoint) const
{
    return transform().inverted().map(viewportPoint);
}

void MapProjection::zoomAt(const QPointF& viewportPoint, double factor)
{
    const QPointF anchor = toGeographic(viewportPoint);
    m_zoom = std::clamp(m_zoom * factor, MinZoom, MaxZoom);
    // Keep the geographic point under the cursor where it was.
    const QPointF moved = toGeographic(viewportPoint);
    m_centre += anchor - moved;
    clampCentre();
}

void MapProjection::pan(const QPointF& delta)
{
    const QPointF origin = toGeographic(m_viewport.center());
    const QPointF shifted = toGeographic(m_viewport.center() - delta);
    m_centre += shifted - origin;
    clampCentre();
}

void MapProjection::reset()
{
    m_zoom = MinZoom;
    m_centre = QPointF(0, (NorthEdge + SouthEdge) / 2);
}

void MapProjection::clampCentre()
{
    m_centre.setX(std::clamp(m_centre.x(), -180.0, 180.0));
    m_centre.setY(std::clamp(m_centre.y(), SouthEdge, NorthEdge));
}

} // namespace Gatehouse
