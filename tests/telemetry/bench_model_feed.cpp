// GUI-thread responsiveness benchmark without widgets: simulated events at a fixed rate through
// the ingest pipeline into the live table model and the attribution tree, measuring the longest
// gap between event-loop turns and the resident memory once the ring is full and at the end.
#include "residentmemory.h"

#include "models/core/clock.h"
#include "models/secrets/secretscanner.h"
#include "models/telemetry/attributionmodel.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/otlpdecoder.h"
#include "models/telemetry/toolcallmodel.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rate = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const int seconds = argc > 2 ? QByteArray(argv[2]).toInt() : 30;
    const qsizetype ring = 20000;
    SystemClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"feed.gatehouse"_s);
    if (!Workspace::open(path, Workspace::OpenMode::CreateIfMissing, clock))
        qFatal("no workspace");

    ScenarioOptions options;
    options.gateways = 1;
    options.sandboxHosts = 0;
    auto fleet = std::move(*FleetScenario::create(options));
    // The models' own cost, on an idle event loop: 60,000 decoded calls in batches of 725.
    double tableUs = 0;
    double attributionUs = 0;
    {
        OtlpDecoder decoder;
        ToolCallBatch calls;
        for (qint64 s = 1; s <= 60000; ++s)
            calls.append(decoder.decode(u"gw-eu-1"_s, s, fleet->event(u"gw-eu-1"_s, s))->calls);
        ToolCallModel table(ring);
        AttributionModel attribution;
        QElapsedTimer timer;
        for (qsizetype i = 0; i + 725 <= calls.size(); i += 725) {
            const ToolCallBatch batch = calls.mid(i, 725);
            timer.start();
            table.appendCalls(batch);
            tableUs += double(timer.nsecsElapsed()) / 1000;
            timer.start();
            attribution.addCalls(batch);
            attributionUs += double(timer.nsecsElapsed()) / 1000;
        }
        tableUs /= double(calls.size());
        attributionUs /= double(calls.size());
    }
    IngestPipeline pipeline(path, std::make_unique<SecretScanner>("bench"), clock);
    if (!pipeline.start())
        qFatal("pipeline did not start");
    ToolCallModel table(ring);
    AttributionModel attribution;
    // What the GUI thread spends on each batch, apart from waiting to be scheduled.
    qint64 longestBatchUs = 0;
    qsizetype largestBatch = 0;
    QObject::connect(&pipeline, &IngestPipeline::callsArchived, &table,
                     [&](const ToolCallBatch& calls) {
                         QElapsedTimer handling;
                         handling.start();
                         table.appendCalls(calls);
                         attribution.addCalls(calls);
                         longestBatchUs = qMax(longestBatchUs, handling.nsecsElapsed() / 1000);
                         largestBatch = qMax(largestBatch, calls.size());
                     });

    // The feed runs on its own thread, as a network feed would, paced in 10 ms steps.
    std::atomic<bool> stop = false;
    std::thread feed([&] {
        QElapsedTimer paced;
        paced.start();
        qint64 sent = 0;
        while (!stop) {
            const qint64 due = paced.elapsed() * rate / 1000;
            for (; sent < due; ++sent)
                pipeline.submitEvent(u"gw-eu-1"_s, sent + 1, fleet->event(u"gw-eu-1"_s, sent + 1));
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });

    QElapsedTimer sinceTurn;
    sinceTurn.start();
    qint64 longestGapMs = 0;
    qint64 ringFullKiB = -1;
    QTimer turn;
    turn.setInterval(0);
    QObject::connect(&turn, &QTimer::timeout, [&] {
        longestGapMs = qMax(longestGapMs, sinceTurn.restart());
        if (ringFullKiB < 0 && table.rowCount() == ring)
            ringFullKiB = residentKiB();
    });
    const qint64 startKiB = residentKiB();
    turn.start();
    qint64 halfwayKiB = -1;
    QTimer::singleShot(seconds * 500, &app, [&] { halfwayKiB = residentKiB(); });
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    stop = true;
    feed.join();
    const qint64 endKiB = residentKiB();
    pipeline.stop();

    const SourceCounters totals = pipeline.totals();
    std::printf("feed: %d events/s for %d s; %lld stored, %lld dropped; table %d rows (ring %lld)"
                ", attribution %lld calls\n",
                rate, seconds, totals.stored, totals.dropped, table.rowCount(), qint64(ring),
                attribution.totalCalls());
    std::printf("models alone: %.2f us a call in the table, %.2f us in the attribution tree\n",
                tableUs, attributionUs);
    std::printf("longest gap between event-loop turns: %lld ms (target < 50 ms)\n", longestGapMs);
    std::printf("longest handling of one batch in the models: %lld us (largest batch %lld calls)\n",
                longestBatchUs, qint64(largestBatch));
    std::printf("resident memory: start %lld KiB, ring full %lld KiB, halfway %lld KiB, end %lld "
                "KiB; attribution nodes capped at %d\n",
                startKiB, ringFullKiB, halfwayKiB, endKiB, 20000);
    return 0;
}
