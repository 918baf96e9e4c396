// SourceFeed against the simulator over real TLS on loopback: it only ever sends GET to the
// documented paths, resumes after drops with Last-Event-ID, delivers each event once, records
// gaps, survives junk, stays bounded, and turns stale when its source goes quiet.
#include "models/feed/feedthread.h"
#include "models/feed/sourcefeed.h"
#include "models/simulator/fleetserver.h"
#include "recordingsink.h"
#include "residentmemory.h"
#include "testfleetcontent.h"
#include "testpki.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Token = QByteArrayLiteral("feed-test-token");
const QString Endpoint = u"gw-test-1"_s;

bool eachOnce(const QHash<qint64, int>& deliveries, qint64 first, qint64 last,
              const QSet<qint64>& missing = {})
{
    for (qint64 s = first; s <= last; ++s) {
        const int expected = missing.contains(s) ? 0 : 1;
        if (deliveries.value(s) != expected) {
            qWarning() << "sequence" << s << "arrived" << deliveries.value(s) << "times";
            return false;
        }
    }
    return true;
}

} // namespace

class SourceFeedTest : public QObject
{
    Q_OBJECT

private slots:
    void sendsOnlyGetToTheDocumentedPaths();
    void resumesAcrossDropsWithLastEventId();
    void resumesAcrossForcedDisconnects();
    void duplicatesAndReorderingAreDeliveredOnce();
    void serverSignalledGapsAreSubmitted();
    void silentJumpsBecomeGaps();
    void malformedAndOversizedEventsDoNotStopTheFeed();
    void slowStreamStillDeliversEverything();
    void endlessLineKeepsMemoryBounded();
    void turnsStaleAfterTwiceItsCadence();
    void cadenceIsRealTimeOnAFasterClock();
    void backsOffUntilTheSourceAppears();
    void tlsErrorFailsWithoutRetrying();
    void runsInTheFeedThread();
    void takesItsIdFromInfo();

private:
    // One simulated endpoint and one feed reading it, started.
    struct Run
    {
        Run(SourceFeedTest& test, qint64 events, const QString& faults,
            const std::function<void(FeedSettings&)>& adjust = {});
        TestFleetContent content;
        std::unique_ptr<FleetServer> server;
        RecordingSink sink;
        SourceFeed feed;
    };

    std::unique_ptr<FleetServer> startServer(const FleetContent& content, const QString& faults,
                                             int heartbeatMs = 200, quint16 port = 0);
    FeedSettings feedSettings(const QUrl& url) const;

    TestPki m_pki;
    SystemClock m_clock;
};

std::unique_ptr<FleetServer> SourceFeedTest::startServer(const FleetContent& content,
                                                         const QString& faults, int heartbeatMs,
                                                         quint16 port)
{
    FleetServerSettings settings;
    settings.certificate = m_pki.server.certificate();
    settings.key = m_pki.server.key();
    settings.bearerToken = Token;
    settings.faults = *FaultPlan::parse(faults);
    settings.heartbeatMs = heartbeatMs;
    settings.retryMs = 100;
    settings.tickMs = 10;
    settings.maxEventsPerTick = 50;
    settings.port = port;
    auto server = std::make_unique<FleetServer>(content, m_clock, settings);
    const auto listening = server->listen();
    if (!listening)
        qWarning() << listening.error().message;
    return server;
}

FeedSettings SourceFeedTest::feedSettings(const QUrl& url) const
{
    FeedSettings settings;
    settings.client.baseUrl = url;
    settings.client.caFile = m_pki.caFile;
    settings.client.bearerToken = SecretBuffer::fromView(Token);
    settings.backoffInitialMs = 50;
    settings.backoffMaxMs = 400;
    settings.backoffSeed = 7;
    settings.tickMs = 20;
    settings.expectedCadenceMs = 5000;
    settings.reorderWindow = 16;
    return settings;
}

SourceFeedTest::Run::Run(SourceFeedTest& test, qint64 events, const QString& faults,
                         const std::function<void(FeedSettings&)>& adjust)
    : content({Endpoint}, events)
    , server(test.startServer(content, faults))
    , feed(
          [&] {
              FeedSettings settings = test.feedSettings(server->endpointUrl(Endpoint));
              if (adjust)
                  adjust(settings);
              return settings;
          }(),
          sink, test.m_clock)
{
    feed.start();
}

