// Watching the embedded demo fleet end to end: real HTTPS on loopback, the real feeds and the
// real pipeline into a workspace; every served event lands in the archive once.
#include "models/core/clock.h"
#include "models/feed/sourcefeed.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/redactionkey.h"
#include "models/watch/demofleet.h"
#include "models/watch/sourcelistmodel.h"
#include "models/watch/watchsession.h"
#include "models/workspace/workspace.h"

#include "resultcheck.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestWatchSession : public QObject
{
    Q_OBJECT

private slots:
    void demoFleetFlowsIntoTheArchiveOnce();
};

void TestWatchSession::demoFleetFlowsIntoTheArchiveOnce()
{
    SystemClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"watch.gatehouse"_s);
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, clock);
    QVERIFY_RESULT(workspace);
    const auto key = RedactionKey::forWorkspace(**workspace);
    QVERIFY_RESULT(key);

    ScenarioOptions options;
    options.name = u"unattributed-calls"_s;
    options.rate = 50;
    options.start = clock.now().addSecs(-2);
    auto fleet = DemoFleet::start(options, clock);
    QVERIFY_RESULT(fleet);

    WatchSession session(path, std::make_unique<BasicSecretRedactor>(*key), clock);
    QVERIFY_RESULT(session.start());
    SourceListModel sources(session, 100);
    QAbstractItemModelTester tester(&sources,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy archived(&session.pipeline(), &IngestPipeline::callsArchived);
    for (const FeedSettings& settings : (*fleet)->feedSettings())
        session.addSource(settings);
    QCOMPARE(sources.rowCount(), (*fleet)->scenario().endpoints().size());

    QTRY_VERIFY_WITH_TIMEOUT(archived.count() > 3, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        sources.index(0, SourceListModel::StateColumn).data(SourceListModel::StateRole).toInt(),
        int(FeedState::Streaming), 10000);
    QCOMPARE(sources.unhealthyCount(), 0);

    for (SourceFeed* feed : session.sources())
        session.removeSource(feed);
    QVERIFY(session.pipeline().waitUntilIdle(30000));
    QSqlQuery query((*workspace)->database());
    QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT source || ':' || sequence)"
                       " FROM telemetry_event"_s));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toLongLong() > 0);
    QCOMPARE(query.value(0).toLongLong(), query.value(1).toLongLong());
    QVERIFY(query.exec(u"SELECT count(*) FROM telemetry_call WHERE human = ''"_s) && query.next());
    QVERIFY2(query.value(0).toLongLong() > 0, "the scenario's unattributed calls arrive");
}

QTEST_GUILESS_MAIN(TestWatchSession)
#include "tst_watchsession.moc"
