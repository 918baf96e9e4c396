// Runs the "Watch" page for whichever workspace the window has open: one watch session into that
// workspace's archive, the feeds of the configured sources, and the embedded demo fleet.
#pragma once

#include "models/core/error.h"
#include "models/feed/feedsettings.h"
#include "models/telemetry/fleetscenario.h"
#include "views/wall/wallwindow.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QVBoxLayout;
class QWidget;

namespace Gatehouse {

class AssessmentStore;
class Clock;
class SecretStore;
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
    // The page the controller added to the window.
    QWidget* page() const { return m_holder; }
    // Shows the page with one of its side tabs ("map", "charts", ...) forward and returns the
    // tab; nullptr without a session or for a name the page does not know.
    QWidget* showWatchTab(const QString& name);
    // The wall display on the current session, full screen; nullptr without a session.
    QWidget* openWall(const WallOptions& options);

private:
    void connectSource();
    void editRetention();
    // Sources are remembered per workspace in the settings, without their tokens; the tokens
    // come back from the keyring, or are asked for when there is none.
    void rememberSource(const FeedSettings& settings);
    void restoreSources(const QString& workspacePath);
    void addWithStoredToken(FeedSettings settings);
    void onWorkspaceChanged(Workspace* workspace);
    Result<void> startSession(Workspace& workspace);
    void stopSession();
    // Replaces the page's content by a centred message; an empty text leaves it empty.
    void showMessage(const QString& text);

    MainWindow& m_window;
    const Clock& m_clock;
    QWidget* m_holder = nullptr;
    QVBoxLayout* m_layout = nullptr;
    std::unique_ptr<DemoFleet> m_demo;
    std::unique_ptr<WatchSession> m_session;
    WatchPage* m_page = nullptr;
    QList<FeedSettings> m_sources; // the demo fleet's
    QAction* m_connect = nullptr;
    QAction* m_wall = nullptr;
    QAction* m_retention = nullptr;
    QPointer<WallWindow> m_wallWindow;
    std::unique_ptr<AssessmentStore> m_wallAssessments;
    SecretStore* m_secrets = nullptr;
};

} // namespace Gatehouse
