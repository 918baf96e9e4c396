// Benchmark: the watch page on a fast feed. The demo fleet serves 5,000 events a second over
// HTTPS on loopback into the real pipeline, archive and live table, shown on a (offscreen) window.
// It reports the longest gap between two turns of the GUI event loop, and the resident memory
// once the live ring is full and at the end.
#include "demowatch.h"
#include "residentmemory.h"

#include "models/secrets/secretscanner.h"
#include "views/telemetry/watchpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 40;
    const double rate = 5000.0 / 4; // four endpoints

    DemoWatch watch;
    const auto scanner = [](const QByteArray& key) { return std::make_unique<SecretScanner>(key); };
    if (auto started = watch.start(u"clean"_s, rate, scanner); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return 1;
    }
    WatchPage page(*watch.session);
    page.resize(1600, 1000);
    page.show();
    watch.connectAll();

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

    const SourceCounters totals = watch.session->pipeline().totals();
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
