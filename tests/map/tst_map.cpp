// The region map: projection and its inverse, zoom about a point, the country under a point,
// flows counted by region pair with jurisdiction crossings and unknown codes, and hit-testing
// arcs and markers on the widget; source and data markers spread where they share a region,
// found under the pointer, clicked, and listed when their region is unknown.
#include "models/map/mapprojection.h"
#include "models/map/markerlayout.h"
#include "models/map/regionflows.h"
#include "models/map/worldmap.h"
#include "models/regions/regioncatalog.h"
#include "views/map/regionmapwidget.h"

#include "imagecheck.h"
#include "resultcheck.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

ToolCall callBetween(const QString& data, const QString& compute)
{
    ToolCall call;
    call.dataRegion = data;
    call.computeRegion = compute;
    return call;
}

SiteMarker marker(const QString& id, const QString& region, SiteMarker::Kind kind,
                  SiteMarker::State state = SiteMarker::State::Connected)
{
    SiteMarker m;
    m.id = id;
    m.label = id;
    m.region = region;
    m.kind = kind;
    m.state = state;
    return m;
}

double closestPair(const QList<QPointF>& points)
{
    double closest = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < points.size(); ++i)
        for (qsizetype j = i + 1; j < points.size(); ++j)
            closest = std::min(closest, QLineF(points.at(i), points.at(j)).length());
    return closest;
}

} // namespace

class TestMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void projectionRoundTrips_data();
    void projectionRoundTrips();
    void zoomKeepsThePointUnderTheCursor();
    void countryUnderAPoint_data();
    void countryUnderAPoint();
    void flowsCountAndMarkCrossings();
    void widgetHitTestsArcsAndMarkers();
    void widgetPaintsSomething();
    void markersSpreadWithoutOverlap_data();
    void markersSpreadWithoutOverlap();
    void markerHitTestFindsTheNearest();
    void widgetPlacesAndHitTestsMarkers();
    void unknownRegionsAreListedOnTheMap();

private:
    std::optional<WorldMap> m_map;
    std::optional<RegionCatalog> m_catalog;
};

void TestMap::initTestCase()
{
    auto map = WorldMap::builtIn();
    QVERIFY_RESULT(map);
    QCOMPARE(map->countries().size(), 177);
    QVERIFY(map->attribution().contains(u"Natural Earth"_s));
    m_map = std::move(*map);
    auto catalog = RegionCatalog::builtIn();
    QVERIFY_RESULT(catalog);
    m_catalog = std::move(*catalog);
}

void TestMap::projectionRoundTrips_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("pan");
    QTest::newRow("whole world") << 1.0 << QPointF();
    QTest::newRow("zoomed and panned") << 3.5 << QPointF(120, -40);
}

void TestMap::projectionRoundTrips()
{
    QFETCH(double, zoom);
    QFETCH(QPointF, pan);
    MapProjection projection;
    projection.setViewport(QRectF(0, 0, 800, 400));
    projection.zoomAt(QPointF(400, 200), zoom);
    projection.pan(pan);
    for (const QPointF& place :
         {QPointF(2.35, 48.86), QPointF(-77.04, 38.9), QPointF(151.2, -33.9)}) {
        const QPointF back = projection.toGeographic(projection.toViewport(place.x(), place.y()));
        QVERIFY(qAbs(back.x() - place.x()) < 1e-9);
        QVERIFY(qAbs(back.y() - place.y()) < 1e-9);
    }
    // North is up: Paris is drawn above Sydney.
    QVERIFY(projection.toViewport(2.35, 48.86).y() < projection.toViewport(151.2, -33.9).y());
}

void TestMap::zoomKeepsThePointUnderTheCursor()
{
    MapProjection projection;
    projection.setViewport(QRectF(0, 0, 1000, 500));
    const QPointF cursor(700, 150);
    const QPointF before = projection.toGeographic(cursor);
    projection.zoomAt(cursor, 2.0);
    QCOMPARE(projection.zoom(), 2.0);
    const QPointF after = projection.toGeographic(cursor);
    QVERIFY(qAbs(after.x() - before.x()) < 1e-6);
    QVERIFY(qAbs(after.y() - before.y()) < 1e-6);
    projection.zoomAt(cursor, 1000.0);
    QCOMPARE(projection.zoom(), MapProjection::MaxZoom);
}

void TestMap::countryUnderAPoint_data()
{
    QTest::addColumn<QPointF>("place");
    QTest::addColumn<QString>("country");
    QTest::newRow("Paris") << QPointF(2.35, 48.86) << u"FR"_s;
    QTest::newRow("Frankfurt") << QPointF(8.68, 50.11) << u"DE"_s;
    QTest::newRow("Ashburn") << QPointF(-77.49, 39.04) << u"US"_s;
    QTest::newRow("Mumbai") << QPointF(72.88, 19.08) << u"IN"_s;
    QTest::newRow("mid-Atlantic") << QPointF(-35.0, 30.0) << QString();
}

