// The ingest pipeline against a real workspace file: each event archived once whatever the
// order and repetition of submissions, rejects kept with their reasons, gaps and posture kept,
// and the GUI signal carrying every new call.
#include "telemetrytestsupport.h"

#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/redactionkey.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Gatehouse;
using namespace Gatehouse::TestSupport;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<FleetScenario> scenario(const QString& name = u"clean"_s)
{
    ScenarioOptions options;
    options.name = name;
    options.seed = 42;
    return std::move(*FleetScenario::create(options));
}

std::unique_ptr<IngestPipeline> pipeline(ScratchWorkspace& workspace, IngestOptions options = {})
{
    auto result = std::make_unique<IngestPipeline>(
        workspace.path(), std::make_unique<BasicSecretRedactor>("k"), workspace.clock(), options);
    const auto started = result->start();
    if (!started)
        qFatal("pipeline did not start: %s", qPrintable(started.error().message));
    return result;
}

} // namespace

class TestIngestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void storesEachEventOnceAcrossResendsAndReordering()
    {
        ScratchWorkspace workspace;
        auto fleet = scenario();
        auto ingest = pipeline(workspace);
        QSignalSpy batches(ingest.get(), &IngestPipeline::callsArchived);
        const QString source = u"gw-eu-1"_s;

        std::vector<qint64> order;
        for (qint64 s = 1; s <= 60; ++s)
            order.push_back(s);
        for (qint64 s = 20; s <= 40; ++s)
            order.push_back(s); // a reconnect resends what was seen
        std::shuffle(order.begin() + 30, order.end(), std::mt19937(7));
        for (const qint64 s : order)
            ingest->submitEvent(source, s, fleet->event(source, s));
        QVERIFY(ingest->waitUntilIdle(60000));

        const SourceCounters counters = ingest->counters().value(source);
        QCOMPARE(counters.received, qint64(order.size()));
        QCOMPARE(counters.stored, 60);
        QCOMPARE(counters.duplicates, 21);
        QCOMPARE(counters.lastSequence, 60);
        QCOMPARE(workspace.number("SELECT count(*) FROM telemetry_event"), 60);
        QCOMPARE(workspace.number("SELECT count(DISTINCT sequence) FROM telemetry_call"), 60);
        QCOMPARE(workspace.number("SELECT count(*) FROM telemetry_call"), 60);

        const auto signalled = [&] {
            qint64 calls = 0;
            for (const QList<QVariant>& batch : batches)
                calls += batch.first().value<ToolCallBatch>().size();
            return calls;
        };
        QTRY_COMPARE(signalled(), 60);
        const ToolCall first = batches.first().first().value<ToolCallBatch>().first();
        QVERIFY(first.archiveId > 0);
    }

    void keepsRejectsWithReasons()
    {
        ScratchWorkspace workspace;
        DecodeLimits limits;
        limits.maxPayloadBytes = 2000;
        IngestOptions options;
        options.limits = limits;
        auto ingest = pipeline(workspace, options);
        ingest->submitEvent(u"gw"_s, 1, "{not json");
        ingest->submitEvent(u"gw"_s, 2, QByteArray(3000, 'x'));
        ingest->submitEvent(u"gw"_s, 3, R"({"oops": "AKIAQYLPMN5HHHFPZAM2"})");
        ingest->submitEvent(u"gw"_s, 3, R"({"oops": "AKIAQYLPMN5HHHFPZAM2"})");
        ingest->submitReject(u"gw"_s, 0, u"no-event-id"_s);
        QVERIFY(ingest->waitUntilIdle(60000));

        const SourceCounters counters = ingest->counters().value(u"gw"_s);
        QCOMPARE(counters.rejects, 4);
        QCOMPARE(counters.duplicates, 1);
        QCOMPARE(counters.rejectReasons.value(u"malformed-json"_s), 1);
        QCOMPARE(counters.rejectReasons.value(u"oversized"_s), 1);
        QCOMPARE(counters.rejectReasons.value(u"not-a-trace-request"_s), 1);
        QCOMPARE(ingest->rejectedCount(u"gw"_s), 4);
        QCOMPARE(workspace.number("SELECT count(*) FROM telemetry_reject"), 4);
        QCOMPARE(workspace.number("SELECT size FROM telemetry_reject WHERE reason = 'oversized'"),
                 3000);
        const QByteArray head =
            workspace.text("SELECT head FROM telemetry_reject WHERE sequence = 3");
        QVERIFY(!head.contains("AKIA"));
        QVERIFY(head.contains("[REDACTED:aws-access-token:"));
    }

    void recordsGapsAndPosture()
    {
        ScratchWorkspace workspace;
        auto fleet = scenario(u"no-siem-sink"_s);
        auto ingest = pipeline(workspace);
        ingest->submitGap(u"gw-us-1"_s, 5, 9);
        ingest->submitPosture(u"gw-us-1"_s,
                              fleet->postureJson(u"gw-us-1"_s, workspace.clock().now()),
                              workspace.clock().now());
        ingest->submitPosture(u"gw-us-1"_s, "not a document", workspace.clock().now());
        QVERIFY(ingest->waitUntilIdle(60000));

        QCOMPARE(ingest->counters().value(u"gw-us-1"_s).gaps, 5);
        QCOMPARE(workspace.number("SELECT to_sequence - from_sequence FROM telemetry_gap"), 4);
        QCOMPARE(workspace.number("SELECT count(*) FROM telemetry_posture"), 1);
        QCOMPARE(workspace.number("SELECT siem_sinks FROM telemetry_posture"), 0);
        QCOMPARE(workspace.number("SELECT default_deny FROM telemetry_posture"), 1);
        QCOMPARE(ingest->counters().value(u"gw-us-1"_s).rejectReasons.value(u"bad-posture"_s), 1);
    }

    void redactsBeforeArchiving()
    {
        ScratchWorkspace workspace;
        auto fleet = scenario(u"secrets-in-output"_s);
        auto ingest = pipeline(workspace);
        for (qint64 s = 1; s <= 20; ++s)
            ingest->submitEvent(u"sbx-eu-1"_s, s, fleet->event(u"sbx-eu-1"_s, s));
        QVERIFY(ingest->waitUntilIdle(60000));
        QCOMPARE(workspace.number("SELECT count(*) FROM telemetry_execution"), 20);
        QCOMPARE(workspace.number("SELECT count(*) FROM telemetry_execution WHERE stdout LIKE "
                                  "'%AKIA%' OR stdout LIKE '%ghp\\_%' ESCAPE '\\'"),
                 0);
        QCOMPARE(workspace.number("SELECT sum(redactions) FROM telemetry_execution"), 4);
    }

    // However the writer keeps up, every event is either stored or dropped and then recorded
    // inside a gap: none vanishes silently.
    void dropsWithCountWhenFull()
    {
        ScratchWorkspace workspace;
        IngestOptions options;
        options.queueEvents = 2;
        options.batchEvents = 1;
        auto fleet = scenario();
        auto ingest = pipeline(workspace, options);
        const int total = 300;
        for (qint64 s = 1; s <= total; ++s)
            ingest->submitEvent(u"gw-eu-1"_s, s, fleet->event(u"gw-eu-1"_s, s));
        QVERIFY(ingest->waitUntilIdle(60000));
        const SourceCounters counters = ingest->counters().value(u"gw-eu-1"_s);
        QCOMPARE(counters.stored + counters.dropped, total);
        QCOMPARE(workspace.number("SELECT coalesce(sum(to_sequence - from_sequence + 1), 0)"
                                  " FROM telemetry_gap WHERE reason = 'dropped-backlog-full'"),
                 counters.dropped);
    }

    void redactionKeyIsMadeOnceAndKept()
    {
        ScratchWorkspace workspace;
        auto opened =
            Workspace::open(workspace.path(), Workspace::OpenMode::Existing, workspace.clock());
        QVERIFY(opened);
        const auto first = RedactionKey::forWorkspace(**opened);
        const auto second = RedactionKey::forWorkspace(**opened);
        QVERIFY(first && second);
        QCOMPARE(first->size(), 32);
        QCOMPARE(*first, *second);
    }

    void refusesAWorkspaceWithoutTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.sqlite"_s);
        sqlite3* db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "CREATE TABLE x (y)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        IngestPipeline ingest(path, std::make_unique<BasicSecretRedactor>("k"), clock);
        const auto started = ingest.start();
        QVERIFY(!started);
        QVERIFY(started.error().message.contains(u"telemetry"_s));
    }
};

QTEST_GUILESS_MAIN(TestIngestPipeline)
#include "tst_ingestpipeline.moc"
