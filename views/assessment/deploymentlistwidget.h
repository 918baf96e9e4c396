// The deployments of the workspace as a list, with the actions that add and edit them. An empty
// workspace shows what to do first instead of a blank list.
#pragma once

#include <QWidget>

class QAction;
class QListView;
class QStackedWidget;

namespace Gatehouse {

class AssessmentStore;
class DeploymentModel;

class DeploymentListWidget : public QWidget
{
    Q_OBJECT

public:
    DeploymentListWidget(AssessmentStore& store, const QString& actor, QWidget* parent = nullptr);

    // The widget's actions (also in QWidget::actions(), for menus and tool bars).
    QAction* newAction() const { return m_newAction; }
    QAction* editAction() const { return m_editAction; }
    DeploymentModel* model() const { return m_model; }

    qint64 currentDeployment() const;
    void selectDeployment(qint64 deploymentId);
    void setActor(const QString& actor) { m_actor = actor; }

public slots:
    void newDeployment();
    void editDeployment();

signals:
    // 0 when no deployment is selected.
    void deploymentSelected(qint64 deploymentId);

private:
    void createActions();
    QWidget* createEmptyState();
    void updateState();

    AssessmentStore& m_store;
    QString m_actor;
    DeploymentModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    qint64 m_selected = -1;
};

} // namespace Gatehouse
