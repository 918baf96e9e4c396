// The live table model and the attribution tree under QAbstractItemModelTester: batched appends,
// eviction before insertion, pause and follow, filters refilled from the archive and older pages.
#include "telemetrytestsupport.h"

#include "models/telemetry/archivepager.h"
#include "models/telemetry/attributionmodel.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/toolcallmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::TestSupport;
using namespace Qt::StringLiterals;

namespace {

ToolCallBatch batch(qint64 firstId, int count, const QString& human = u"alice@example.com"_s)
{
    ToolCallBatch calls;
    for (int i = 0; i < count; ++i) {
        ToolCall call;
        call.archiveId = firstId + i;
        call.source = u"gw"_s;
        call.sequence = firstId + i;
        call.startNs = (firstId + i) * 1'000'000'000;
        call.human = human;
        call.agentId = i % 2 ? u"agt-a"_s : u"agt-b"_s;
        call.credentialId = i % 2 ? u"cr-1"_s : u"cr-2"_s;
        call.conversationId = u"conv-%1"_s.arg(i % 3);
        call.toolName = i % 2 ? u"read_text_file"_s : u"write_file"_s;
        call.mcpServer = u"filesystem"_s;
        call.dataRegion = u"eu-central-1"_s;
        call.computeRegion = u"eu-west-1"_s;
        call.outcome = u"ok"_s;
        call.tokensIn = 10;
        call.tokensOut = 5;
        calls.append(call);
    }
    return calls;
}

// A workspace holding `count` archived calls of the clean scenario.
void fillArchive(ScratchWorkspace& workspace, int count)
{
    ScenarioOptions options;
    options.sandboxHosts = 0;
    options.gateways = 1;
    auto fleet = std::move(*FleetScenario::create(options));
    IngestPipeline ingest(workspace.path(), std::make_unique<BasicSecretRedactor>("k"),
                          workspace.clock());
    QVERIFY(ingest.start());
    for (qint64 s = 1; s <= count; ++s)
        ingest.submitEvent(u"gw-eu-1"_s, s, fleet->event(u"gw-eu-1"_s, s));
    QVERIFY(ingest.waitUntilIdle(60000));
}

} // namespace

class TestToolCallModel : public QObject
{
    Q_OBJECT

private slots:
    void appendsInOneBatchAndEvictsFirst()
    {
        ToolCallModel model(10);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
        QCOMPARE(model.columnCount(), int(ToolCallModel::ColumnCount));

        model.appendCalls(batch(1, 6));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 0);

