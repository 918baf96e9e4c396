// Test set-up for watching the embedded demo fleet: a workspace in a temporary folder, the fleet
// served on loopback, and a watch session archiving into the workspace.
#pragma once

#include "models/core/clock.h"
#include "models/feed/sourcefeed.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/redactionkey.h"
#include "models/watch/demofleet.h"
#include "models/watch/watchsession.h"
#include "models/workspace/workspace.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

struct DemoWatch
{
    Gatehouse::SystemClock clock;
    QTemporaryDir dir;
    std::unique_ptr<Gatehouse::Workspace> workspace;
    std::unique_ptr<Gatehouse::DemoFleet> fleet;
    std::unique_ptr<Gatehouse::WatchSession> session;

    using RedactorFactory =
        std::function<std::unique_ptr<Gatehouse::SecretRedactor>(const QByteArray& key)>;

    // The redactor most tests need: the console's scanner is for the benchmarks that measure it.
    static std::unique_ptr<Gatehouse::SecretRedactor> basicRedactor(const QByteArray& key)
    {
        return std::make_unique<Gatehouse::BasicSecretRedactor>(key);
    }

    // The scenario's traffic starts a second back, so calls are due at once.
    Gatehouse::Result<void> start(const QString& scenario, double rate,
                                  const RedactorFactory& redactor = basicRedactor)
    {
        const QString path = dir.filePath(QStringLiteral("watch.gatehouse"));
        auto opened = Gatehouse::Workspace::open(
            path, Gatehouse::Workspace::OpenMode::CreateIfMissing, clock);
        if (!opened)
            return std::unexpected(opened.error());
        workspace = std::move(*opened);
        const auto key = Gatehouse::RedactionKey::forWorkspace(*workspace);
        if (!key)
            return std::unexpected(key.error());
        Gatehouse::ScenarioOptions options;
        options.name = scenario;
        options.rate = rate;
        options.start = clock.now().addSecs(-1);
        auto started = Gatehouse::DemoFleet::start(options, clock);
        if (!started)
            return std::unexpected(started.error());
        fleet = std::move(*started);
        session = std::make_unique<Gatehouse::WatchSession>(path, redactor(*key), clock);
        return session->start();
    }

    void connectAll()
    {
        for (const Gatehouse::FeedSettings& settings : fleet->feedSettings())
            session->addSource(settings);
    }

    void disconnectAll()
    {
        for (Gatehouse::SourceFeed* feed : session->sources())
            session->removeSource(feed);
    }
};
