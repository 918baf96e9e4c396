// How long the Charts tab waits for the archive: ChartHistory::load on an existing workspace for
// all calls over the last 1, 6 and 24 hours (each read also scans 35 days of hourly history for
// the baseline). Prints the rows counted and the time of each read.
#include "models/core/clock.h"
#include "models/wall/charthistory.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_chart_history WORKSPACE\n");
        return 2;
    }
    SystemClock clock;
    auto workspace = Workspace::open(QString::fromLocal8Bit(argv[1]),
                                     Workspace::OpenMode::AnotherConnection, clock);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message));
        return 1;
    }
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
