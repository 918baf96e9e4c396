// Where a longitude/latitude lands on a widget, and back: an equirectangular projection that
// fits the world (or a zoomed part of it) into a viewport, with pan and zoom.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QTransform>

namespace Gatehouse {

class MapProjection
{
public:
    static constexpr double MinZoom = 1.0;
    static constexpr double MaxZoom = 16.0;

    void setViewport(const QRectF& viewport);
    QRectF viewport() const { return m_viewport; }

    // Zooms by factor about a point of the viewport, which stays where it is.
    void zoomAt(const QPointF& viewportPoint, double factor);
    // Moves the map by a distance in viewport pixels.
    void pan(const QPointF& delta);
    void reset();
    double zoom() const { return m_zoom; }

    // Longitude/latitude (x, y) to viewport coordinates, north up.
    QTransform transform() const;
    QPointF toViewport(double longitude, double latitude) const;
    // Viewport coordinates to longitude (x) and latitude (y).
    QPointF toGeographic(const QPointF& viewportPoint) const;

private:
    void clampCentre();

    QRectF m_viewport{0, 0, 360, 180};
    double m_zoom = MinZoom;
    QPointF m_centre{0, 12}; // longitude, latitude at the viewport's centre
};

} // namespace Gatehouse
