// Retention benchmark: how fast a round deletes an archive's old telemetry, how long one step
// holds the write lock, and the ingest rate of the pipeline while a round runs beside it against
// the same archive with retention off; also what the time indexes cost ingest.
#include "models/core/clock.h"
#include "models/secrets/secretscanner.h"
#include "models/telemetry/archive.h"
#include "models/telemetry/archivepruner.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/retentionsetting.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <cstdio>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int ArchiveDays = 10;
const QString Source = u"gw-eu-1"_s;

std::unique_ptr<FleetScenario> fleet(const QDateTime& start, double rate)
{
    ScenarioOptions options;
    options.seed = 7;
    options.rate = rate;
    options.start = start;
    options.gateways = 1;
    options.sandboxHosts = 0;
    return std::move(*FleetScenario::create(options));
}

void createWorkspace(const QString& path, const Clock& clock)
{
    if (auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, clock);
        !workspace)
        qFatal("%s", qPrintable(workspace.error().message));
}

void execute(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        qFatal("%s", sqlite3_errmsg(db));
    sqlite3_close(db);
}

// Events [first, first + count) of the scenario, made before any clock starts.
QList<QByteArray> makeEvents(const FleetScenario& scenario, qint64 first, qint64 count)
{
    QList<QByteArray> events;
    events.reserve(count);
    for (qint64 s = first; s < first + count; ++s)
        events.append(scenario.event(Source, s));
    return events;
}

// Submits the events as sequences from `first`; the rate from the first submission until all is
// archived.
double ingest(IngestPipeline& pipeline, const QList<QByteArray>& events, qint64 first)
{
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < events.size(); ++i)
        pipeline.submitEvent(Source, first + i, events[i]);
    pipeline.waitUntilIdle();
    return double(events.size()) * 1e9 / double(timer.nsecsElapsed());
}

std::unique_ptr<IngestPipeline> startPipeline(const QString& path, const Clock& clock)
{
    IngestOptions options;
    options.overflow = IngestOptions::Overflow::Block;
    auto pipeline = std::make_unique<IngestPipeline>(path, std::make_unique<SecretScanner>("bench"),
                                                     clock, options);
    if (!pipeline->start())
        qFatal("pipeline did not start");
    return pipeline;
}

// `count` events spread over ArchiveDays, each day's received on that day.
void fillOld(const QString& path, ManualClock& clock, qint64 count)
{
    const QDateTime start = clock.now().addMSecs(-ArchiveDays * DayMs);
    auto old = fleet(start, double(count) / (ArchiveDays * 86400.0));
    const qint64 perDay = count / ArchiveDays;
    for (int day = 0; day < ArchiveDays; ++day) {
        ManualClock dayClock(start.addMSecs(day * DayMs));
        auto pipeline = startPipeline(path, dayClock);
        ingest(*pipeline, makeEvents(*old, 1 + day * perDay, perDay), 1 + day * perDay);
    }
}

qint64 rowsOf(const QString& path)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT (SELECT COUNT(*) FROM telemetry_call)"
                       " + (SELECT COUNT(*) FROM telemetry_event)",
                       -1, &s, nullptr);
    sqlite3_step(s);
    const qint64 rows = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return rows;
}

void setRetention(const QString& path, const Clock& clock, int days)
{
    auto workspace = Workspace::open(path, Workspace::OpenMode::Existing, clock);
    if (!workspace || !RetentionSetting::write(**workspace, days, u"bench"_s))
        qFatal("cannot set the retention");
}

// A round on its own: rows a second and the longest step, which is the longest an ingest batch
// waits for the pruner.
void pruneAlone(const QString& path, const Clock& clock)
{
    auto archive = Archive::open(path);
    if (!archive)
        qFatal("%s", qPrintable(archive.error().message));
    ArchivePruner pruner((*archive)->handle());
    QElapsedTimer round;
    round.start();
    if (!pruner.begin(clock.now()))
        qFatal("round did not start");
    qint64 longestNs = 0;
    int steps = 0;
    while (pruner.isBusy()) {
        QElapsedTimer step;
        step.start();
        if (!pruner.step())
            qFatal("step failed");
        longestNs = qMax(longestNs, step.nsecsElapsed());
        ++steps;
    }
    const double seconds = double(round.nsecsElapsed()) / 1e9;
    std::printf("prune alone: %lld rows in %d steps, %.2f s, %.0f rows/s, longest step %.1f ms\n",
                pruner.roundRows(), steps, seconds, double(pruner.roundRows()) / seconds,
                double(longestNs) / 1e6);
}

// New events into the archive while its round runs (or, with retention off, with none).
void ingestBeside(const QString& path, const Clock& clock, qint64 count, const char* label,
                  bool waitForRound)
{
    const QList<QByteArray> events =
        makeEvents(*fleet(clock.now().addSecs(-3600), double(count) / 3600.0), 1, count);
    auto pipeline = startPipeline(path, clock);
    QElapsedTimer timer;
    timer.start();
    std::atomic<qint64> roundNs{-1};
    std::atomic<qint64> rows{0};
    QObject::connect(
        pipeline.get(), &IngestPipeline::archivePruned, pipeline.get(),
        [&](qint64 n, const QDateTime&) {
            rows = n;
            roundNs = timer.nsecsElapsed();
        },
        Qt::DirectConnection);
    const double rate = ingest(*pipeline, events, 1'000'000'000);
    while (waitForRound && roundNs < 0 && timer.elapsed() < 600000)
        QThread::msleep(10);
    std::printf("%s: ingest %.0f events/s", label, rate);
    if (roundNs >= 0)
        std::printf(", round of %lld rows done after %.2f s", qint64(rows), double(roundNs) / 1e9);
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString old = dir.filePath(u"old.gatehouse"_s);
    createWorkspace(old, clock);
    fillOld(old, clock, count);
    std::printf("archive: %lld events over %d days, %lld call and event rows\n", count, ArchiveDays,
                rowsOf(old));

    // Three copies of the same file: one pruned alone, one pruned beside ingest, one kept whole.
    const QString alone = dir.filePath(u"alone.gatehouse"_s);
    const QString beside = dir.filePath(u"beside.gatehouse"_s);
    const QString kept = dir.filePath(u"kept.gatehouse"_s);
    for (const QString& copy : {alone, beside, kept})
        QFile::copy(old, copy);
    setRetention(alone, clock, 1);
    setRetention(beside, clock, 1);
    pruneAlone(alone, clock);
    ingestBeside(kept, clock, count, "retention off", false);
    ingestBeside(beside, clock, count, "pruning beside", true);

    // The time indexes of the retention migration, dropped from a fresh workspace.
    const QString fresh = dir.filePath(u"fresh.gatehouse"_s);
    const QString bare = dir.filePath(u"bare.gatehouse"_s);
    createWorkspace(fresh, clock);
    QFile::copy(fresh, bare);
    execute(bare, "DROP INDEX telemetry_event_by_time; DROP INDEX telemetry_execution_by_time;"
                  " DROP INDEX telemetry_reject_by_time; DROP INDEX telemetry_gap_by_time;"
                  " DROP INDEX telemetry_posture_by_time;");
    const QList<QByteArray> events = makeEvents(*fleet(clock.now(), 10.0), 1, count);
    for (const auto& [path, label] :
         {std::pair{bare, "without time indexes"}, std::pair{fresh, "with time indexes"}}) {
        auto pipeline = startPipeline(path, clock);
        std::printf("%s: ingest %.0f events/s into a fresh workspace\n", label,
                    ingest(*pipeline, events, 1));
    }
    return 0;
}
