// The main window of the console. It arranges the widgets that each capability brings, puts
// their actions in menus, and owns the open workspace; it decides nothing itself.
#pragma once

#include "models/workspace/workspace.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace Gatehouse {

class AssessmentStore;
class ChecklistWidget;
class Clock;
class DeploymentListWidget;
class EvidenceStore;
class EvidenceWidget;
class MatrixEditorWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The clock must outlive the window.
    MainWindow(const Clock& clock, const QString& actor, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes over an open workspace and shows it; the previous one is closed. A remembered
    // workspace is opened again at the next start.
    void setWorkspace(std::unique_ptr<Workspace> workspace, bool remember);
    // Opens path; on failure shows why and keeps the current workspace. Returns success.
    bool openWorkspace(const QString& path, Workspace::OpenMode mode);
    Workspace* workspace() const { return m_workspace.get(); }
    // For pages of other capabilities that record changes or age data.
    QString actor() const { return m_actor; }
    const Clock& clock() const { return m_clock; }

    // A page of another capability: a tab of its own and a menu of its actions.
    void addPage(const QString& title, QWidget* page, QList<QAction*> actions);
    // Brings a page added with addPage to the front.
    void showPage(QWidget* page);

    enum class AssessTab
    {
        Matrix,
        Readiness
    };
    void showAssessTab(AssessTab tab);
    // The deployment selected on the Assess page; 0 for none.
    qint64 currentDeployment() const;
    // Reads the checklist and the audit count again after another page stored evidence.
    void refreshAfterEvidence();
    // Window geometry, dock and splitter states; off for screenshots and tests.
    void setRemembersLayout(bool remember) { m_remembersLayout = remember; }
    void restoreLayout();

signals:
    void workspaceChanged(Gatehouse::Workspace* workspace);
    // The deployment selected on the Assess page changed; 0 when none is.
    void deploymentSelected(qint64 deploymentId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createFileMenu();
    void createAssessMenus();
    void createHelpMenu();
    void buildAssessPage();
    void removeAssessPage();
    void connectAssessPage();
    void fillAssessMenus();
    void saveLayout();
    void updateStatusBar();
    void chooseWorkspace();
    void chooseNewWorkspace();
    void showComparison();
    void exportReport();
    void verifyReport();
    void showAbout();

    const Clock& m_clock;
    QString m_actor;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AssessmentStore> m_assessments;
    std::unique_ptr<EvidenceStore> m_evidence;
    bool m_remembersLayout = true;

    QTabWidget* m_pages = nullptr;
    QWidget* m_assessPage = nullptr;
    QSplitter* m_assessSplitter = nullptr;
    QSplitter* m_readinessSplitter = nullptr;
    QTabWidget* m_assessTabs = nullptr;
    DeploymentListWidget* m_deploymentList = nullptr;
    MatrixEditorWidget* m_matrixEditor = nullptr;
    ChecklistWidget* m_checklist = nullptr;
    EvidenceWidget* m_evidenceList = nullptr;

    QMenu* m_deploymentMenu = nullptr;
    QMenu* m_checklistMenu = nullptr;
    QMenu* m_evidenceMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_auditLabel = nullptr;
};

} // namespace Gatehouse
