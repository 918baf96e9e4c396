// The drills widget.
#include "drillswidget.h"

#include "drillstartdialog.h"

#include "models/core/clock.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/evaluation/drilltablemodel.h"
#include "models/evaluation/linkcandidates.h"
#include "views/assessment/errormessage.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Gatehouse {

using namespace Qt::StringLiterals;

DrillsWidget::DrillsWidget(const Clock& clock, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_actor(actor)
    , m_model(new DrillTableModel(this))
{
    setObjectName(u"drillsWidget"_s);
    createActions();
    m_view = new QTableView(this);
    m_view->setObjectName(u"drillsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DrillsWidget::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"drillSummary"_s);
    m_summary->setWordWrap(true);
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_start, m_stop});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    updateSummary();
    updateActions();
}

void DrillsWidget::createActions()
{
    m_start = new QAction(tr("Start &kill-switch drill..."), this);
    m_start->setObjectName(u"startDrillAction"_s);
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    m_start->setToolTip(tr("Record that a kill-switch drill on an agent starts now"));
    connect(m_start, &QAction::triggered, this, &DrillsWidget::chooseAndStart);
    m_stop = new QAction(tr("S&top the selected drill"), this);
    m_stop->setObjectName(u"stopDrillAction"_s);
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_stop->setToolTip(tr("Record that the selected running drill has ended"));
    connect(m_stop, &QAction::triggered, this, &DrillsWidget::stopSelected);
    addActions({m_start, m_stop});
}

void DrillsWidget::setContext(const MeasureContext& context)
{
    m_context = context;
    m_reported.clear();
    m_idle.clear();
    reload();
}

void DrillsWidget::setKillSwitchMeasurement(const std::optional<ControlMeasurement>& measurement)
{
    m_reported = measurement ? DrillTableModel::reportedIn(*measurement) : QList<KillSwitchDrill>();
    m_idle = measurement ? DrillTableModel::idleIn(*measurement) : QSet<qint64>();
    reload();
}

void DrillsWidget::reload()
{
    QList<KillSwitchDrill> drills;
    if (m_context.isValid()) {
        auto read = DrillLog(*m_context.workspace).drills(m_context.deploymentId);
        if (read)
            drills = *read;
        else
            showError(this, tr("Cannot show the drills"), read.error().message);
    }
    // Newest first: the drill just started is the one to stop.
    std::reverse(drills.begin(), drills.end());
    m_model->setDrills(drills, m_reported, m_idle);
    updateSummary();
    updateActions();
}

void DrillsWidget::updateSummary()
{
    if (!m_context.isValid()) {
        m_summary->clear();
        return;
    }
    const auto due = m_model->nextDue();
    if (!due) {
        m_summary->setText(tr("No drill has stopped its agent within 5 minutes yet: the kill "
                              "switch is not proven."));
        return;
    }
    const QString date = QLocale().toString(due->toLocalTime().date(), QLocale::LongFormat);
    m_summary->setText(
        *due > m_clock.now()
            ? tr("Next drill due by %1 (90 days after the last passing one).").arg(date)
            : tr("A drill was due by %1: run one now.").arg(date));
}

void DrillsWidget::updateActions()
{
    const int row = m_view->currentIndex().row();
    const KillSwitchDrill* d = m_model->drillAt(row);
    m_start->setEnabled(m_context.isValid());
    m_stop->setEnabled(m_context.isValid() && d && !m_model->isReported(row)
                       && !d->endedAt.isValid());
}

QStringList DrillsWidget::agentChoices() const
{
    if (!m_context.isValid())
        return {};
    auto linked = DeploymentLinks(*m_context.workspace).agents(m_context.deploymentId);
    if (linked && !linked->isEmpty())
        return *linked;
    auto seen = LinkCandidates::load(*m_context.workspace);
    return seen ? seen->agents : QStringList();
}

Result<KillSwitchDrill> DrillsWidget::startDrill(const QString& agent, const QString& runbook,
                                                 const QString& runBy)
{
    if (!m_context.isValid())
        return fail(ErrorCode::InvalidArgument, tr("Select a deployment before starting a drill."));
    auto started = DrillLog(*m_context.workspace)
                       .start(m_context.deploymentId, agent, runbook, m_actor, runBy);
    if (started) {
        reload();
        emit drillsChanged();
    }
    return started;
}

Result<KillSwitchDrill> DrillsWidget::stopDrill(const QString& agent)
{
    if (!m_context.isValid())
        return fail(ErrorCode::InvalidArgument, tr("Select a deployment before stopping a drill."));
    auto stopped = DrillLog(*m_context.workspace).stop(m_context.deploymentId, agent, m_actor);
    if (stopped) {
        reload();
        emit drillsChanged();
    }
    return stopped;
}

void DrillsWidget::chooseAndStart()
{
    if (!m_context.isValid())
        return;
    DrillStartDialog dialog(agentChoices(), m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto started = startDrill(dialog.agent(), dialog.runbook(), dialog.runBy()); !started)
        showError(this, tr("Drill not started"), started.error().message);
}

void DrillsWidget::stopSelected()
{
    const int row = m_view->currentIndex().row();
    const KillSwitchDrill* d = m_model->drillAt(row);
    if (!d || m_model->isReported(row))
        return;
    if (auto stopped = stopDrill(d->agentId); !stopped)
        showError(this, tr("Drill not stopped"), stopped.error().message);
}

} // namespace Gatehouse
