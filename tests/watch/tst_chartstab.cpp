// The Charts tab on the demo fleet: the past comes from the archive, the live feed adds to it,
// and once the feed stops the minutes add up to exactly what the archive holds, for all calls,
// one agent and a longer period, with no call counted twice. The tab paints.
#include "views/telemetry/chartstab.h"

#include "demowatch.h"
#include "imagecheck.h"
#include "resultcheck.h"
#include "simulatedarchive.h"

#include "models/telemetry/basicsecretredactor.h"
#include "models/watch/watchsession.h"

#include <QComboBox>
#include <QLabel>
#include <QSqlQuery>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

qint64 charted(const ChartsTab& tab)
{
    qint64 total = 0;
    for (const MinutePoint& point : tab.series().points())
        total += point.calls;
    return total;
}

// The archive's calls in the tab's window, optionally of one agent.
qint64 archived(DemoWatch& demo, const ChartsTab& tab, const QString& agent = u""_s)
{
    const QList<MinutePoint> points = tab.series().points();
    if (points.isEmpty())
        return -1;
    QSqlQuery query(demo.workspace->database());
    query.prepare(u"SELECT count(*) FROM telemetry_call WHERE start_ns >= ?"
                  " AND (? = '' OR agent_id = ?)"_s);
    query.addBindValue(points.first().startMs * 1'000'000);
    query.addBindValue(agent);
    query.addBindValue(agent);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -2;
}

// A watch session on an archive written beforehand, or null with the reason logged.
std::unique_ptr<WatchSession> watchArchive(Workspace& workspace, const Clock& clock)
{
    const auto key = RedactionKey::forWorkspace(workspace);
    if (!key) {
        qWarning() << key.error().message;
        return nullptr;
    }
    auto session = std::make_unique<WatchSession>(
        workspace.path(), std::make_unique<BasicSecretRedactor>(*key), clock);
    if (auto started = session->start(); !started) {
        qWarning() << started.error().message;
        return nullptr;
    }
    return session;
}

} // namespace

class TestChartsTab : public QObject
{
    Q_OBJECT

private slots:
    void followsTheDemoFleet();
    void drawsTheBaselineWithHistory();
    void gainsTheBaselineAsHoursPass();
};

void TestChartsTab::followsTheDemoFleet()
{
    DemoWatch demo;
    QVERIFY_RESULT(demo.start(u"clean"_s, 20));
    demo.connectAll();
    ChartsTab tab(*demo.session, 50);
    tab.resize(1000, 700);
    tab.show();
    QTRY_VERIFY(!tab.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(charted(tab) > 100, 20000);
    QCOMPARE(tab.series().minutes(), 60);

    // Half-way, the tab reads the archive again, while calls keep coming.
    tab.setPeriodMinutes(360);
    QVERIFY(tab.isLoading());
    QTRY_VERIFY(!tab.isLoading());
    QCOMPARE(tab.series().minutes(), 360);
    QTRY_VERIFY_WITH_TIMEOUT(charted(tab) > 200, 20000);

    demo.disconnectAll();
    QVERIFY(demo.session->pipeline().waitUntilIdle(20000));
    QTRY_COMPARE(charted(tab), archived(demo, tab));

    // The chooser offers the agents seen; one agent's minutes are its share of the archive.
    auto* chooser = tab.findChild<QComboBox*>(u"chartScope"_s);
    QVERIFY(chooser);
    QTRY_VERIFY(tab.scopes().size() > 1);
    ChartScope agent;
    for (const ChartScope& scope : tab.scopes()) {
        if (scope.kind == ChartScope::Kind::Agent)
            agent = scope;
    }
    QCOMPARE(agent.kind, ChartScope::Kind::Agent);
    tab.setScope(agent);
    QTRY_VERIFY(!tab.isLoading());
    QCOMPARE(charted(tab), archived(demo, tab, agent.agents.value(0)));
    QVERIFY(charted(tab) > 0);
    QTRY_COMPARE(chooser->currentText(), agent.title);

    // A minute's worth of history is no baseline.
    QVERIFY(!tab.hasBaseline());
    const auto* status = tab.findChild<QLabel*>(u"chartStatus"_s);
    QVERIFY(status && status->text().contains(u"baseline"_s));

    const QImage image = tab.grab().toImage();
    QVERIFY2(sampledColours(image).size() > 10, "the charts are blank");
    keepScreenshot(image, u"charts.png"_s);
}

void TestChartsTab::drawsTheBaselineWithHistory()
{
    // Thirty hours of history: a day and more for the baseline, six hours to chart.
    QTemporaryDir dir;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const ManualClock clock(end);
    auto workspace = simulatedArchive(dir, 30, end, clock);
    auto session = watchArchive(*workspace, clock);
    QVERIFY(session);
    ChartsTab tab(*session, 50);
    tab.resize(1000, 700);
    tab.show();
    tab.setPeriodMinutes(360);
    QTRY_VERIFY(!tab.isLoading());
    QVERIFY(tab.hasBaseline());
    QVERIFY(charted(tab) > 0);
    const auto* status = tab.findChild<QLabel*>(u"chartStatus"_s);
    QVERIFY(status && status->text().contains(u"grey band"_s));
    const QImage image = tab.grab().toImage();
    QVERIFY(sampledColours(image).size() > 10);
    keepScreenshot(image, u"charts-baseline.png"_s);
}

// Left running, the tab reads its history again each new hour: twenty hours of history are no
// band, and once the clock has moved on to where thirty hours lie behind it, the band is there.
void TestChartsTab::gainsTheBaselineAsHoursPass()
{
    QTemporaryDir dir;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    ManualClock clock(end.addSecs(-10 * 3600));
    auto workspace = simulatedArchive(dir, 30, end, clock);
    auto session = watchArchive(*workspace, clock);
    QVERIFY(session);
    ChartsTab tab(*session, 50);
    tab.show();
    QTRY_VERIFY(!tab.isLoading());
    QVERIFY(!tab.hasBaseline());
    const qint64 before = charted(tab);

    clock.advance(10 * 3600 * 1000);
    QTRY_VERIFY(tab.hasBaseline());
    QVERIFY(!tab.isLoading());
    QVERIFY(charted(tab) > 0);
    const auto* status = tab.findChild<QLabel*>(u"chartStatus"_s);
    QVERIFY(status && status->text().contains(u"grey band"_s));
    qInfo() << "calls charted before" << before << "and after" << charted(tab);
}

QTEST_MAIN(TestChartsTab)
#include "tst_chartstab.moc"
