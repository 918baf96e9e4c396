// The main window's arrangement of pages, menus and status bar.
#include "mainwindow.h"

#include "models/assessment/assessmentstore.h"
#include "models/assessment/checklistmodel.h"
#include "models/evidence/evidencestore.h"
#include "models/workspace/audittrail.h"
#include "views/assessment/checklistwidget.h"
#include "views/assessment/comparisondialog.h"
#include "views/assessment/deploymentlistwidget.h"
#include "views/assessment/evidencewidget.h"
#include "views/assessment/matrixeditorwidget.h"
#include "views/report/exportreportdialog.h"
#include "views/report/verifyreportdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr const char* WorkspaceFilter =
    QT_TRANSLATE_NOOP("Gatehouse::MainWindow", "Gatehouse workspaces (*.gatehouse);;All files (*)");

} // namespace

MainWindow::MainWindow(const Clock& clock, const QString& actor, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_actor(actor)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gatehouse"));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);

    m_toolBar = addToolBar(tr("Assess"));
    m_toolBar->setObjectName(u"assessToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    createFileMenu();
    createAssessMenus();
    createHelpMenu();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(u"workspacePathLabel"_s);
    m_auditLabel = new QLabel(this);
    m_auditLabel->setObjectName(u"auditCountLabel"_s);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_auditLabel);
    resize(1440, 900);
}