        model.appendCalls(batch(7, 7));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.last().at(1).toInt(), 0);
        QCOMPARE(removed.last().at(2).toInt(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.call(0).archiveId, 4);
        QCOMPARE(model.call(9).archiveId, 13);

        model.appendCalls(batch(100, 25)); // more than the ring holds
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.call(0).archiveId, 115);
    }

    void showsTextAndRawValues()
    {
        ToolCallModel model(10);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCalls(batch(1, 1, QString()));
        const QModelIndex human = model.index(0, ToolCallModel::Human);
        QCOMPARE(human.data().toString(), u"(no human)"_s);
        QVERIFY(human.data(ToolCallModel::UnattributedRole).toBool());
        QCOMPARE(model.index(0, ToolCallModel::Time).data(ToolCallModel::SortRole).toLongLong(),
                 1'000'000'000);
        QCOMPARE(model.index(0, ToolCallModel::Tokens).data(ToolCallModel::SortRole).toLongLong(),
                 15);
        QCOMPARE(model.index(0, ToolCallModel::Time).data().toString(),
                 u"1970-01-01 00:00:01.000"_s);
    }

    void pauseHoldsAndFollowCatchesUp()
    {
        ToolCallModel model(10);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCalls(batch(1, 3));
        model.setFollowing(false);
        model.appendCalls(batch(4, 20));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.heldBack(), 10);
        QSignalSpy newest(&model, &ToolCallModel::newestChanged);
        model.setFollowing(true);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.call(9).archiveId, 23);
        QCOMPARE(newest.size(), 1);
    }

    void filterWithoutArchiveKeepsMatchingRows()
    {
        ToolCallModel model(50);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendCalls(batch(1, 10));
        ToolCallFilter filter;
        filter.setField(ToolCallFilter::Field::Tool, u"write_file"_s);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 5);
        model.appendCalls(batch(11, 10));
        QCOMPARE(model.rowCount(), 10);
    }

    void filterRefillsAndPagesFromTheArchive()
    {
        ScratchWorkspace workspace;
        fillArchive(workspace, 1500);
        ArchivePager pager(workspace.path());
        ToolCallModel model(100);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPager(&pager);

        ToolCallFilter filter;
        filter.setField(ToolCallFilter::Field::Agent, u"agt-triage"_s);
        model.setFilter(filter);
        QVERIFY(model.isLoading());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100);
        const int total = int(
            workspace.number("SELECT count(*) FROM telemetry_call WHERE agent_id = 'agt-triage'"));
        QVERIFY(total > 300);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.call(row).agentId, u"agt-triage"_s);
        QVERIFY(model.call(0).archiveId < model.call(99).archiveId);

        while (model.canFetchOlder()) {
            model.fetchOlder();
            QTRY_VERIFY(!model.isLoading());
        }
        QVERIFY(!model.isFollowing());
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(
            model.call(0).archiveId,
            workspace.number("SELECT min(id) FROM telemetry_call WHERE agent_id = 'agt-triage'"));

        model.setFollowing(true);
        QCOMPARE(model.rowCount(), 100);
    }

    void cancelledPagesAreNotApplied()
    {
        ScratchWorkspace workspace;
        fillArchive(workspace, 200);
        ArchivePager pager(workspace.path());
        QSignalSpy ready(&pager, &ArchivePager::pageReady);
        ToolCallFilter text;
        text.setText(u"read"_s);
        pager.requestPage(text, 0, 50);
        const quint64 last = pager.requestPage(ToolCallFilter{}, 0, 10);
        // The first request may have been answered before it was replaced; the newest is always
        // answered, and last.
        QTRY_VERIFY(!ready.isEmpty() && ready.last().at(0).toULongLong() == last);
        QCOMPARE(ready.last().at(1).value<ToolCallBatch>().size(), 10);
    }

    // A filter that matches little answers after the scan budget with what it found so far;
    // asking for older pages continues the scan until the archive is exhausted.
    void sparseFilterShowsPartialPagesAndContinues()
    {
        ScratchWorkspace workspace;
        fillArchive(workspace, 600);
        ArchivePager pager(workspace.path());
        pager.setScanLimits(50, 0);
        ToolCallModel model(1000);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPager(&pager);

        ToolCallFilter nothing;
        nothing.setText(u"zebra"_s);
        model.setFilter(nothing);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchOlder());
        int rounds = 0;
        while (model.canFetchOlder()) {
            model.fetchOlder();
            QTRY_VERIFY(!model.isLoading());
            ++rounds;
        }
        QVERIFY(rounds >= 5);
        QCOMPARE(model.rowCount(), 0);

        ToolCallFilter some;
        some.setField(ToolCallFilter::Field::Agent, u"agt-release"_s);
        model.setFilter(some);
        QTRY_VERIFY(!model.isLoading());
        while (model.canFetchOlder()) {
            model.fetchOlder();
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(qint64(model.rowCount()),
                 workspace.number("SELECT count(*) FROM telemetry_call WHERE agent_id = "
                                  "'agt-release'"));
    }

    void attributionTree()
    {
        AttributionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy unattributed(&model, &AttributionModel::unattributedCallsChanged);
        model.addCalls(batch(1, 6));
        model.addCalls(batch(7, 4, QString()));
        QCOMPARE(model.totalCalls(), 10);
        QCOMPARE(model.unattributedCalls(), 4);
        QCOMPARE(unattributed.last().first().toLongLong(), 4);
        QCOMPARE(model.rowCount(), 2);

        const QModelIndex alice = model.index(0, AttributionModel::Name);
        QCOMPARE(alice.data().toString(), u"alice@example.com"_s);
        QCOMPARE(
            model.index(0, AttributionModel::Calls).data(AttributionModel::SortRole).toLongLong(),
            6);
        const QModelIndex nobody = model.index(1, AttributionModel::Name);
        QCOMPARE(nobody.data().toString(), u"(no human)"_s);
        QVERIFY(nobody.data(AttributionModel::UnattributedRole).toBool());

        QCOMPARE(model.rowCount(alice), 2); // two agents, each with its own credential
        const QModelIndex agent = model.index(0, 0, alice);
        QCOMPARE(agent.data(AttributionModel::LevelRole).toInt(),
                 int(AttributionModel::Level::Agent));
        const QModelIndex conversation = model.index(0, 0, agent);
        const QModelIndex tool = model.index(0, 0, conversation);
        const QModelIndex destination = model.index(0, 0, tool);
        QCOMPARE(destination.data().toString(), u"filesystem @ eu-central-1"_s);
        QVERIFY(destination.data(AttributionModel::UnattributedRole).toBool() == false);
        QCOMPARE(model.rowCount(destination), 0);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.unattributedCalls(), 0);

        // After a clear the same calls build the same tree again, from nothing left over.
        model.addCalls(batch(1, 6));
        model.addCalls(batch(7, 4, QString()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, AttributionModel::Name)), 2);
        QCOMPARE(model.totalCalls(), 10);
    }

    void attributionStaysBounded()
    {
        AttributionModel model(40);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 30; ++i)
            model.addCalls(batch(i * 10, 10, u"human-%1"_s.arg(i)));
        QCOMPARE(model.totalCalls(), 300);
        QVERIFY(model.rowCount() < 30);
    }
};

QTEST_MAIN(TestToolCallModel)
#include "tst_toolcallmodel.moc"
