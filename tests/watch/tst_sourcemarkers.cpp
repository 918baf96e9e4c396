// The map's markers follow what is watched: a feed's state (a source going stale on an injected
// clock, over real TLS to the simulator), the age and outcome of a data source's newest call, the
// sources panel's colours, and region codes the catalog does not know.
#include "models/feed/sourcefeed.h"
#include "models/regions/regioncatalog.h"
#include "models/simulator/fleetserver.h"
#include "models/watch/sourcemarkers.h"
#include "tests/feed/recordingsink.h"
#include "tests/feed/testfleetcontent.h"
#include "tests/feed/testpki.h"

#include "resultcheck.h"

#include <QTest>
#include <QTimeZone>

using namespace Gatehouse;
using namespace Gatehouse::Testing;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Start(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());

ToolCall callTo(const QString& server, const QString& region, const QDateTime& at,
                const QString& outcome = u"ok"_s)
{
    ToolCall call;
    call.source = u"gw-eu-1"_s;
    call.mcpServer = server;
    call.dataRegion = region;
    call.outcome = outcome;
    call.startNs = at.toMSecsSinceEpoch() * 1'000'000;
    return call;
}

std::optional<SiteMarker> markerNamed(const SourceMarkers& markers, const QString& id)
{
    for (const SiteMarker& marker : markers.markers()) {
        if (marker.id == id)
            return marker;
    }
    return std::nullopt;
}

} // namespace

Q_DECLARE_METATYPE(Gatehouse::SiteMarker::State)

class TestSourceMarkers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void feedStatesMapToMarkerStates_data();
    void feedStatesMapToMarkerStates();
    void dataSourceFollowsTheClockAndItsCalls();
    void unknownRegionsAreReported();
    void markerFollowsItsFeedGoingStale();

private:
    std::optional<RegionCatalog> m_catalog;
};

void TestSourceMarkers::initTestCase()
{
    auto catalog = RegionCatalog::builtIn();
    QVERIFY_RESULT(catalog);
    m_catalog = std::move(*catalog);
}

void TestSourceMarkers::feedStatesMapToMarkerStates_data()
{
    QTest::addColumn<FeedState>("feed");
    QTest::addColumn<SiteMarker::State>("marker");
    QTest::newRow("streaming") << FeedState::Streaming << SiteMarker::State::Connected;
    QTest::newRow("stale") << FeedState::Stale << SiteMarker::State::Stale;
    QTest::newRow("failed") << FeedState::Failed << SiteMarker::State::Error;
    QTest::newRow("connecting") << FeedState::Connecting << SiteMarker::State::Disconnected;
    QTest::newRow("backing off") << FeedState::Backoff << SiteMarker::State::Disconnected;
    QTest::newRow("stopped") << FeedState::Stopped << SiteMarker::State::Disconnected;
    QTest::newRow("idle") << FeedState::Idle << SiteMarker::State::Disconnected;
}

void TestSourceMarkers::feedStatesMapToMarkerStates()
{
    QFETCH(FeedState, feed);
    QFETCH(SiteMarker::State, marker);
    QCOMPARE(SourceMarkers::stateOf(feed), marker);
    ManualClock clock(Start);
    SourceMarkers markers(*m_catalog, clock);
    markers.setSources({SourceStatus{u"gw-eu-1"_s, u"tunnel-gateway"_s, u"eu-central-1"_s, feed,
                                     1500, QString()}});
    const QList<SiteMarker> all = markers.markers();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).state, marker);
    QCOMPARE(all.at(0).kind, SiteMarker::Kind::Gateway);
    QCOMPARE(all.at(0).region, u"eu-central-1"_s);
    // The four states have four colours.
    QSet<QRgb> colours;
    for (const SiteMarker::State state : SiteMarker::states())
        colours.insert(SiteMarker::stateColour(state).rgb());
    QCOMPARE(colours.size(), 4);
}

