// Telemetry retention against a real workspace file: a round deletes exactly the rows older
// than the cut in every archive table, keeps the rollup 35 days, evidence and drills always, and
// runs inside a live pipeline without losing what is archived meanwhile.
#include "telemetrytestsupport.h"

#include "models/telemetry/archive.h"
#include "models/telemetry/archivepruner.h"
#include "models/telemetry/archivestatistics.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/retentionsetting.h"

#include <QSignalSpy>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::TestSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

// Each archive table with the condition that makes one of its rows older than a cut.
struct TimedTable
{
    const char* table;
    QString olderThan(const QDateTime& cut) const
    {
        const qint64 ms = cut.toMSecsSinceEpoch();
        const QString name = QString::fromLatin1(table);
        if (name == "telemetry_call"_L1 || name == "telemetry_execution"_L1)
            return u"start_ns < %1"_s.arg(ms * 1000000);
        if (name == "telemetry_gap"_L1)
            return u"recorded_ms < %1"_s.arg(ms);
        if (name == "telemetry_posture"_L1)
            return u"fetched_at < '%1'"_s.arg(toIsoUtc(cut));
        return u"received_ms < %1"_s.arg(ms);
    }
};

const TimedTable Tables[] = {{"telemetry_call"},   {"telemetry_execution"}, {"telemetry_event"},
                             {"telemetry_reject"}, {"telemetry_gap"},       {"telemetry_posture"}};

qint64 count(const ScratchWorkspace& workspace, const QString& sql)
{
    return workspace.number(sql.toUtf8().constData());
}

qint64 rows(const ScratchWorkspace& workspace, const TimedTable& t, const QString& condition)
{
    return count(workspace, u"SELECT COUNT(*) FROM %1 WHERE %2"_s.arg(QString::fromLatin1(t.table),
                                                                      condition));
}

void execute(const ScratchWorkspace& workspace, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(workspace.path().toUtf8().constData(), &db);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
}

std::unique_ptr<IngestPipeline> startPipeline(ScratchWorkspace& workspace)
{
    auto pipeline = std::make_unique<IngestPipeline>(
        workspace.path(), std::make_unique<BasicSecretRedactor>("k"), workspace.clock());
    if (!pipeline->start())
        qFatal("pipeline did not start");
    return pipeline;
}

std::unique_ptr<FleetScenario> fleet(const QDateTime& start, double rate)
{
    ScenarioOptions options;
    options.seed = 3;
    options.rate = rate;
    options.start = start;
    options.gateways = 1;
    options.sandboxHosts = 1;
    return std::move(*FleetScenario::create(options));
}

// `days` of calls, executions, rejects, gaps and postures received as they happened, `perHour`
// events an endpoint; the clock ends at the end. A source that went away left one posture only.
void fill(ScratchWorkspace& workspace, int days, int perHour)
{
    ManualClock& clock = workspace.clock();
    const QDateTime start = clock.now();
    auto scenario = fleet(start, perHour / 3600.0);
    auto pipeline = startPipeline(workspace);
    const QList<EndpointDescription> endpoints = scenario->endpoints();
    pipeline->submitPosture(u"gw-gone-1"_s, scenario->postureJson(endpoints[0].id, start), start);
    for (qint64 sequence = 1; sequence <= qint64(days) * 24 * perHour; ++sequence) {
        const QDateTime at = scenario->eventTime(sequence);
        clock.set(at);
        for (const EndpointDescription& endpoint : endpoints) {
            pipeline->submitEvent(endpoint.id, sequence, scenario->event(endpoint.id, sequence));
            if (sequence % 5 == 0)
                pipeline->submitReject(endpoint.id, 0, u"test"_s);
            if (sequence % 7 == 0)
                pipeline->submitGap(endpoint.id, sequence * 100, sequence * 100 + 1);
            if (sequence % 3 == 0)
                pipeline->submitPosture(endpoint.id, scenario->postureJson(endpoint.id, at), at);
        }
    }
    QVERIFY(pipeline->waitUntilIdle(60000));
    clock.set(start.addMSecs(qint64(days) * DayMs));
}

void setRetention(ScratchWorkspace& workspace, int days)
{
    auto opened =
        Workspace::open(workspace.path(), Workspace::OpenMode::Existing, workspace.clock());
    QVERIFY(opened);
    QVERIFY(RetentionSetting::write(**opened, days, u"ana"_s));
}

} // namespace

