// The watch page's Map tab on the demo fleet: a marker for every gateway and sandbox host at its
// region and for the data sources seen, all connected while the fleet serves, and turning
// disconnected on the map when the fleet goes away, without anything but the page's own timer.
#include "views/map/regionmapwidget.h"
#include "views/telemetry/watchpage.h"

#include "models/telemetry/toolcallmodel.h"

#include "demowatch.h"
#include "imagecheck.h"
#include "resultcheck.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

int countOf(const QList<SiteMarker>& markers, SiteMarker::Kind kind,
            std::optional<SiteMarker::State> state = std::nullopt)
{
    return int(std::count_if(markers.cbegin(), markers.cend(), [&](const SiteMarker& m) {
        return m.kind == kind && (!state || m.state == *state);
    }));
}

} // namespace

class TestWatchMap : public QObject
{
    Q_OBJECT

private slots:
    void markersFollowTheFleet();
};

void TestWatchMap::markersFollowTheFleet()
{
    DemoWatch demo;
    QVERIFY_RESULT(demo.start(u"eu-data-in-us"_s, 20));
    demo.connectAll();
    WatchPage page(*demo.session);
    page.resize(1400, 900);
    page.show();
    QVERIFY(page.showTab(u"map"_s));
    QVERIFY(!page.showTab(u"no-such-tab"_s));
    auto* map = page.findChild<RegionMapWidget*>(u"regionMap"_s);
    QVERIFY(map);

    using Kind = SiteMarker::Kind;
    using State = SiteMarker::State;
    QTRY_COMPARE_WITH_TIMEOUT(countOf(map->markers(), Kind::Gateway, State::Connected), 2, 20000);
    QTRY_COMPARE(countOf(map->markers(), Kind::SandboxHost, State::Connected), 2);
    QTRY_VERIFY(countOf(map->markers(), Kind::DataSource, State::Connected) >= 1);
    QCOMPARE(map->markerPositions().size(), map->markers().size()); // every region is known
    QVERIFY(map->unplacedMarkers().isEmpty());
    QVERIFY(sampledColours(map->grab().toImage()).size() > 5);

    // Clicking a data source narrows the live table to its server and data region.
    const QList<SiteMarker> markers = map->markers();
    const auto data = std::find_if(markers.cbegin(), markers.cend(), [](const SiteMarker& m) {
        return m.kind == SiteMarker::Kind::DataSource;
    });
    QVERIFY(data != markers.cend());
    QTest::mouseClick(map, Qt::LeftButton, {}, map->markerPositions().value(data->id).toPoint());
    const ToolCallFilter& filter = page.callModel().filter();
    QCOMPARE(filter.field(ToolCallFilter::Field::DataRegion), data->region);
    QCOMPARE(filter.field(ToolCallFilter::Field::McpServer) + u'@' + data->region, data->id);

    // The fleet goes away: its sources cannot be reached, and neither can what they report.
    demo.fleet.reset();
    QTRY_COMPARE_WITH_TIMEOUT(countOf(map->markers(), Kind::Gateway, State::Disconnected), 2,
                              20000);
    QTRY_COMPARE(countOf(map->markers(), Kind::SandboxHost, State::Disconnected), 2);
    QTRY_COMPARE(countOf(map->markers(), Kind::DataSource, State::Connected), 0);
    keepScreenshot(map->grab().toImage(), u"map-disconnected.png"_s);
}

QTEST_MAIN(TestWatchMap)
#include "tst_watchmap.moc"