void SourceFeedTest::sendsOnlyGetToTheDocumentedPaths()
{
    Run run(*this, 120, u"drop=40"_s,
            [](FeedSettings& settings) { settings.postureIntervalMs = 50; });
    auto& [content, server, sink, feed] = run;
    QTRY_COMPARE_WITH_TIMEOUT(sink.eventCount(), 120, 20000);
    QTRY_VERIFY(sink.postureCount() >= 4); // info once, posture re-polled
    QTRY_VERIFY(feed.statistics().heartbeats > 0);
    QCOMPARE(feed.statistics().lagEvents, 0); // heartbeats name sequence 120, which we have
    QVERIFY(feed.statistics().eventsPerSecond > 0);
    QVERIFY(feed.statistics().lastEventAgeMs >= 0);
    feed.stop();

    const QSet<QByteArray> allowed{"/gw-test-1/v1/info", "/gw-test-1/v1/posture",
                                   "/gw-test-1/v1/events"};
    const QList<RecordedRequest> requests = server->requests();
    QVERIFY(requests.size() >= 5);
    QSet<QByteArray> seen;
    for (const RecordedRequest& request : requests) {
        QCOMPARE(request.method, QByteArray("GET"));
        QVERIFY2(allowed.contains(request.target), request.target.constData());
        QVERIFY(request.authorized);
        seen.insert(request.target);
    }
    QCOMPARE(seen, allowed);
}

void SourceFeedTest::resumesAcrossDropsWithLastEventId()
{
    Run run(*this, 200, u"drop=25"_s);
    auto& [content, server, sink, feed] = run;
    QTRY_COMPARE_WITH_TIMEOUT(sink.eventCount(), 200, 30000);
    QVERIFY(eachOnce(sink.deliveries(Endpoint), 1, 200));

    QList<QByteArray> resumedFrom;
    for (const RecordedRequest& request : server->requests()) {
        if (request.target.endsWith("/v1/events"))
            resumedFrom << request.lastEventId;
    }
    // Each connection carries 25 events, and the next one resumes right after the last.
    QVERIFY(resumedFrom.size() >= 8);
    for (qsizetype i = 0; i < 8; ++i)
        QCOMPARE(resumedFrom[i], i == 0 ? QByteArray() : QByteArray::number(25 * i));
    QVERIFY(feed.statistics().reconnects >= 7);
    QCOMPARE(feed.statistics().events, 200);
    QCOMPARE(feed.statistics().gaps, 0);
}

void SourceFeedTest::resumesAcrossForcedDisconnects()
{
    Run run(*this, 0, QString());
    auto& [content, server, sink, feed] = run;
    for (qint64 batch = 1; batch <= 5; ++batch) {
        content.setEventCount(batch * 30);
        QTRY_COMPARE_WITH_TIMEOUT(sink.eventCount(), batch * 30, 20000);
        QTRY_COMPARE(server->openStreams(), 1);
        server->dropAllStreams();
    }
    QVERIFY(eachOnce(sink.deliveries(Endpoint), 1, 150));
    QTRY_VERIFY(feed.statistics().reconnects >= 4);
}

void SourceFeedTest::duplicatesAndReorderingAreDeliveredOnce()
{
    Run run(*this, 150, u"duplicate=5,reorder=7,drop=33"_s);
    auto& [content, server, sink, feed] = run;
    QTRY_COMPARE_WITH_TIMEOUT(sink.eventCount(), 150, 30000);
    QVERIFY(eachOnce(sink.deliveries(Endpoint), 1, 150));
    QVERIFY(feed.statistics().duplicates >= 20);
    QCOMPARE(sink.gaps(Endpoint).size(), 0);
}

void SourceFeedTest::serverSignalledGapsAreSubmitted()
{
    Run run(*this, 50, u"gap=10"_s);
    auto& [content, server, sink, feed] = run;
    QTRY_COMPARE_WITH_TIMEOUT(sink.gaps(Endpoint).size(), 5, 20000);
    QTRY_COMPARE(sink.eventCount(), 45);
    const QList<QPair<qint64, qint64>> expected{{10, 10}, {20, 20}, {30, 30}, {40, 40}, {50, 50}};
    QCOMPARE(sink.gaps(Endpoint), expected);
    QCOMPARE(feed.statistics().lostEvents, 5);
    QTRY_COMPARE(feed.statistics().resumePoint, 50);
}