class TestArchivePruner : public QObject
{
    Q_OBJECT

private slots:
    void prunesExactlyTheOlderRows_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("rowsPerStep");
        QTest::newRow("one day, big steps") << 1 << 2000;
        QTest::newRow("three days, small steps") << 3 << 7;
        QTest::newRow("longer than the archive") << 10 << 2000;
    }

    void prunesExactlyTheOlderRows()
    {
        QFETCH(int, days);
        QFETCH(int, rowsPerStep);
        ScratchWorkspace workspace;
        fill(workspace, 5, 6);
        const QDateTime now = workspace.clock().now();
        const QDateTime cut = now.addMSecs(-qint64(days) * DayMs);
        addUntouchables(workspace, now);
        setRetention(workspace, days);

        QHash<QString, qint64> newer;
        qint64 older = 0;
        for (const TimedTable& t : Tables) {
            newer[QString::fromLatin1(t.table)] = rows(workspace, t, u"NOT "_s + t.olderThan(cut));
            older += rows(workspace, t, t.olderThan(cut));
            if (days < 5)
                QVERIFY2(rows(workspace, t, t.olderThan(cut)) > 0, t.table);
        }
        const qint64 minutes = count(workspace, u"SELECT COUNT(*) FROM telemetry_minute"_s);

        auto archive = Archive::open(workspace.path());
        QVERIFY(archive);
        ArchivePruner pruner((*archive)->handle(), rowsPerStep);
        const auto deleted = pruner.pruneAll(now);
        QVERIFY(deleted);

        const qint64 goneKept = days < 5 ? 1 : 0; // older than the cut, yet its source's newest
        for (const TimedTable& t : Tables) {
            const bool posture = QLatin1StringView(t.table) == "telemetry_posture"_L1;
            QCOMPARE(rows(workspace, t, t.olderThan(cut)), posture ? goneKept : 0);
            QCOMPARE(rows(workspace, t, u"NOT "_s + t.olderThan(cut)),
                     newer[QString::fromLatin1(t.table)]);
        }
        // The gone source's only posture is kept; the 50-day-old minute goes, the 20-day one
        // stays whatever the retention.
        QCOMPARE(count(workspace, u"SELECT COUNT(*) FROM telemetry_posture"
                                  " WHERE source = 'gw-gone-1'"_s),
                 1);
        QCOMPARE(*deleted, older - goneKept + 1);
        QCOMPARE(count(workspace, u"SELECT COUNT(*) FROM telemetry_minute"_s), minutes - 1);
        QCOMPARE(count(workspace, u"SELECT COUNT(*) FROM telemetry_minute WHERE source = 'old'"_s),
                 1);
        QCOMPARE(count(workspace, u"SELECT COUNT(*) FROM evidence"_s), 1);
        QCOMPARE(count(workspace, u"SELECT COUNT(*) FROM telemetry_drill"_s), 1);
    }

    void isANoOpWhenRetentionIsOff()
    {
        ScratchWorkspace workspace;
        fill(workspace, 2, 6);
        workspace.clock().advance(30 * DayMs);
        const QString all = u"SELECT (SELECT COUNT(*) FROM telemetry_call)"
                            " + (SELECT COUNT(*) FROM telemetry_event)"
                            " + (SELECT COUNT(*) FROM telemetry_posture)"
                            " + (SELECT COUNT(*) FROM telemetry_minute)"_s;
        const qint64 before = count(workspace, all);
        auto archive = Archive::open(workspace.path());
        QVERIFY(archive);
        ArchivePruner pruner((*archive)->handle());
        QVERIFY(pruner.begin(workspace.clock().now()));
        QVERIFY(!pruner.isBusy());
        QCOMPARE(*pruner.pruneAll(workspace.clock().now()), 0);
        QCOMPARE(count(workspace, all), before);
    }

    void settingIsAudited()
    {
        ScratchWorkspace workspace;
        auto opened =
            Workspace::open(workspace.path(), Workspace::OpenMode::Existing, workspace.clock());
        QVERIFY(opened);
        Workspace& w = **opened;
        QCOMPARE(*RetentionSetting::read(w), RetentionSetting::Off);

        QVERIFY(RetentionSetting::write(w, 30, u"ana"_s));
        QCOMPARE(*RetentionSetting::read(w), 30);
        QCOMPARE(workspace.text("SELECT actor || ' ' || action || ' ' || details FROM audit_log"
                                " ORDER BY sequence DESC LIMIT 1"),
                 QByteArray(R"(ana workspace.set-retention {"days":30,"previous":0})"));

        QVERIFY(RetentionSetting::write(w, RetentionSetting::Off, u"ben"_s));
        QCOMPARE(*RetentionSetting::read(w), RetentionSetting::Off);
        QCOMPARE(workspace.number("SELECT COUNT(*) FROM meta WHERE key LIKE 'telemetry.%'"), 0);
        QCOMPARE(workspace.text("SELECT actor || ' ' || details FROM audit_log"
                                " ORDER BY sequence DESC LIMIT 1"),
                 QByteArray(R"(ben {"days":0,"previous":30})"));
    }

    void refusesDaysOutOfRange_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("negative") << -1;
        QTest::newRow("ten years and a day") << 3651;
    }

    void refusesDaysOutOfRange()
    {
        QFETCH(int, days);
        ScratchWorkspace workspace;
        auto opened =
            Workspace::open(workspace.path(), Workspace::OpenMode::Existing, workspace.clock());
        QVERIFY(opened);
        const qint64 entries = workspace.number("SELECT COUNT(*) FROM audit_log");
        const auto written = RetentionSetting::write(**opened, days, u"ana"_s);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(workspace.number("SELECT COUNT(*) FROM audit_log"), entries);
    }

    void prunesWhileIngestGoesOn()
    {
        ScratchWorkspace workspace;
        fill(workspace, 3, 60);
        const QDateTime now = workspace.clock().now();
        const QDateTime cut = now.addMSecs(-DayMs);
        setRetention(workspace, 1);
        const TimedTable& calls = Tables[0];
        const qint64 kept = rows(workspace, calls, u"NOT "_s + calls.olderThan(cut));
        QVERIFY(rows(workspace, calls, calls.olderThan(cut)) > 2000); // more than one step

        auto pipeline = startPipeline(workspace);
        QSignalSpy rounds(pipeline.get(), &IngestPipeline::archivePruned);
        auto recent = fleet(now.addSecs(-1800), 1.0);
        for (qint64 sequence = 1; sequence <= 1500; ++sequence) {
            for (const EndpointDescription& endpoint : recent->endpoints())
                pipeline->submitEvent(endpoint.id, 1000000 + sequence,
                                      recent->event(endpoint.id, sequence));
        }
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 60000);
        QVERIFY(pipeline->waitUntilIdle(60000));
        QVERIFY(rounds.at(0).at(0).toLongLong() > 0);
        QCOMPARE(rounds.at(0).at(1).toDateTime(), cut);

        QCOMPARE(rows(workspace, calls, calls.olderThan(cut)), 0);
        QCOMPARE(rows(workspace, calls, u"NOT "_s + calls.olderThan(cut)),
                 kept + pipeline->totals().calls);
        QCOMPARE(pipeline->totals().stored, 3000);

        // The next round comes a minute later by the clock.
        workspace.clock().advance(61000);
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 2, 30000);
        QCOMPARE(rounds.at(1).at(1).toDateTime(), cut.addMSecs(61000));
    }

