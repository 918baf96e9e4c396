// Creating and replacing the watch session as workspaces open and close.
#include "watchcontroller.h"

#include "mainwindow.h"

#include "models/assessment/assessmentstore.h"
#include "models/feed/secretstore.h"

#include "models/secrets/secretscanner.h"
#include "models/telemetry/redactionkey.h"
#include "models/watch/demofleet.h"
#include "models/watch/watchsession.h"
#include "views/telemetry/connectsourcedialog.h"
#include "views/telemetry/retentiondialog.h"
#include "views/telemetry/watchpage.h"

#include <QAction>
#include <QCryptographicHash>
#include <QInputDialog>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

#include <QLabel>
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
    m_secrets = new SecretStore(u"gatehouse"_s, this);
    m_connect = new QAction(tr("&Connect to source..."), this);
    m_connect->setObjectName(u"connectSourceAction"_s);
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_connect->setToolTip(tr("Watch a tunnel gateway or sandbox host, read-only"));
    connect(m_connect, &QAction::triggered, this, &WatchController::connectSource);
    m_wall = new QAction(tr("&Wall display"), this);
    m_wall->setObjectName(u"wallAction"_s);
    m_wall->setShortcut(QKeySequence(Qt::Key_F11));
    m_wall->setToolTip(tr("Show the watched sources full screen for a SOC wall (Esc leaves)"));
    connect(m_wall, &QAction::triggered, this, [this] { openWall(WallOptions{}); });
    m_retention = new QAction(tr("Telemetry &retention..."), this);
    m_retention->setObjectName(u"retentionAction"_s);
    m_retention->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_retention->setToolTip(tr("How many days of telemetry the workspace keeps"));
    connect(m_retention, &QAction::triggered, this, &WatchController::editRetention);
    m_window.addPage(tr("&Watch"), m_holder, {m_connect, m_wall, m_retention});
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

QWidget* WatchController::showWatchTab(const QString& name)
{
    m_window.showPage(m_holder);
    return m_page ? m_page->showTab(name) : nullptr;
}

QWidget* WatchController::openWall(const WallOptions& options)
{
    if (!m_session || !m_window.workspace())
        return nullptr;
    delete m_wallWindow;
    m_wallAssessments = std::make_unique<AssessmentStore>(*m_window.workspace());
    m_wallWindow = new WallWindow(*m_session, m_wallAssessments.get(), m_clock, options);
    m_wallWindow->setAttribute(Qt::WA_DeleteOnClose);
    // Without a window manager (a bare X server on a wall PC) full screen is only a request.
    if (QScreen* screen = m_window.screen())
        m_wallWindow->setGeometry(screen->geometry());
    m_wallWindow->showFullScreen();
    return m_wallWindow;
}

void WatchController::stopSession()
{
    delete m_wallWindow;
    delete m_page;
    m_page = nullptr;
    m_session.reset();
}

void WatchController::showMessage(const QString& text)
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (text.isEmpty())
        return;
    auto* label = new QLabel(text);
    label->setObjectName(u"watchMessage"_s);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    m_layout->addWidget(label);
}

void WatchController::editRetention()
{
    if (Workspace* workspace = m_window.workspace()) {
        RetentionDialog dialog(*workspace, m_window.actor(), &m_window);
        dialog.exec();
    }
}

void WatchController::onWorkspaceChanged(Workspace* workspace)
{
    m_retention->setEnabled(workspace != nullptr);
    stopSession();
    showMessage({});
    if (!workspace) {
        showMessage(tr("Open a workspace to watch its sources."));
        return;
    }
    if (auto started = startSession(*workspace); !started) {
        stopSession();
        showMessage(started.error().message);
    }
}

Result<void> WatchController::startSession(Workspace& workspace)
{
    const auto key = RedactionKey::forWorkspace(workspace);
    if (!key)
        return std::unexpected(key.error());
    m_session = std::make_unique<WatchSession>(workspace.path(),
                                               std::make_unique<SecretScanner>(*key), m_clock);
    if (auto started = m_session->start(); !started)
        return started;
    m_page = new WatchPage(*m_session);
    m_layout->addWidget(m_page);
    for (FeedSettings settings : std::as_const(m_sources)) {
        // Resume after what the archive already holds, so a restart fetches nothing twice.
        if (const auto held = highestArchivedSequence(workspace, settings.sourceId))
            settings.resumeAfter = *held;
        m_session->addSource(settings);
    }
    restoreSources(workspace.path());
    return {};
}

namespace {

QString settingsGroup(const QString& workspacePath)
{
    const QByteArray digest =
        QCryptographicHash::hash(workspacePath.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"watch/"_s + QString::fromLatin1(digest.left(16));
}

} // namespace

void WatchController::connectSource()
{
    if (!m_session) {
        QMessageBox::information(&m_window, tr("Connect to a source"),
                                 tr("Open a workspace first: what a source sends is archived in "
                                    "it."));
        return;
    }
    ConnectSourceDialog dialog(&m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const FeedSettings settings = dialog.settings();
    rememberSource(settings);
    if (dialog.rememberToken() && !settings.client.bearerToken.isEmpty()) {
        m_secrets->write(settings.client.baseUrl.toString(), SecretStore::Kind::BearerToken,
                         settings.client.bearerToken, [this](Result<void> written) {
                             if (!written)
                                 QMessageBox::warning(&m_window, tr("Token not kept"),
                                                      written.error().message);
                         });
    }
    m_session->addSource(settings);
}

void WatchController::rememberSource(const FeedSettings& settings)
{
    QSettings store;
    store.beginGroup(settingsGroup(m_window.workspace()->path()));
    QStringList urls = store.value(u"sources"_s).toStringList();
    const QString url = settings.client.baseUrl.toString();
    if (!urls.contains(url))
        urls << url;
    store.setValue(u"sources"_s, urls);
    store.setValue(u"ca/"_s + QString::fromLatin1(url.toUtf8().toHex()), settings.client.caFile);
    store.setValue(u"pin/"_s + QString::fromLatin1(url.toUtf8().toHex()),
                   settings.client.spkiSha256.toHex());
}

void WatchController::restoreSources(const QString& workspacePath)
{
    QSettings store;
    store.beginGroup(settingsGroup(workspacePath));
    for (const QString& url : store.value(u"sources"_s).toStringList()) {
        const QString key = QString::fromLatin1(url.toUtf8().toHex());
        FeedSettings settings;
        settings.client.baseUrl = QUrl(url);
        settings.client.caFile = store.value(u"ca/"_s + key).toString();
        settings.client.spkiSha256 =
            QByteArray::fromHex(store.value(u"pin/"_s + key).toByteArray());
        addWithStoredToken(settings);
    }
}

void WatchController::addWithStoredToken(FeedSettings settings)
{
    const QString url = settings.client.baseUrl.toString();
    m_secrets->read(url, SecretStore::Kind::BearerToken,
                    [this, settings, url](Result<SecretBuffer> token) mutable {
                        if (!m_session)
                            return;
                        if (token) {
                            settings.client.bearerToken = *token;
                        } else if (SecretStore::isKeyringUnavailable(token.error())) {
                            // No keyring: the token is asked for each time, never stored.
                            bool ok = false;
                            QByteArray typed =
                                QInputDialog::getText(&m_window, tr("Token for %1").arg(url),
                                                      token.error().message, QLineEdit::Password,
                                                      {}, &ok)
                                    .toUtf8();
                            if (!ok)
                                return;
                            settings.client.bearerToken = SecretBuffer(typed);
                        }
                        m_session->addSource(settings);
                    });
}

} // namespace Gatehouse
