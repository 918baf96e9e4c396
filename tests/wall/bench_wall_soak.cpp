// Soak run of the wall display: the demo fleet at a fast rate into the real pipeline and the
// wall, panels rotating every two seconds, for several minutes. It prints the resident memory
// once warmed up and at the end, and how many panel changes and calls it saw; the wall must not
// grow while it runs unattended.
#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/redactionkey.h"
#include "models/watch/demofleet.h"
#include "models/watch/watchsession.h"
#include "models/workspace/workspace.h"
#include "views/wall/wallwindow.h"

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
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 300;
    const double rate = argc > 2 ? QByteArray(argv[2]).toDouble() : 500;

    SystemClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soak.gatehouse"_s);
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, clock);
    const auto key = workspace ? RedactionKey::forWorkspace(**workspace) : Result<QByteArray>{};
    if (!workspace || !key)
        return 1;
    AssessmentStore assessments(**workspace);
    ScenarioOptions options;
    options.name = u"eu-data-in-us"_s;
    options.rate = rate;
    options.start = clock.now();
    auto fleet = DemoFleet::start(options, clock);
    if (!fleet)
        return 1;
    WatchSession session(path, std::make_unique<BasicSecretRedactor>(*key), clock);
    if (!session.start())
        return 1;
    WallOptions wallOptions;
    wallOptions.rotationSeconds = 2;
    wallOptions.pinSeconds = 2;
    WallWindow wall(session, &assessments, clock, wallOptions);
    wall.resize(1920, 1080);
    wall.show();
    for (const FeedSettings& settings : (*fleet)->feedSettings())
        session.addSource(settings);

    qint64 warm = -1;
    int changes = 0;
    int lastPanel = wall.currentPanel();
    QTimer probe;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (wall.currentPanel() != lastPanel) {
            ++changes;
            lastPanel = wall.currentPanel();
        }
        if (warm < 0 && elapsed.elapsed() > 30'000)
            warm = residentKiB();
    });
    probe.start(200);
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();

    const SourceCounters totals = session.pipeline().totals();
    std::printf("wall soak: %d s at %.0f events/s per source, %lld calls archived, %d panel "
                "changes\n",
                seconds, rate, totals.calls, changes);
    std::printf("resident memory: %lld KiB after 30 s, %lld KiB at the end\n", warm, residentKiB());
    return 0;
}
