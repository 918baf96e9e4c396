// Creating and replacing the watch session as workspaces open and close.
#include "watchcontroller.h"

#include "mainwindow.h"

#include "models/secrets/secretscanner.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/redactionkey.h"
#include "models/watch/demofleet.h"
#include "models/watch/watchsession.h"
#include "views/telemetry/watchpage.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

WatchController::WatchController(MainWindow& window, const Clock& clock)
    : QObject(&window)
    , m_window(window)
    , m_clock(clock)
{
    m_holder = new QWidget;
    m_holder->setObjectName(u"watchHolder"_s);
    m_layout = new QVBoxLayout(m_holder);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_window.addPage(tr("&Watch"), m_holder, {});
    connect(&m_window, &MainWindow::workspaceChanged, this, &WatchController::onWorkspaceChanged);
    onWorkspaceChanged(m_window.workspace());
}

WatchController::~WatchController()
{
    stopSession();
}

Result<void> WatchController::startDemoFleet(const ScenarioOptions& options)
{
    auto fleet = DemoFleet::start(options, m_clock);
    if (!fleet)
        return std::unexpected(fleet.error());
    m_demo = std::move(*fleet);
    m_sources = m_demo->feedSettings();
    onWorkspaceChanged(m_window.workspace());
    return {};
}

void WatchController::showPage()
{
    if (auto* tabs = m_holder->parentWidget() ? qobject_cast<QTabWidget*>(
                         m_holder->parentWidget()->parentWidget())
                                              : nullptr)
        tabs->setCurrentWidget(m_holder);
}

void WatchController::stopSession()
{
    delete m_page;
    m_page = nullptr;
    m_session.reset();
}

void WatchController::onWorkspaceChanged(Workspace* workspace)
{
    stopSession();
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto key = workspace ? RedactionKey::forWorkspace(*workspace)
                               : Result<QByteArray>(std::unexpected(Error{}));
    if (!workspace || !key) {
        auto* empty = new QLabel(workspace ? key.error().message
                                           : tr("Open a workspace to watch its sources."));
        empty->setAlignment(Qt::AlignCenter);
        m_layout->addWidget(empty);
        return;
    }

    m_session = std::make_unique<WatchSession>(workspace->path(),
                                               std::make_unique<SecretScanner>(*key), m_clock);
    if (auto started = m_session->start(); !started) {
        m_layout->addWidget(new QLabel(started.error().message));
        m_session.reset();
        return;
    }
    m_page = new WatchPage(*m_session);
    m_layout->addWidget(m_page);
    for (FeedSettings settings : std::as_const(m_sources)) {
        if (const auto held = highestArchivedSequence(*workspace, settings.sourceId))
            settings.resumeAfter = *held;
        m_session->addSource(settings);
    }
}

} // namespace Gatehouse
