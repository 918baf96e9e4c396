// The console's "Measure" page: the measured controls of the deployment selected on the Assess
// page, its baseline chart and its kill-switch drills, and the actions that evaluate, edit the
// deployment's links and record drills. It keeps its own stores on the window's workspace.
#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace Gatehouse {

class AssessmentStore;
class BaselineChartPane;
class Clock;
class DrillsWidget;
class EvidenceStore;
class MeasuredControlsWidget;
class Workspace;

class MeasurePage final : public QWidget
{
    Q_OBJECT

public:
    // The clock must outlive the page.
    MeasurePage(const Clock& clock, const QString& actor, QWidget* parent = nullptr);
    ~MeasurePage() override;

    // Shows a deployment of a workspace; the workspace must stay open until the next call or
    // the page's end. A null workspace or a zero id shows what to do instead.
    void setDeployment(Workspace* workspace, qint64 deploymentId);
    qint64 deployment() const { return m_deploymentId; }

    // For the window's menu: evaluate, links, start and stop a drill.
    QList<QAction*> pageActions() const;
    QAction* linksAction() const { return m_links; }
    MeasuredControlsWidget* controls() const { return m_controls; }
    DrillsWidget* drills() const { return m_drills; }
    BaselineChartPane* baseline() const { return m_baseline; }

    // Splitter states, the lower tab and the period, kept in QSettings; off in tests.
    void setRemembersLayout(bool remember) { m_remembersLayout = remember; }
    void restoreLayout();
    void saveLayout() const;

public slots:
    void editLinks();

signals:
    // After the page recorded something (evidence, links, a drill), so the window can refresh
    // what it shows of the workspace.
    void recorded();

protected:
    // The manual states may have changed on the Assess page meanwhile.
    void showEvent(QShowEvent* event) override;

private:
    void buildLayout();
    void updateHeader();
    // Empty unless the chosen period starts before the oldest call the retention kept.
    QString retentionLine() const;

    const Clock& m_clock;
    QString m_actor;
    Workspace* m_workspace = nullptr;
    QString m_workspacePath;
    std::unique_ptr<AssessmentStore> m_assessments;
    std::unique_ptr<EvidenceStore> m_evidence;
    qint64 m_deploymentId = 0;
    bool m_remembersLayout = true;

    QLabel* m_header = nullptr;
    MeasuredControlsWidget* m_controls = nullptr;
    DrillsWidget* m_drills = nullptr;
    BaselineChartPane* m_baseline = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_lowerTabs = nullptr;
    QAction* m_links = nullptr;
};

} // namespace Gatehouse