MainWindow::~MainWindow()
{
    // The widgets hold references into the stores and the workspace: they go first.
    removeAssessPage();
}

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open workspace..."), this, &MainWindow::chooseWorkspace);
    open->setObjectName(u"openWorkspaceAction"_s);
    open->setShortcut(QKeySequence::Open);
    QAction* create =
        file->addAction(tr("&New workspace..."), this, &MainWindow::chooseNewWorkspace);
    create->setObjectName(u"newWorkspaceAction"_s);
    file->addSeparator();
    QAction* exportReport =
        file->addAction(tr("&Export signed report..."), this, &MainWindow::exportReport);
    exportReport->setObjectName(u"exportReportAction"_s);
    exportReport->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_R);
    QAction* verifyReport =
        file->addAction(tr("&Verify signed report..."), this, &MainWindow::verifyReport);
    verifyReport->setObjectName(u"verifyReportAction"_s);
    verifyReport->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_V);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createAssessMenus()
{
    m_deploymentMenu = menuBar()->addMenu(tr("&Deployment"));
    m_checklistMenu = menuBar()->addMenu(tr("&Checklist"));
    m_evidenceMenu = menuBar()->addMenu(tr("&Evidence"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* compare =
        m_viewMenu->addAction(tr("&Compare deployments..."), this, &MainWindow::showComparison);
    compare->setObjectName(u"compareAction"_s);
    compare->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_C);
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = m_helpMenu->addAction(tr("&About Gatehouse"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace, bool remember)
{
    removeAssessPage();
    m_evidence.reset();
    m_assessments.reset();
    m_workspace = std::move(workspace);
    m_assessments = std::make_unique<AssessmentStore>(*m_workspace);
    m_evidence = std::make_unique<EvidenceStore>(*m_workspace);
    connect(m_assessments.get(), &AssessmentStore::deploymentsChanged, this,
            &MainWindow::updateStatusBar);
    connect(m_assessments.get(), &AssessmentStore::matrixChanged, this,
            &MainWindow::updateStatusBar);
    connect(m_assessments.get(), &AssessmentStore::checklistChanged, this,
            &MainWindow::updateStatusBar);
    connect(m_evidence.get(), &EvidenceStore::evidenceChanged, this, &MainWindow::updateStatusBar);
    buildAssessPage();
    if (remember)
        QSettings().setValue(u"workspace/last"_s, m_workspace->path());
    setWindowTitle(tr("%1 - Gatehouse").arg(QFileInfo(m_workspace->path()).fileName()));
    updateStatusBar();
    emit workspaceChanged(m_workspace.get());
}

bool MainWindow::openWorkspace(const QString& path, Workspace::OpenMode mode)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto opened = Workspace::open(path, mode, m_clock);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open the workspace"), opened.error().message);
        return false;
    }
    setWorkspace(std::move(*opened), true);
    return true;
}

void MainWindow::buildAssessPage()
{
    m_deploymentList = new DeploymentListWidget(*m_assessments, m_actor);
    m_matrixEditor = new MatrixEditorWidget(*m_assessments, m_actor);
    m_checklist = new ChecklistWidget(*m_assessments, *m_evidence, m_actor);
    m_evidenceList = new EvidenceWidget(*m_workspace, *m_evidence, m_actor);

    m_readinessSplitter = new QSplitter(Qt::Vertical);
    m_readinessSplitter->setObjectName(u"readinessSplitter"_s);
    m_readinessSplitter->addWidget(m_checklist);
    m_readinessSplitter->addWidget(m_evidenceList);
    m_readinessSplitter->setSizes({460, 340});
    m_assessTabs = new QTabWidget;
    m_assessTabs->setObjectName(u"assessTabs"_s);
    m_assessTabs->addTab(m_matrixEditor, tr("Decision matrix"));
    m_assessTabs->addTab(m_readinessSplitter, tr("Readiness"));

    m_assessSplitter = new QSplitter(Qt::Horizontal);
    m_assessSplitter->setObjectName(u"assessSplitter"_s);
    m_assessSplitter->addWidget(m_deploymentList);
    m_assessSplitter->addWidget(m_assessTabs);
    m_assessSplitter->setStretchFactor(1, 1);
    m_assessSplitter->setSizes({280, 1160});
    m_assessPage = m_assessSplitter;
    m_pages->insertTab(0, m_assessPage, tr("Assess"));
    m_pages->setCurrentIndex(0);

    connectAssessPage();
    fillAssessMenus();
    if (m_remembersLayout) {
        const QSettings settings;
        m_assessSplitter->restoreState(settings.value(u"assess/splitter"_s).toByteArray());
        m_readinessSplitter->restoreState(
            settings.value(u"assess/readinessSplitter"_s).toByteArray());
        m_assessTabs->setCurrentIndex(settings.value(u"assess/tab"_s, 0).toInt());
    }
}

void MainWindow::connectAssessPage()
{
    const auto showDeployment = [this](qint64 id) {
        m_matrixEditor->setDeployment(id);
        m_checklist->setDeployment(id);
        if (id == 0)
            m_evidenceList->setControl(0, std::nullopt);
        emit deploymentSelected(id);
    };
    connect(m_deploymentList, &DeploymentListWidget::deploymentSelected, this, showDeployment);
    connect(m_checklist, &ChecklistWidget::controlSelected, this, [this](Control control) {
        m_evidenceList->setControl(m_checklist->model()->deployment(), control);
    });
    connect(m_evidenceList, &EvidenceWidget::evidenceChanged, m_checklist,
            &ChecklistWidget::reload);
    connect(m_evidenceList, &EvidenceWidget::evidenceChanged, this, &MainWindow::updateStatusBar);
    showDeployment(m_deploymentList->currentDeployment());
}

void MainWindow::fillAssessMenus()
{
    m_deploymentMenu->addActions(m_deploymentList->actions());
    m_deploymentMenu->addSeparator();
    m_deploymentMenu->addActions({m_matrixEditor->saveAction(), m_matrixEditor->revertAction(),
                                  m_matrixEditor->historyAction()});
    m_viewMenu->insertAction(m_viewMenu->actions().value(0),
                             m_matrixEditor->patternReferenceAction());
    m_checklistMenu->addActions(m_checklist->actions());
    m_evidenceMenu->addActions(m_evidenceList->actions());
    m_toolBar->addAction(m_deploymentList->newAction());
    m_toolBar->addAction(m_matrixEditor->saveAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_evidenceList->attachAction());
}

void MainWindow::removeAssessPage()
{
    if (!m_assessPage)
        return;
    saveLayout();
    for (QMenu* menu : {m_deploymentMenu, m_checklistMenu, m_evidenceMenu})
        menu->clear();
    m_viewMenu->removeAction(m_matrixEditor->patternReferenceAction());
    m_toolBar->clear();
    delete m_assessPage;
    m_assessPage = nullptr;
    m_deploymentList = nullptr;
    m_matrixEditor = nullptr;
    m_checklist = nullptr;
    m_evidenceList = nullptr;
}

void MainWindow::showPage(QWidget* page)
{
    m_pages->setCurrentWidget(page);
}

void MainWindow::addPage(const QString& title, QWidget* page, QList<QAction*> actions)
{
    m_pages->addTab(page, title);
    if (actions.isEmpty())
        return;
    auto* menu = new QMenu(title, menuBar());
    menu->addActions(actions);
    menuBar()->insertMenu(m_viewMenu->menuAction(), menu);
}

void MainWindow::showAssessTab(AssessTab tab)
{
    if (m_assessTabs)
        m_assessTabs->setCurrentIndex(tab == AssessTab::Matrix ? 0 : 1);
}

qint64 MainWindow::currentDeployment() const
{
    return m_deploymentList ? m_deploymentList->currentDeployment() : 0;
}

void MainWindow::refreshAfterEvidence()
{
    if (m_checklist)
        m_checklist->reload();
    updateStatusBar();
}

void MainWindow::restoreLayout()
{
    if (!m_remembersLayout)
        return;
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

void MainWindow::saveLayout()
{
    if (!m_remembersLayout)
        return;
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (m_assessPage) {
        settings.setValue(u"assess/splitter"_s, m_assessSplitter->saveState());
        settings.setValue(u"assess/readinessSplitter"_s, m_readinessSplitter->saveState());
        settings.setValue(u"assess/tab"_s, m_assessTabs->currentIndex());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_matrixEditor && m_matrixEditor->hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved scores"), tr("Save the changed scores before quitting?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return event->ignore();
        if (answer == QMessageBox::Save && !m_matrixEditor->save())
            return event->ignore();
    }
    saveLayout();
    event->accept();
}

void MainWindow::updateStatusBar()
{
    if (!m_workspace)
        return;
    m_pathLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspace->path())));
    const auto entries = m_workspace->audit().count();
    m_auditLabel->setText(entries ? tr("Audit trail: %n entries", nullptr, int(*entries))
                                  : tr("Audit trail unreadable: %1").arg(entries.error().message));
}