void TestMap::countryUnderAPoint()
{
    QFETCH(QPointF, place);
    QFETCH(QString, country);
    const Country* found = m_map->countryAt(place.x(), place.y());
    QCOMPARE(found ? found->isoA2 : QString(), country);
}

void TestMap::flowsCountAndMarkCrossings()
{
    RegionFlows flows(*m_catalog);
    flows.add({callBetween(u"eu-central-1"_s, u"eu-central-1"_s),
               callBetween(u"eu-central-1"_s, u"us-east-1"_s),
               callBetween(u"eu-central-1"_s, u"us-east-1"_s),
               callBetween(u"moon-base-1"_s, u"us-east-1"_s), callBetween({}, {})});
    const QList<RegionFlow> all = flows.flows();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).calls, 1);
    QVERIFY(!all.at(0).crossesJurisdiction);
    QCOMPARE(all.at(1).calls, 2);
    QVERIFY(all.at(1).crossesJurisdiction);
    QVERIFY(!all.at(2).crossesJurisdiction); // unknown: not judged
    QCOMPARE(flows.crossJurisdictionCalls(), 2);
    QCOMPARE(flows.unknownRegions(), QStringList{u"moon-base-1"_s});
    QCOMPARE(flows.regionsInUse(), (QStringList{u"eu-central-1"_s, u"us-east-1"_s}));
}

void TestMap::widgetHitTestsArcsAndMarkers()
{
    RegionMapWidget widget(*m_map, *m_catalog);
    widget.resize(1000, 500);
    widget.show();
    RegionFlows flows(*m_catalog);
    flows.add({callBetween(u"eu-central-1"_s, u"us-east-1"_s)});
    widget.setFlows(flows.flows());
    widget.setSites({MapSite{u"eu-central-1"_s, u"gw-eu-1"_s, true},
                     MapSite{u"us-east-1"_s, u"sbx-us-1"_s, true}});

    const auto frankfurt = m_catalog->find(u"eu-central-1");
    QVERIFY(frankfurt);
    const QPointF marker =
        widget.projection().toViewport(frankfurt->longitude, frankfurt->latitude);
    QCOMPARE(widget.regionAt(marker), u"eu-central-1"_s);
    QSignalSpy regionClicks(&widget, &RegionMapWidget::regionClicked);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, marker.toPoint());
    QCOMPARE(regionClicks.count(), 1);

    // Walk along the straight line between the two regions: the bulging arc lies off it, so
    // search the perpendicular for the arc and click it.
    const auto ashburn = m_catalog->find(u"us-east-1");
    const QPointF other = widget.projection().toViewport(ashburn->longitude, ashburn->latitude);
    const QPointF middle = (marker + other) / 2;
    const QLineF line(marker, other);
    const QPointF normal = QPointF(line.dy(), -line.dx()) / line.length();
    std::optional<QPointF> onArc;
    for (double d = 0; d < line.length() && !onArc; d += 1.0) {
        if (widget.flowAt(middle + normal * d))
            onArc = middle + normal * d;
    }
    QVERIFY(onArc);
    QSignalSpy flowClicks(&widget, &RegionMapWidget::flowClicked);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, onArc->toPoint());
    QCOMPARE(flowClicks.count(), 1);
    QCOMPARE(flowClicks.at(0).at(0).toString(), u"eu-central-1"_s);
    QCOMPARE(flowClicks.at(0).at(1).toString(), u"us-east-1"_s);
    QVERIFY(!widget.flowAt(QPointF(5, 5)));
}

void TestMap::widgetPaintsSomething()
{
    RegionMapWidget widget(*m_map, *m_catalog);
    widget.resize(800, 400);
    const QImage image = widget.grab().toImage();
    QVERIFY2(sampledColours(image, 7).size() > 5, "the map is not blank");
    keepScreenshot(image, u"map.png"_s);
}

void TestMap::markersSpreadWithoutOverlap_data()
{
    QTest::addColumn<QList<QPointF>>("anchors");
    QTest::newRow("alone") << QList<QPointF>{{100, 100}};
    QTest::newRow("two in one region") << QList<QPointF>{{100, 100}, {100, 100}};
    QTest::newRow("five in one region") << QList<QPointF>(5, QPointF(100, 100));
    QTest::newRow("twelve in one region") << QList<QPointF>(12, QPointF(100, 100));
    QTest::newRow("neighbouring regions")
        << QList<QPointF>{{100, 100}, {104, 102}, {100, 100}, {300, 50}};
    QTest::newRow("far apart") << QList<QPointF>{{10, 10}, {200, 10}, {10, 200}};
}