void SourceFeedTest::silentJumpsBecomeGaps()
{
    Run run(*this, 100, u"jump=10,drop=30"_s,
            [](FeedSettings& settings) { settings.reorderWindow = 4; });
    auto& [content, server, sink, feed] = run;
    QTRY_COMPARE_WITH_TIMEOUT(sink.eventCount(), 90, 20000);
    QTRY_COMPARE(sink.gaps(Endpoint).size(), 9);
    QSet<qint64> missing;
    for (qint64 s = 10; s <= 100; s += 10)
        missing.insert(s);
    QVERIFY(eachOnce(sink.deliveries(Endpoint), 1, 100, missing));
    QCOMPARE(sink.gaps(Endpoint).first(), (QPair<qint64, qint64>{10, 10}));
}

void SourceFeedTest::malformedAndOversizedEventsDoNotStopTheFeed()
{
    Run run(*this, 60, u"malformed=5,oversized=20"_s,
            [](FeedSettings& settings) { settings.limits.maxEventBytes = 1024 * 1024; });
    auto& [content, server, sink, feed] = run;
    QTRY_COMPARE_WITH_TIMEOUT(sink.eventCount(), 60, 30000);
    QTRY_COMPARE(feed.statistics().oversized, 3);
    QVERIFY(eachOnce(sink.deliveries(Endpoint), 1, 60));
    QCOMPARE(feed.statistics().malformed, 12);
    QCOMPARE(sink.rejectCount(), 15);
    QVERIFY(feed.state() == FeedState::Streaming || feed.state() == FeedState::Connecting);
}

void SourceFeedTest::slowStreamStillDeliversEverything()
{
    Run run(*this, 15, u"slow=20,drop=6"_s);
    auto& [content, server, sink, feed] = run;
    QTRY_COMPARE_WITH_TIMEOUT(sink.eventCount(), 15, 20000);
    QVERIFY(eachOnce(sink.deliveries(Endpoint), 1, 15));
    QCOMPARE(feed.statistics().malformed, 0);
}

void SourceFeedTest::endlessLineKeepsMemoryBounded()
{
    TestFleetContent content({Endpoint}, 20);
    constexpr qint64 Endless = 48 * 1024 * 1024;
    auto server = startServer(content, u"endless=%1"_s.arg(Endless));
    RecordingSink sink;
    FeedSettings settings = feedSettings(server->endpointUrl(Endpoint));
    settings.limits = {64 * 1024, 256 * 1024};
    SourceFeed feed(settings, sink, m_clock);
    const qint64 before = residentKiB();
    qint64 peak = before;
    feed.start();
    QElapsedTimer timer;
    timer.start();
    while ((sink.eventCount() < 20 || feed.statistics().oversized < 1) && timer.elapsed() < 60000) {
        QTest::qWait(20);
        peak = std::max(peak, residentKiB());
    }
    QCOMPARE(sink.eventCount(), 20);
    qInfo() << "streamed" << feed.statistics().bytes << "bytes; resident memory grew by"
            << peak - before << "KiB";
    QVERIFY(feed.statistics().bytes > Endless);
    QCOMPARE(feed.statistics().oversized, 1);
    QVERIFY(eachOnce(sink.deliveries(Endpoint), 1, 20));
    // 48 MiB went through the process; what stayed is a small fraction of it.
    QVERIFY2(peak - before < 20 * 1024, qPrintable(u"grew by %1 KiB"_s.arg(peak - before)));
}

// A demo clock at 60 times real speed: the source still promises a cadence in real seconds, so
// a minute of demo time without events is one real second, not sixty cadences.
void SourceFeedTest::cadenceIsRealTimeOnAFasterClock()
{
    TestFleetContent content({Endpoint}, 5);
    auto server = startServer(content, QString(), 3600 * 1000);
    RecordingSink sink;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    clock.setSpeed(60);
    FeedSettings settings = feedSettings(server->endpointUrl(Endpoint));
    settings.expectedCadenceMs = 1000;
    SourceFeed feed(settings, sink, clock);
    feed.start();
    QTRY_COMPARE(sink.eventCount(), 5);
    QTRY_COMPARE(feed.state(), FeedState::Streaming);

    clock.advance(90 * 1000);
    QTest::qWait(100);
    QCOMPARE(feed.state(), FeedState::Streaming);
    clock.advance(60 * 1000);
    QTRY_COMPARE(feed.state(), FeedState::Stale);
    QCOMPARE(feed.statistics().reconnects, 0);
}

