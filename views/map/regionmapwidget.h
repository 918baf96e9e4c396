// The world map of where compute and data sit: countries shaded by jurisdiction, gateways and
// sandbox hosts at their regions, and arcs from each data region to the compute region that
// processed it, red where they cross a jurisdiction; markers for the watched sources and the data
// sources seen, coloured by state and spread where they share a region. Pan by dragging, zoom
// with the wheel.
#pragma once

#include "models/map/mapprojection.h"
#include "models/map/regionflows.h"
#include "models/map/sitemarker.h"

#include <QHash>
#include <QWidget>

#include <optional>

namespace Gatehouse {

class RegionCatalog;
class WorldMap;

struct MapSite
{
    QString regionCode;
    QString label; // e.g. the gateway's id
    bool healthy = true;
};

class RegionMapWidget final : public QWidget
{
    Q_OBJECT

public:
    // The map and the catalog must outlive the widget.
    RegionMapWidget(const WorldMap& map, const RegionCatalog& catalog, QWidget* parent = nullptr);

    void setFlows(const QList<RegionFlow>& flows);
    void setSites(const QList<MapSite>& sites);
    // Replaces the markers; an unchanged list costs no repaint.
    void setMarkers(const QList<SiteMarker>& markers);
    QList<SiteMarker> markers() const { return m_markers; }
    MapProjection& projection() { return m_projection; }
    // Zooms and pans so every placed marker is in view (at most 4 times the whole world); done
    // on its own as markers arrive until the user pans, zooms or resets the view.
    void fitToMarkers();

    // The arc drawn nearest to a point of the widget, if one is within a few pixels.
    std::optional<RegionFlow> flowAt(const QPointF& point) const;
    // The catalog region whose marker is under a point of the widget.
    QString regionAt(const QPointF& point) const;
    // The marker drawn under a point of the widget.
    std::optional<SiteMarker> markerAt(const QPointF& point) const;
    // Where each marker on the catalog's map is drawn, by marker id; spread markers included.
    QHash<QString, QPointF> markerPositions() const;
    // The markers whose region the map cannot place, as the note on the map lists them.
    QStringList unplacedMarkers() const;

    QSize sizeHint() const override { return {720, 400}; }

signals:
    void flowClicked(const QString& dataRegion, const QString& computeRegion);
    void regionClicked(const QString& regionCode);
    void markerClicked(const QString& markerId);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void paintCountries(QPainter& painter) const;
    void paintFlows(QPainter& painter) const;
    void paintSites(QPainter& painter) const;
    void paintMarkers(QPainter& painter) const;
    // hollow: the shape alone, for the legend.
    void paintMarker(QPainter& painter, const SiteMarker& marker, const QPointF& at,
                     bool hollow = false) const;
    void paintLegend(QPainter& painter) const;
    void paintMarkerLegend(QPainter& painter) const;
    void paintUnplacedNote(QPainter& painter) const;
    // The markers that have a place on the map, and where each is drawn.
    QList<std::pair<qsizetype, QPointF>> placedMarkers() const;
    QString toolTipAt(const QPointF& point) const;
    QPainterPath arcPath(const RegionFlow& flow) const;
    std::optional<QPointF> regionPoint(const QString& code) const;

    const WorldMap& m_map;
    const RegionCatalog& m_catalog;
    MapProjection m_projection;
    QList<RegionFlow> m_flows;
    QList<MapSite> m_sites;
    QList<SiteMarker> m_markers;
    QPointF m_pressAt;
    QPointF m_lastDrag;
    bool m_dragged = false;
    bool m_userMoved = false; // the user chose the view: markers no longer move it
};

// The fill of a country on the map, by the jurisdiction its data falls under.
QColor jurisdictionColour(const QString& jurisdiction);

} // namespace Gatehouse
