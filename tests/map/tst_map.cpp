// The region map: projection and its inverse, zoom about a point, the country under a point,
// flows counted by region pair with jurisdiction crossings and unknown codes, and hit-testing
// arcs and markers on the widget.
#include "models/map/mapprojection.h"
#include "models/map/regionflows.h"
#include "models/map/worldmap.h"
#include "models/regions/regioncatalog.h"
#include "views/map/regionmapwidget.h"

#include "resultcheck.h"

#include <QSignalSpy>
#include <QTest>

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
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 5, "the map is not blank");
    const QString keep = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (!keep.isEmpty())
        image.save(keep + u"/map.png"_s);
}

QTEST_MAIN(TestMap)
#include "tst_map.moc"