void TestSourceMarkers::dataSourceFollowsTheClockAndItsCalls()
{
    ManualClock clock(Start);
    SourceMarkers markers(*m_catalog, clock, 60'000);
    markers.setSources({SourceStatus{u"gw-eu-1"_s, u"tunnel-gateway"_s, u"eu-central-1"_s,
                                     FeedState::Streaming, 0, QString()}});
    markers.addCalls({callTo(u"crm"_s, u"eu-central-1"_s, Start),
                      callTo(u"crm"_s, u"eu-central-1"_s, Start),
                      callTo(u"files"_s, u"eu-west-1"_s, Start), callTo(u"x"_s, {}, Start)});
    QCOMPARE(markers.markers().size(), 3); // a call without a data region places nothing
    const QString crm = u"crm@eu-central-1"_s;
    QCOMPARE(markerNamed(markers, crm)->state, SiteMarker::State::Connected);
    QCOMPARE(markerNamed(markers, crm)->kind, SiteMarker::Kind::DataSource);

    clock.advance(61'000);
    QCOMPARE(markerNamed(markers, crm)->state, SiteMarker::State::Stale);
    markers.addCalls({callTo(u"crm"_s, u"eu-central-1"_s, clock.now())});
    QCOMPARE(markerNamed(markers, crm)->state, SiteMarker::State::Connected);
    QCOMPARE(markerNamed(markers, u"files@eu-west-1"_s)->state, SiteMarker::State::Stale);

    for (int i = 0; i < SourceMarkers::ErrorRun; ++i)
        markers.addCalls({callTo(u"crm"_s, u"eu-central-1"_s, clock.now(), u"error"_s)});
    QCOMPARE(markerNamed(markers, crm)->state, SiteMarker::State::Error);
    markers.addCalls({callTo(u"crm"_s, u"eu-central-1"_s, clock.now())});
    QCOMPARE(markerNamed(markers, crm)->state, SiteMarker::State::Connected);

    // While the gateway that reports it is down, the data source cannot be seen.
    markers.setSources({SourceStatus{u"gw-eu-1"_s, u"tunnel-gateway"_s, u"eu-central-1"_s,
                                     FeedState::Backoff, 0, QString()}});
    QCOMPARE(markerNamed(markers, crm)->state, SiteMarker::State::Disconnected);
}

void TestSourceMarkers::unknownRegionsAreReported()
{
    ManualClock clock(Start);
    SourceMarkers markers(*m_catalog, clock);
    markers.setSources({SourceStatus{u"gw-moon"_s, u"tunnel-gateway"_s, u"moon-base-1"_s,
                                     FeedState::Streaming, 0, QString()},
                        SourceStatus{u"sbx-new"_s, {}, {}, FeedState::Connecting, -1, QString()}});
    markers.addCalls(
        {callTo(u"crm"_s, u"mars-north-2"_s, Start), callTo(u"crm"_s, u"eu-central-1"_s, Start)});
    QCOMPARE(markers.unknownRegions(), (QStringList{u"moon-base-1"_s, u"mars-north-2"_s}));
    QCOMPARE(markers.markers().size(), 4); // kept, not dropped
}

void TestSourceMarkers::markerFollowsItsFeedGoingStale()
{
    TestPki pki;
    TestFleetContent content({u"gw-test-1"_s}, 5);
    SystemClock serverClock;
    FleetServerSettings serverSettings;
    serverSettings.certificate = pki.server.certificate();
    serverSettings.key = pki.server.key();
    serverSettings.bearerToken = QByteArrayLiteral("marker-test-token");
    serverSettings.heartbeatMs = 3600 * 1000; // silence after the events: nothing keeps it fresh
    serverSettings.tickMs = 10;
    FleetServer server(content, serverClock, serverSettings);
    QVERIFY_RESULT(server.listen());

    ManualClock clock(QDateTime::currentDateTimeUtc());
    FeedSettings settings;
    settings.client.baseUrl = server.endpointUrl(u"gw-test-1"_s);
    settings.client.caFile = pki.caFile;
    settings.client.bearerToken = SecretBuffer::fromView(serverSettings.bearerToken);
    settings.tickMs = 20;
    settings.expectedCadenceMs = 1000;
    RecordingSink sink;
    SourceFeed feed(settings, sink, clock);
    feed.start();
    SourceMarkers markers(*m_catalog, clock);
    const auto state = [&] {
        markers.setSources({SourceStatus::of(feed)});
        return markers.markers().value(0).state;
    };
    QTRY_COMPARE(sink.eventCount(), 5);
    QTRY_COMPARE(state(), SiteMarker::State::Connected);
    const SiteMarker connected = markers.markers().at(0);
    QCOMPARE(connected.id, u"gw-test-1"_s);
    QCOMPARE(connected.region, u"eu-central-1"_s); // from /v1/info
    QCOMPARE(connected.kind, SiteMarker::Kind::Gateway);

    clock.advance(2500);
    QTRY_COMPARE(state(), SiteMarker::State::Stale);
    QVERIFY(markers.markers().at(0).toolTip().contains(
        SiteMarker::stateName(SiteMarker::State::Stale)));
    content.setEventCount(6);
    QTRY_COMPARE(state(), SiteMarker::State::Connected);
    feed.stop();
    QTRY_COMPARE(state(), SiteMarker::State::Disconnected);
}

QTEST_MAIN(TestSourceMarkers)
#include "tst_sourcemarkers.moc"
