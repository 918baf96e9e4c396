// How long the Charts tab waits for the archive: ChartHistory::load on an existing workspace for
// all calls over the last 1, 6 and 24 hours (each read also takes 35 days of hourly history for
// the baseline). Prints the calls charted and the time of each read. With --fill it first makes
// such a workspace: a busy day of calls through the archive writer, after 35 quiet days.
#include "models/core/clock.h"
#include "models/telemetry/archive.h"
#include "models/wall/charthistory.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DayNs = 86'400'000'000'000;
// The end of the filled traffic, fixed so that two fills are the same archive.
constexpr qint64 EndNs = 1'764'590'400'000'000'000; // 2025-12-01 12:00 UTC

// A call of the demo fleet's shape: four agents, each through its own pair of four sources.
ToolCall fleetCall(qint64 index, qint64 startNs)
{
    static const QStringList agents{u"agt-triage"_s, u"agt-research"_s, u"agt-release"_s,
                                    u"agt-reporting"_s};
    static const QStringList sources{u"gw-eu-1"_s, u"gw-us-1"_s, u"sbx-eu-1"_s, u"sbx-us-1"_s};
    ToolCall call;
    call.source = sources.at((index % 4 + index / 4 % 2) % 4);
    call.sequence = index + 1;
    call.agentId = agents.at(index % 4);
    call.startNs = startNs;
    call.durationNs = 1'000'000 + (index * 7'919) % 400'000'000;
    call.tokensIn = index % 300;
    call.tokensOut = index % 120;
    call.outcome = index % 50 == 0 ? u"denied"_s : u"ok"_s;
    call.toolName = u"search"_s;
    call.traceId = u"%1"_s.arg(index, 32, 16, QChar(u'0'));
    return call;
}

// `busy` calls spread over the last day, after one a minute over the 35 days before it, stored
// through the archive writer 2,000 calls a transaction.
int fill(const QString& path, qint64 busy)
{
    SystemClock clock;
    if (auto created = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, clock);
        !created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    auto archive = Archive::open(path);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(archive.error().message));
        return 1;
    }
    const qint64 quiet = ChartHistory::HistoryDays * 1440;
    const qint64 total = quiet + busy;
    QElapsedTimer timer;
    timer.start();
    ArchiveBatch batch;
    for (qint64 i = 0; i < total; ++i) {
        const qint64 startNs = i < quiet
                                   ? EndNs - DayNs - (quiet - i) * 60'000'000'000
                                   : EndNs - DayNs + (i - quiet) * (DayNs / qMax<qint64>(1, busy));
        ArchivedEvent event;
        event.source = u"bench"_s;
        event.sequence = i + 1;
        event.records.calls.append(fleetCall(i, startNs));
        batch.events.append(event);
        if (batch.events.size() == 2000 || i + 1 == total) {
            if (auto written = (*archive)->write(batch); !written) {
                std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
                return 1;
            }
            batch = ArchiveBatch{};
        }
    }
    std::printf("filled: %lld calls in %.1f s\n", total, double(timer.elapsed()) / 1000);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args.at(0) == "--fill"_L1) {
        if (const int failed = fill(args.at(2), args.at(1).toLongLong()))
            return failed;
    } else if (args.size() != 1) {
        std::fprintf(stderr, "usage: bench_chart_history [--fill CALLS] WORKSPACE\n");
        return 2;
    }
    SystemClock clock;
    QElapsedTimer opening;
    opening.start();
    // An archive of an older schema is migrated here, the rollup filled from its calls.
    auto workspace = Workspace::open(args.last(), Workspace::OpenMode::AnotherConnection, clock);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message));
        return 1;
    }
    std::printf("opened in %lld ms\n", opening.elapsed());
    QSqlQuery count((*workspace)->database());
    count.exec(u"SELECT count(*), max(start_ns) FROM telemetry_call"_s);
    count.next();
    const qint64 newestMs = count.value(1).toLongLong() / 1'000'000;
    std::printf("archive: %lld calls\n", count.value(0).toLongLong());
    for (const int minutes : {60, 360, 1440}) {
        QElapsedTimer timer;
        timer.start();
        const auto loaded = ChartHistory::load(**workspace, ChartScope::all(), minutes, newestMs);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
            return 1;
        }
        qint64 calls = 0;
        for (const MinutePoint& point : loaded->series.points())
            calls += point.calls;
        std::printf("last %4d min: %lld calls charted, %.1f days of baseline history, %lld ms\n",
                    minutes, calls, loaded->baseline.coverageDays(), timer.elapsed());
    }
    return 0;
}