private:
    // Evidence, a drill marker and two old minutes of the rollup, none of them archive rows
    // that the retention may take before their time.
    static void addUntouchables(ScratchWorkspace& workspace, const QDateTime& now)
    {
        const qint64 ms = now.toMSecsSinceEpoch();
        const QByteArray sql =
            u"INSERT INTO deployment (name, created_at, created_by) VALUES ('d', '', 'ana');"
            " INSERT INTO evidence (deployment_id, control, kind, title, size, sha256,"
            " collected_at, added_at, added_by) VALUES (1, 'kill-switch', 'measured', 't', 0,"
            " '', '2020-01-01', '2020-01-01', 'ana');"
            " INSERT INTO telemetry_drill (source, sequence, span_index, at_ns, drill_id,"
            " agent_id, phase) VALUES ('gw', 1, 0, 0, 'd', 'a', 'start');"
            " INSERT INTO telemetry_minute VALUES (%1, 'old', 'a', 1, 0, 0, 0, ''),"
            " (%2, 'old', 'a', 1, 0, 0, 0, '');"_s.arg(ms - 50 * DayMs)
                .arg(ms - 20 * DayMs)
                .toUtf8();
        execute(workspace, sql.constData());
    }
};

QTEST_GUILESS_MAIN(TestArchivePruner)
#include "tst_archivepruner.moc"
