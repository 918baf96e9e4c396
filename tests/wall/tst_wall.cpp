// The wall display: rotation, pause and pinning under an injected clock, the rate ring over a
// sliding window, and the window itself on the demo fleet.
#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/redactionkey.h"
#include "models/wall/minuteseries.h"
#include "models/wall/panelrotation.h"
#include "models/watch/demofleet.h"
#include "models/watch/watchsession.h"
#include "models/workspace/workspace.h"
#include "views/wall/wallwindow.h"

#include "demowatch.h"
#include "resultcheck.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

ToolCall callAt(qint64 ms, const QString& outcome = u"ok"_s)
{
    ToolCall call;
    call.startNs = ms * 1'000'000;
    call.durationNs = 2'000'000;
    call.tokensIn = 10;
    call.tokensOut = 5;
    call.outcome = outcome;
    return call;
}

} // namespace

class TestWall : public QObject
{
    Q_OBJECT

private slots:
    void panelsTakeTurns();
    void pauseHoldsThePanel();
    void violationPinsItsPanel();
    void intervalsAreRealTimeOnAFasterClock();
    void rateRingSlides();
    void wallShowsTheDemoFleet();
};

void TestWall::panelsTakeTurns()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    PanelRotation rotation(4, 20'000, clock);
    QCOMPARE(rotation.current(), 0);
    clock.advance(19'999);
    QVERIFY(!rotation.tick());
    QCOMPARE(rotation.remainingMs(), 1);
    clock.advance(1);
    QVERIFY(rotation.tick());
    QCOMPARE(rotation.current(), 1);
    for (int i = 0; i < 3; ++i) {
        clock.advance(20'000);
        rotation.tick();
    }
    QCOMPARE(rotation.current(), 0);
    rotation.step(-1);
    QCOMPARE(rotation.current(), 3);
}

void TestWall::pauseHoldsThePanel()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    PanelRotation rotation(4, 10'000, clock);
    rotation.setPaused(true);
    clock.advance(60'000);
    QVERIFY(!rotation.tick());
    QCOMPARE(rotation.current(), 0);
    QCOMPARE(rotation.remainingMs(), -1);
    rotation.setPaused(false);
    clock.advance(9'000);
    QVERIFY(!rotation.tick());
    clock.advance(1'000);
    QVERIFY(rotation.tick());
}

void TestWall::violationPinsItsPanel()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    PanelRotation rotation(4, 10'000, clock);
    rotation.pin(3, 30'000);
    QCOMPARE(rotation.current(), 3);
    QCOMPARE(rotation.pinned(), 3);
    clock.advance(20'000);
    QVERIFY(!rotation.tick());
    // A second violation extends the hold, never shortens it.
    rotation.pin(3, 5'000);
    clock.advance(9'000);
    QVERIFY(!rotation.tick());
    QCOMPARE(rotation.current(), 3);
    clock.advance(1'000);
    QVERIFY(!rotation.tick()); // the hold ends; the interval starts again from here
    QCOMPARE(rotation.pinned(), -1);
    clock.advance(10'000);
    QVERIFY(rotation.tick());
    QCOMPARE(rotation.current(), 0);
}

// On a demo clock at 48 times real speed a panel still stays up for its interval in real
// seconds, and the countdown on screen counts real seconds too.
void TestWall::intervalsAreRealTimeOnAFasterClock()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    clock.setSpeed(48);
    PanelRotation rotation(4, 20'000, clock);
    clock.advance(48 * 10'000);
    QVERIFY(!rotation.tick());
    QCOMPARE(rotation.remainingMs(), 10'000);
    clock.advance(48 * 10'000);
    QVERIFY(rotation.tick());
    rotation.pin(2, 30'000);
    clock.advance(48 * 29'000);
    QVERIFY(!rotation.tick());
    QCOMPARE(rotation.remainingMs(), 1'000);
    clock.advance(48 * 1'000);
    QVERIFY(!rotation.tick());
    QCOMPARE(rotation.pinned(), -1);
}

void TestWall::rateRingSlides()
{
    MinuteSeries series(5);
    const qint64 base = 1'800'000'000'000; // a round minute
    series.add({callAt(base + 1'000), callAt(base + 2'000, u"denied"_s), callAt(base + 61'000)});
    QList<MinutePoint> buckets = series.points();
    QCOMPARE(buckets.size(), 5);
    QCOMPARE(buckets.last().startMs, base + 60'000);
    QCOMPARE(buckets.last().calls, 1);
    QCOMPARE(buckets.at(3).calls, 2);
    QCOMPARE(buckets.at(3).rejects, 1);
    QCOMPARE(buckets.at(3).tokens, 30);

    // Silence moves the window on: old minutes fall out, the new ones are zero.
    series.advanceTo(base + 4 * 60'000 + 5'000);
    buckets = series.points();
    QCOMPARE(buckets.last().startMs, base + 4 * 60'000);
    QCOMPARE(buckets.first().startMs, base);
    QCOMPARE(buckets.first().calls, 2);
    series.advanceTo(base + 60 * 60'000);
    for (const MinutePoint& bucket : series.points())
        QCOMPARE(bucket.calls, 0);
    // A call older than the window is not news.
    series.add({callAt(base)});
    for (const MinutePoint& bucket : series.points())
        QCOMPARE(bucket.calls, 0);
}

void TestWall::wallShowsTheDemoFleet()
{
    DemoWatch demo;
    QVERIFY_RESULT(demo.start(u"unattributed-calls"_s, 40));
    AssessmentStore assessments(*demo.workspace);
    Deployment deployment;
    deployment.name = u"Claims triage"_s;
    QVERIFY_RESULT(assessments.addDeployment(deployment, u"ana"_s));

    WallWindow wall(*demo.session, &assessments, demo.clock, WallOptions{});
    wall.resize(1280, 720);
    wall.show();
    QCOMPARE(wall.currentPanel(), int(WallWindow::Scoreboard));
    auto* scoreboard = wall.findChild<QLabel*>(u"wallScoreboard"_s);
    QVERIFY(scoreboard && scoreboard->text().contains(u"Claims triage"_s));
    demo.connectAll();

    // The scenario's unattributed calls pin the findings panel.
    QTRY_COMPARE_WITH_TIMEOUT(wall.currentPanel(), int(WallWindow::Findings), 30000);
    auto* findings = wall.findChild<QLabel*>(u"wallFindings"_s);
    QVERIFY(findings);
    QTRY_VERIFY(findings->text().contains(u"no human"_s));
    QTest::keyClick(&wall, Qt::Key_Space);
    QVERIFY(wall.isPaused());

    // Every source stopping raises the banner, with the time it was lost.
    auto* banner = wall.findChild<QLabel*>(u"wallBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    demo.fleet.reset();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY(banner->text().contains(u"since"_s));
    demo.disconnectAll();
}

QTEST_MAIN(TestWall)
#include "tst_wall.moc"
