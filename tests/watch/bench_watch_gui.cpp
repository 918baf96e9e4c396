// Benchmark: the watch page on a fast feed. The demo fleet serves 5,000 events a second over
// HTTPS on loopback into the real pipeline, archive and live table, shown on a (offscreen) window.
// It reports the longest gap between two turns of the GUI event loop, and the resident memory
// once the live ring is full and at the end.
#include "models/core/clock.h"
#include "models/secrets/secretscanner.h"
#include "models/telemetry/redactionkey.h"
#include "models/watch/demofleet.h"
#include "models/watch/watchsession.h"
#include "models/workspace/workspace.h"
#include "views/telemetry/watchpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

qint64 residentKiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) / 1024 : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 40;
    const double rate = 5000.0 / 4; // four endpoints

    SystemClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.gatehouse"_s);
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, clock);
    const auto key = workspace ? RedactionKey::forWorkspace(**workspace) : Result<QByteArray>{};
    if (!workspace || !key)
        return 1;
    ScenarioOptions options;
    options.rate = rate;
    options.start = clock.now();
    auto fleet = DemoFleet::start(options, clock);
    if (!fleet) {
        std::fprintf(stderr, "%s\n", qPrintable(fleet.error().message));
        return 1;
    }
    WatchSession session(path, std::make_unique<SecretScanner>(*key), clock);
    if (!session.start())
        return 1;
    WatchPage page(session);
    page.resize(1600, 1000);
    page.show();
    for (const FeedSettings& settings : (*fleet)->feedSettings())
        session.addSource(settings);

    // A zero-interval timer runs once per event-loop turn: the time between two runs is how
    // long the GUI thread was busy with something else.
    QElapsedTimer sinceStart;
    QElapsedTimer turn;
    qint64 longestGapMs = 0;
    qint64 longestGapAtMs = 0;
    qint64 memoryWhenFull = -1;
    qint64 memoryHalfway = -1;
    QTimer loop;
    loop.setInterval(0);
    QObject::connect(&loop, &QTimer::timeout, [&] {
        const qint64 gap = turn.restart();
        // The first seconds fill the ring and warm caches; gaps are counted after them.
        if (sinceStart.elapsed() > 5000 && gap > longestGapMs) {
            longestGapMs = gap;
            longestGapAtMs = sinceStart.elapsed();
        }
        if (memoryWhenFull < 0 && sinceStart.elapsed() > 10000)
            memoryWhenFull = residentKiB();
        if (memoryHalfway < 0 && sinceStart.elapsed() > seconds * 500)
            memoryHalfway = residentKiB();
    });
    sinceStart.start();
    turn.start();
    loop.start();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();

    const SourceCounters totals = session.pipeline().totals();
    std::printf("watch page at %.0f events/s offered for %d s\n", rate * 4, seconds);
    std::printf("events stored %lld (%.0f/s), calls %lld, duplicates %lld, rejects %lld, "
                "dropped %lld\n",
                totals.stored, double(totals.stored) / seconds, totals.calls, totals.duplicates,
                totals.rejects, totals.dropped);
    std::printf("longest GUI event-loop gap after warm-up: %lld ms (at %.1f s)\n", longestGapMs,
                longestGapAtMs / 1000.0);
    std::printf("resident memory: %lld KiB at 10 s (ring full), %lld KiB halfway, %lld KiB at "
                "the end\n",
                memoryWhenFull, memoryHalfway, residentKiB());
    return 0;
}
