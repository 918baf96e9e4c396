// Soak run of the wall display: the demo fleet at a fast rate into the real pipeline and the
// wall, panels rotating every two seconds, for several minutes. It prints the resident memory
// once warmed up and at the end, and how many panel changes and calls it saw; the wall must not
// grow while it runs unattended.
#include "fastwall.h"
#include "residentmemory.h"

#include "models/secrets/secretscanner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 300;
    const double rate = argc > 2 ? QByteArray(argv[2]).toDouble() : 500;

    DemoWatch watch;
    const auto scanner = [](const QByteArray& key) { return std::make_unique<SecretScanner>(key); };
    if (auto started = watch.start(u"eu-data-in-us"_s, rate, scanner); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return 1;
    }
    AssessmentStore assessments(*watch.workspace);
    const auto wall = showFastWall(watch, assessments);
    watch.connectAll();

    qint64 warm = -1;
    int changes = 0;
    int lastPanel = wall->currentPanel();
    QTimer probe;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (wall->currentPanel() != lastPanel) {
            ++changes;
            lastPanel = wall->currentPanel();
        }
        if (warm < 0 && elapsed.elapsed() > 30'000)
            warm = residentKiB();
    });
    probe.start(200);
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();

    const SourceCounters totals = watch.session->pipeline().totals();
    std::printf("wall soak: %d s at %.0f events/s per source, %lld calls archived, %d panel "
                "changes\n",
                seconds, rate, totals.calls, changes);
    std::printf("resident memory: %lld KiB after 30 s, %lld KiB at the end\n", warm, residentKiB());
    return 0;
}
