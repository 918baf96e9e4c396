// The Measure page's wiring into the window.
#include "measurecontroller.h"

#include "mainwindow.h"

#include "models/assessment/assessmentstore.h"
#include "models/evaluation/deploymentlinks.h"
#include "views/evaluation/measuredcontrolswidget.h"
#include "views/evaluation/measurepage.h"

#include <QTimer>

namespace Gatehouse {

using namespace Qt::StringLiterals;

MeasureController::MeasureController(MainWindow& window, const Clock& clock, bool remembersLayout)
    : QObject(&window)
    , m_window(window)
{
    m_page = new MeasurePage(clock, window.actor());
    m_page->setRemembersLayout(remembersLayout);
    m_page->restoreLayout();
    m_window.addPage(tr("&Measure"), m_page, m_page->pageActions());
    connect(&m_window, &MainWindow::workspaceChanged, this, &MeasureController::follow);
    connect(&m_window, &MainWindow::deploymentSelected, this, &MeasureController::follow);
    connect(m_page, &MeasurePage::recorded, &m_window, &MainWindow::refreshAfterEvidence);
    follow();
}

QWidget* MeasureController::page() const
{
    return m_page;
}

void MeasureController::follow()
{
    m_page->setDeployment(m_window.workspace(), m_window.currentDeployment());
}

Result<void> MeasureController::linkDemoFleet(const ScenarioOptions& options)
{
    Workspace* workspace = m_window.workspace();
    if (!workspace)
        return {};
    auto fleet = FleetScenario::create(options);
    if (!fleet)
        return std::unexpected(fleet.error());
    auto deployments = AssessmentStore(*workspace).deployments();
    if (!deployments)
        return std::unexpected(deployments.error());
    if (deployments->isEmpty())
        return {};
    QStringList sources;
    for (const EndpointDescription& endpoint : (*fleet)->endpoints())
        sources.append(endpoint.id);
    auto linked = DeploymentLinks(*workspace)
                      .linkSources(deployments->first().id, sources, u"demo-architect"_s);
    if (linked)
        follow();
    return linked;
}

void MeasureController::evaluateAfter(int seconds)
{
    QTimer::singleShot(seconds * 1000, m_page, [this] { m_page->controls()->evaluateNow(); });
}

} // namespace Gatehouse
