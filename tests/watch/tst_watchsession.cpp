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

#include "demowatch.h"
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
    DemoWatch demo;
    QVERIFY_RESULT(demo.start(u"unattributed-calls"_s, 50));
    SourceListModel sources(*demo.session, 100);
    QAbstractItemModelTester tester(&sources,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy archived(&demo.session->pipeline(), &IngestPipeline::callsArchived);
    demo.connectAll();
    QCOMPARE(sources.rowCount(), demo.fleet->scenario().endpoints().size());

    QTRY_VERIFY_WITH_TIMEOUT(archived.count() > 3, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        sources.index(0, SourceListModel::StateColumn).data(SourceListModel::StateRole).toInt(),
        int(FeedState::Streaming), 10000);
    QCOMPARE(sources.unhealthyCount(), 0);

    demo.disconnectAll();
    QVERIFY(demo.session->pipeline().waitUntilIdle(30000));
    QSqlQuery query(demo.workspace->database());
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