void MainWindow::chooseWorkspace()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open workspace"), start, tr(WorkspaceFilter));
    if (!path.isEmpty())
        openWorkspace(path, Workspace::OpenMode::Existing);
}

void MainWindow::chooseNewWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New workspace"), u"assessments.gatehouse"_s, tr(WorkspaceFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        QMessageBox::warning(this, tr("Workspace exists"),
                             tr("%1 exists already; open it with Open workspace, or choose a new "
                                "file name.")
                                 .arg(path));
        return;
    }
    openWorkspace(path, Workspace::OpenMode::CreateIfMissing);
}

void MainWindow::showComparison()
{
    if (!m_assessments)
        return;
    ComparisonDialog dialog(*m_assessments, this);
    dialog.exec();
}

void MainWindow::exportReport()
{
    if (!m_workspace)
        return;
    auto* dialog = new ExportReportDialog(*m_workspace, m_clock, m_actor, u"gatehouse"_s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Closed with the workspace, whose reference the dialog holds.
    connect(this, &MainWindow::workspaceChanged, dialog, &QWidget::close);
    dialog->open();
}

void MainWindow::verifyReport()
{
    auto* dialog = new VerifyReportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Gatehouse"),
        tr("<h3>Gatehouse %1</h3><p>A console for the people who approve and then watch AI "
           "agents that reach private systems: assess a deployment, keep hashed evidence, and "
           "prove it with a hash-chained audit trail.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace Gatehouse
