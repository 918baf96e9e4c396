// The embedded demo: a simulated fleet of gateways and sandbox hosts served over HTTPS on
// loopback from its own thread, with a certificate authority and a bearer token made for it.
#pragma once

#include "models/core/clock.h"
#include "models/core/error.h"
#include "models/feed/feedsettings.h"
#include "models/telemetry/fleetscenario.h"

#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace Gatehouse {

class FleetServer;

class DemoFleet
{
public:
    // The clock must outlive the fleet and be safe to read from another thread.
    static Result<std::unique_ptr<DemoFleet>> start(const ScenarioOptions& options,
                                                    const Clock& clock);
    ~DemoFleet();
    DemoFleet(const DemoFleet&) = delete;
    DemoFleet& operator=(const DemoFleet&) = delete;

    // One feed per endpoint, trusting the fleet's CA and carrying its token.
    QList<FeedSettings> feedSettings() const;
    const FleetScenario& scenario() const { return *m_scenario; }
    QString caFile() const;
    quint16 port() const { return m_port; }

private:
    DemoFleet() = default;

    QTemporaryDir m_dir;
    QByteArray m_token;
    quint16 m_port = 0;
    std::unique_ptr<FleetScenario> m_scenario;
    QThread m_thread;
    FleetServer* m_server = nullptr; // lives in m_thread
    QList<QUrl> m_endpointUrls;
};

} // namespace Gatehouse
