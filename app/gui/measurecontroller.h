// Adds the "Measure" page to the window and keeps it on the workspace the window has open and
// the deployment selected on the Assess page.
#pragma once

#include "models/core/error.h"
#include "models/telemetry/fleetscenario.h"

#include <QObject>

class QWidget;

namespace Gatehouse {

class Clock;
class MainWindow;
class MeasurePage;

class MeasureController final : public QObject
{
    Q_OBJECT

public:
    // The window and the clock must outlive the controller. Without remembering, the page's
    // layout is neither restored nor saved (for screenshots and tests).
    MeasureController(MainWindow& window, const Clock& clock, bool remembersLayout);

    // The page the controller added to the window.
    QWidget* page() const;
    // Links the simulated fleet's gateways and sandbox hosts to the demo's first deployment, so
    // the demo has something to measure.
    Result<void> linkDemoFleet(const ScenarioOptions& options);
    // Evaluates the selected deployment once, after the demo fleet had time to send some calls.
    void evaluateAfter(int seconds);

private:
    void follow();

    MainWindow& m_window;
    MeasurePage* m_page = nullptr;
};

} // namespace Gatehouse