void SourceFeedTest::turnsStaleAfterTwiceItsCadence()
{
    TestFleetContent content({Endpoint}, 5);
    auto server = startServer(content, QString(), 3600 * 1000);
    RecordingSink sink;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    FeedSettings settings = feedSettings(server->endpointUrl(Endpoint));
    settings.expectedCadenceMs = 1000;
    SourceFeed feed(settings, sink, clock);
    QSignalSpy states(&feed, &SourceFeed::stateChanged);
    feed.start();
    QTRY_COMPARE(sink.eventCount(), 5);
    QTRY_COMPARE(feed.state(), FeedState::Streaming);

    clock.advance(1500);
    QTest::qWait(100);
    QCOMPARE(feed.state(), FeedState::Streaming);
    clock.advance(1000);
    QTRY_COMPARE(feed.state(), FeedState::Stale);
    QTRY_VERIFY(feed.statistics().lastEventAgeMs >= 2500);

    content.setEventCount(6);
    QTRY_COMPARE(sink.eventCount(), 6);
    QTRY_COMPARE(feed.state(), FeedState::Streaming);

    // Silent for four cadences: the stream is dropped and opened again.
    clock.advance(4500);
    QTRY_VERIFY(feed.statistics().reconnects >= 1);
    QTRY_COMPARE(feed.state(), FeedState::Streaming);
    QVERIFY(states.count() >= 4);
}

void SourceFeedTest::backsOffUntilTheSourceAppears()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    TestFleetContent content({Endpoint}, 10);
    RecordingSink sink;
    QUrl url(u"https://127.0.0.1:%1/%2"_s.arg(port).arg(Endpoint));
    SourceFeed feed(feedSettings(url), sink, m_clock);
    feed.start();
    QTRY_COMPARE(feed.state(), FeedState::Backoff);
    QVERIFY(feed.lastError()->message.contains(u"refused"_s));
    QTRY_VERIFY(feed.statistics().reconnects >= 2);

    auto server = startServer(content, QString(), 200, port);
    QVERIFY(server->port() == port);
    QTRY_COMPARE_WITH_TIMEOUT(sink.eventCount(), 10, 20000);
    QTRY_COMPARE(feed.state(), FeedState::Streaming);
}

void SourceFeedTest::tlsErrorFailsWithoutRetrying()
{
    Run run(*this, 10, QString(),
            [this](FeedSettings& settings) { settings.client.caFile = m_pki.otherCaFile; });
    auto& [content, server, sink, feed] = run;
    QTRY_COMPARE(feed.state(), FeedState::Failed);
    QCOMPARE(feed.lastError()->code, ErrorCode::Tls);
    QTest::qWait(300);
    QCOMPARE(feed.statistics().reconnects, 0);
    QCOMPARE(sink.eventCount(), 0);
    QVERIFY(server->requests().isEmpty());
}

void SourceFeedTest::runsInTheFeedThread()
{
    TestFleetContent content({Endpoint, u"sb-test-2"_s}, 80);
    auto server = startServer(content, u"drop=30"_s);
    RecordingSink sink;
    FeedThread thread;
    QList<SourceFeed*> feeds;
    for (const QString& id : {Endpoint, u"sb-test-2"_s}) {
        auto feed =
            std::make_unique<SourceFeed>(feedSettings(server->endpointUrl(id)), sink, m_clock);
        feeds << thread.adopt(std::move(feed));
    }
    QSignalSpy updates(feeds.first(), &SourceFeed::statisticsUpdated);
    QTRY_COMPARE_WITH_TIMEOUT(sink.eventCount(), 160, 30000);
    QVERIFY(updates.wait(2000));
    QCOMPARE(feeds.first()->thread(), feeds.last()->thread());
    QVERIFY(feeds.first()->thread() != QThread::currentThread());
    QVERIFY(eachOnce(sink.deliveries(u"sb-test-2"_s), 1, 80));
    thread.remove(feeds.first());
    QCOMPARE(thread.feeds().size(), 1);
}

void SourceFeedTest::takesItsIdFromInfo()
{
    TestFleetContent content({u"gw-named"_s}, 3);
    auto server = startServer(content, QString());
    RecordingSink sink;
    SourceFeed feed(feedSettings(server->endpointUrl(u"gw-named"_s)), sink, m_clock);
    QVERIFY(feed.sourceId().isEmpty());
    feed.start();
    QTRY_COMPARE(sink.eventCount(), 3);
    QCOMPARE(feed.sourceId(), u"gw-named"_s);
    QCOMPARE(sink.deliveries(u"gw-named"_s).size(), 3);
}

QTEST_GUILESS_MAIN(SourceFeedTest)
#include "tst_sourcefeed.moc"
