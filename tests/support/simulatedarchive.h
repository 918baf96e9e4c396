// Test set-up: a workspace whose archive holds some hours of the simulated fleet's traffic (one
// event a minute per endpoint) ending at a given time, ingested through the real pipeline.
#pragma once

#include "models/core/clock.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/redactionkey.h"
#include "models/workspace/workspace.h"

#include <QTemporaryDir>

#include <memory>

inline std::unique_ptr<Gatehouse::Workspace> simulatedArchive(const QTemporaryDir& dir, int hours,
                                                              const QDateTime& end,
                                                              const Gatehouse::Clock& clock)
{
    using namespace Gatehouse;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("charts.gatehouse")),
                                     Workspace::OpenMode::CreateIfMissing, clock);
    if (!workspace)
        qFatal("%s", qPrintable(workspace.error().message));
    ScenarioOptions options;
    options.rate = 1.0 / 60;
    options.start = end.addSecs(-hours * 3600);
    const auto fleet = std::move(*FleetScenario::create(options));
    IngestOptions ingest;
    ingest.overflow = IngestOptions::Overflow::Block;
    const auto key = RedactionKey::forWorkspace(**workspace);
    IngestPipeline pipeline((*workspace)->path(), std::make_unique<BasicSecretRedactor>(*key),
                            clock, ingest);
    if (!pipeline.start())
        qFatal("the pipeline did not start");
    const qint64 events = fleet->dueSequence(end.addMSecs(-1));
    for (const EndpointDescription& endpoint : fleet->endpoints()) {
        for (qint64 s = 1; s <= events; ++s)
            pipeline.submitEvent(endpoint.id, s, fleet->event(endpoint.id, s));
    }
    pipeline.waitUntilIdle();
    pipeline.stop();
    return std::move(*workspace);
}