void TestMap::markersSpreadWithoutOverlap()
{
    QFETCH(QList<QPointF>, anchors);
    const double radius = 7;
    const QList<QPointF> placed = MarkerLayout::spread(anchors, radius);
    QCOMPARE(placed.size(), anchors.size());
    if (anchors.size() > 1)
        QVERIFY2(closestPair(placed) >= 2 * radius,
                 qPrintable(QString::number(closestPair(placed))));
    // A marker alone stays on its region; spread ones stay near it.
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const double moved = QLineF(anchors.at(i), placed.at(i)).length();
        if (anchors.count(anchors.at(i)) == 1 && closestPair(anchors) > 40)
            QCOMPARE(moved, 0.0);
        QVERIFY(moved < 12 * radius);
    }
}

void TestMap::markerHitTestFindsTheNearest()
{
    const QList<QPointF> positions{{100, 100}, {112, 100}, {300, 300}};
    QCOMPARE(MarkerLayout::hitTest(positions, {101, 100}, 7), 0);
    QCOMPARE(MarkerLayout::hitTest(positions, {108, 100}, 7), 1);
    QCOMPARE(MarkerLayout::hitTest(positions, {299, 302}, 7), 2);
    QCOMPARE(MarkerLayout::hitTest(positions, {200, 200}, 7), -1);
    QCOMPARE(MarkerLayout::hitTest({}, {0, 0}, 7), -1);
}

void TestMap::widgetPlacesAndHitTestsMarkers()
{
    RegionMapWidget widget(*m_map, *m_catalog);
    widget.resize(1000, 500);
    widget.show();
    using Kind = SiteMarker::Kind;
    const QList<SiteMarker> markers{
        marker(u"gw-eu-1"_s, u"eu-central-1"_s, Kind::Gateway),
        marker(u"gw-eu-2"_s, u"eu-central-1"_s, Kind::Gateway, SiteMarker::State::Stale),
        marker(u"crm@eu-central-1"_s, u"eu-central-1"_s, Kind::DataSource),
        marker(u"sbx-us-1"_s, u"us-east-1"_s, Kind::SandboxHost, SiteMarker::State::Error)};
    widget.setMarkers(markers);
    const QHash<QString, QPointF> positions = widget.markerPositions();
    QCOMPARE(positions.size(), 4);
    QVERIFY(closestPair(positions.values()) >= 14);

    for (const SiteMarker& m : markers) {
        const auto found = widget.markerAt(positions.value(m.id));
        QVERIFY(found);
        QCOMPARE(found->id, m.id);
        QVERIFY(found->toolTip().contains(SiteMarker::stateName(m.state)));
    }
    // Each marker is filled with its state's colour, where the map says it is.
    const QImage image = widget.grab().toImage();
    for (const SiteMarker& m : markers) {
        const QPoint at = positions.value(m.id).toPoint();
        QCOMPARE(QColor(image.pixel(at)).name(), SiteMarker::stateColour(m.state).name());
    }
    keepScreenshot(image, u"map-markers.png"_s);
    QSignalSpy clicks(&widget, &RegionMapWidget::markerClicked);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, positions.value(u"gw-eu-2"_s).toPoint());
    QCOMPARE(clicks.count(), 1);
    QCOMPARE(clicks.at(0).at(0).toString(), u"gw-eu-2"_s);
    QVERIFY(!widget.markerAt(QPointF(5, 5)));

    // Zoomed in, the region's markers stay spread around the same place.
    widget.projection().zoomAt(positions.value(u"gw-eu-1"_s), 4);
    QVERIFY(closestPair(widget.markerPositions().values()) >= 14);
}

void TestMap::unknownRegionsAreListedOnTheMap()
{
    RegionMapWidget widget(*m_map, *m_catalog);
    widget.resize(800, 400);
    widget.setMarkers({marker(u"gw-eu-1"_s, u"eu-central-1"_s, SiteMarker::Kind::Gateway),
                       marker(u"gw-moon"_s, u"moon-base-1"_s, SiteMarker::Kind::Gateway),
                       marker(u"sbx-new"_s, QString(), SiteMarker::Kind::SandboxHost)});
    QCOMPARE(widget.markerPositions().keys(), QStringList{u"gw-eu-1"_s});
    const QStringList unplaced = widget.unplacedMarkers();
    QCOMPARE(unplaced.size(), 2);
    QVERIFY(unplaced.at(0).contains(u"moon-base-1"_s));
    QVERIFY(unplaced.at(1).contains(u"sbx-new"_s));
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
