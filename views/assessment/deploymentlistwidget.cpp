// The deployment list and its actions.
#include "deploymentlistwidget.h"

#include "deploymentdialog.h"
#include "deploymentitemdelegate.h"

#include "models/assessment/assessmentstore.h"
#include "models/assessment/deploymentmodel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

DeploymentListWidget::DeploymentListWidget(AssessmentStore& store, const QString& actor,
                                           QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_model(new DeploymentModel(store, this))
{
    setObjectName(u"deploymentList"_s);
    createActions();

    m_list = new QListView(this);
    m_list->setObjectName(u"deploymentView"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new DeploymentItemDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_newAction, m_editAction});
    connect(m_list, &QListView::activated, this, &DeploymentListWidget::editDeployment);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DeploymentListWidget::updateState);
    connect(m_model, &DeploymentModel::modelReset, this, &DeploymentListWidget::updateState);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(createEmptyState());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updateState();
}

void DeploymentListWidget::createActions()
{
    m_newAction = new QAction(tr("&New deployment..."), this);
    m_newAction->setObjectName(u"newDeploymentAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(QIcon::fromTheme(u"document-new"_s));
    m_newAction->setToolTip(tr("Add a deployment to assess"));
    connect(m_newAction, &QAction::triggered, this, &DeploymentListWidget::newDeployment);

    m_editAction = new QAction(tr("&Edit deployment..."), this);
    m_editAction->setObjectName(u"editDeploymentAction"_s);
    m_editAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_editAction->setIcon(QIcon::fromTheme(u"document-properties"_s));
    connect(m_editAction, &QAction::triggered, this, &DeploymentListWidget::editDeployment);
    addActions({m_newAction, m_editAction});
}

QWidget* DeploymentListWidget::createEmptyState()
{
    auto* page = new QWidget(this);
    auto* text = new QLabel(tr("No deployments yet.\nA deployment is one use of agents that you "
                               "assess: score it, check its controls, attach evidence."),
                            page);
    text->setObjectName(u"emptyStateLabel"_s);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto* button = new QPushButton(m_newAction->text(), page);
    button->setObjectName(u"emptyStateButton"_s);
    connect(button, &QPushButton::clicked, m_newAction, &QAction::trigger);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(text);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

qint64 DeploymentListWidget::currentDeployment() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

void DeploymentListWidget::selectDeployment(qint64 deploymentId)
{
    const int row = m_model->rowOf(deploymentId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void DeploymentListWidget::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    if (!empty && !m_list->currentIndex().isValid()) {
        // A reload drops the current row; keep the deployment that was selected before it.
        const int row = m_model->rowOf(m_selected);
        m_list->setCurrentIndex(m_model->index(row >= 0 ? row : 0));
        return;
    }

    const qint64 current = currentDeployment();
    m_editAction->setEnabled(current != 0);
    if (current != m_selected) {
        m_selected = current;
        emit deploymentSelected(current);
    }
}

void DeploymentListWidget::newDeployment()
{
    DeploymentDialog dialog(m_store, m_actor, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        selectDeployment(dialog.deployment().id);
}

void DeploymentListWidget::editDeployment()
{
    auto current = m_store.deployment(currentDeployment());
    if (!current)
        return;
    DeploymentDialog dialog(m_store, m_actor, *current, this);
    if (dialog.exec() == QDialog::Accepted)
        selectDeployment(dialog.deployment().id);
}

} // namespace Gatehouse
