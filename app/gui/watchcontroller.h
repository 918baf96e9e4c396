// Runs the "Watch" page for whichever workspace the window has open: one watch session into that
// workspace's archive, the feeds of the configured sources, and the embedded demo fleet.
#pragma once

#include "models/core/error.h"
#include "models/feed/feedsettings.h"
#include "models/telemetry/fleetscenario.h"

#include <QObject>

#include <memory>

class QVBoxLayout;
class QWidget;

namespace Gatehouse {

class Clock;
class DemoFleet;
class MainWindow;
class WatchPage;
class WatchSession;
class Workspace;

class WatchController final : public QObject
{
    Q_OBJECT

public:
    // Adds the Watch page to the window. The window and the clock must outlive the controller.
    WatchController(MainWindow& window, const Clock& clock);
    ~WatchController() override;

    // Serves the simulated fleet on loopback and watches it.
    Result<void> startDemoFleet(const ScenarioOptions& options);
    void showPage();

private:
    void onWorkspaceChanged(Workspace* workspace);
    void stopSession();

    MainWindow& m_window;
    const Clock& m_clock;
    QWidget* m_holder = nullptr;
    QVBoxLayout* m_layout = nullptr;
    std::unique_ptr<DemoFleet> m_demo;
    std::unique_ptr<WatchSession> m_session;
    WatchPage* m_page = nullptr;
    QList<FeedSettings> m_sources;
};

} // namespace Gatehouse
