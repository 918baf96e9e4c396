// The checklist tree, its banner and its status actions.
#include "checklistwidget.h"

#include "controlstatusdialog.h"
#include "errormessage.h"

#include "models/assessment/assessmentstore.h"
#include "models/assessment/checklistmodel.h"
#include "models/evidence/evidencestore.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString bannerStyle(Readiness readiness)
{
    switch (readiness) {
    case Readiness::LaunchReady:
        return u"background: #e8f5e9; color: #1b5e20; border: 1px solid #66bb6a;"_s;
    case Readiness::Pilot:
        return u"background: #fff8e1; color: #e65100; border: 1px solid #ffb74d;"_s;
    case Readiness::NotReady:
        return u"background: #ffebee; color: #b71c1c; border: 1px solid #e57373;"_s;
    }
    return {};
}

} // namespace

ChecklistWidget::ChecklistWidget(AssessmentStore& assessments, EvidenceStore& evidence,
                                 const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_assessments(assessments)
    , m_actor(actor)
{
    setObjectName(u"checklistWidget"_s);
    EvidenceStore* store = &evidence;
    m_model = new ChecklistModel(
        assessments,
        [store](qint64 id) { return store->countsByControl(id).value_or(QMap<Control, int>()); },
        this);
    connect(&evidence, &EvidenceStore::evidenceChanged, this, [this](qint64 id) {
        if (id == m_model->deployment())
            reload();
    });
    createActions();

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"readinessBanner"_s);
    m_banner->setMargin(6);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"checklistView"_s);
    m_view->setModel(m_model);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(m_statusActions);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChecklistModel::ControlColumn, QHeaderView::Stretch);
    m_view->expandAll();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        if (const auto control = currentControl())
            emit controlSelected(*control);
    });
    connect(m_model, &ChecklistModel::readinessChanged, this, &ChecklistWidget::updateBanner);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_view);
    setDeployment(0);
}

void ChecklistWidget::createActions()
{
    m_statusActions = {
        createStatusAction(ControlStatus::NotAssessed, tr("Mark not &assessed..."),
                           Qt::CTRL | Qt::Key_0),
        createStatusAction(ControlStatus::Pass, tr("Mark &passed..."), Qt::CTRL | Qt::Key_1),
        createStatusAction(ControlStatus::Fail, tr("Mark &failed..."), Qt::CTRL | Qt::Key_2),
        createStatusAction(ControlStatus::NotApplicable, tr("Mark not app&licable..."),
                           Qt::CTRL | Qt::Key_3),
    };
    addActions(m_statusActions);
}

QAction* ChecklistWidget::createStatusAction(ControlStatus status, const QString& text,
                                             QKeySequence key)
{
    auto* action = new QAction(text, this);
    action->setObjectName(u"status-%1-action"_s.arg(controlStatusSlug(status)));
    action->setShortcut(key);
    connect(action, &QAction::triggered, this, [this, status] { setStatusOfSelected(status); });
    return action;
}

QAction* ChecklistWidget::statusAction(ControlStatus status) const
{
    return m_statusActions.value(int(status));
}

void ChecklistWidget::setDeployment(qint64 deploymentId)
{
    const auto previous = currentControl();
    m_model->setDeployment(deploymentId);
    m_view->expandAll();
    setEnabled(deploymentId != 0);
    selectControl(previous.value_or(Control::ServiceIdentity));
    updateActions();
}

void ChecklistWidget::reload()
{
    m_model->reload();
}

std::optional<Control> ChecklistWidget::currentControl() const
{
    const QModelIndex current = m_view->currentIndex();
    const QVariant control = current.siblingAtColumn(0).data(ChecklistModel::ControlRole);
    return control.isValid() ? std::optional(Control(control.toInt())) : std::nullopt;
}

void ChecklistWidget::selectControl(Control control)
{
    m_view->setCurrentIndex(m_model->indexOf(control));
    // Selecting the same control again still tells the evidence list which one to show.
    emit controlSelected(control);
}

void ChecklistWidget::updateBanner()
{
    if (m_model->deployment() == 0) {
        // No verdict for nothing: "not ready" here would read as a finding.
        m_banner->setProperty("readiness", QString());
        m_banner->setText(tr("Select a deployment to see its readiness."));
        m_banner->setStyleSheet(QString());
        return;
    }
    const ReadinessChecklist& checklist = m_model->checklist();
    const Readiness readiness = checklist.readiness();
    m_banner->setProperty("readiness", readinessSlug(readiness));
    m_banner->setText(tr("<b>%1 of %2 controls satisfied: %3.</b> %4 failed, %5 not assessed.")
                          .arg(checklist.satisfiedCount())
                          .arg(ControlCount)
                          .arg(readinessTitle(readiness))
                          .arg(checklist.countWith(ControlStatus::Fail))
                          .arg(checklist.countWith(ControlStatus::NotAssessed)));
    m_banner->setStyleSheet(bannerStyle(readiness));
}

void ChecklistWidget::updateActions()
{
    const bool enabled = m_model->deployment() != 0 && currentControl().has_value();
    for (QAction* action : std::as_const(m_statusActions))
        action->setEnabled(enabled);
}

void ChecklistWidget::setStatusOfSelected(ControlStatus status)
{
    const auto control = currentControl();
    if (!control || m_model->deployment() == 0)
        return;
    const ControlState& state = m_model->checklist().state(*control);
    ControlStatusDialog dialog(*control, status, state.note, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto applied = applyStatus(status, dialog.note()); !applied)
        showError(this, tr("Status not recorded"), applied.error().message);
}

Result<void> ChecklistWidget::applyStatus(ControlStatus status, const QString& note)
{
    const auto control = currentControl();
    if (!control)
        return fail(ErrorCode::InvalidArgument, tr("Select a control first."));
    auto done =
        m_assessments.setControlState(m_model->deployment(), *control, status, note, m_actor);
    m_view->setCurrentIndex(m_model->indexOf(*control));
    return done;
}

} // namespace Gatehouse
