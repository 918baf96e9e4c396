// The Measure page.
#include "measurepage.h"

#include "baselinechartpane.h"
#include "deploymentlinksdialog.h"
#include "drillswidget.h"
#include "measuredcontrolswidget.h"
#include "periodchooser.h"

#include "models/assessment/assessmentstore.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/evaluation/drilltablemodel.h"
#include "models/evaluation/measuredcontrolmodel.h"
#include "models/evidence/evidencestore.h"
#include "models/telemetry/retentionnote.h"
#include "models/workspace/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

MeasurePage::MeasurePage(const Clock& clock, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_actor(actor)
{
    setObjectName(u"measurePage"_s);
    m_links = new QAction(tr("Edit deployment &links..."), this);
    m_links->setObjectName(u"editLinksAction"_s);
    m_links->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_links->setToolTip(tr("Choose the gateways, sandbox hosts and agents of this deployment"));
    connect(m_links, &QAction::triggered, this, &MeasurePage::editLinks);
    buildLayout();
    connect(m_controls, &MeasuredControlsWidget::baselineReady, m_baseline,
            &BaselineChartPane::setBaseline);
    connect(m_controls, &MeasuredControlsWidget::evaluated, this, [this](const QString& error) {
        // The evaluation measured the drills' time to stop as well.
        m_drills->reload();
        if (error.isEmpty())
            emit recorded();
    });
    connect(m_drills, &DrillsWidget::drillsChanged, m_controls, &MeasuredControlsWidget::reload);
    connect(m_controls->periodChooser(), &PeriodChooser::changed, this, &MeasurePage::updateHeader);
    connect(m_drills, &DrillsWidget::drillsChanged, this, &MeasurePage::recorded);
    // Reported drills and idle agents are known only from the kill-switch measurement.
    connect(m_controls->model(), &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_controls->model()->rowOf(Control::KillSwitch);
        const ControlVerdict* v = m_controls->model()->verdictAt(row);
        m_drills->setKillSwitchMeasurement(v ? v->measured : std::nullopt);
    });
    setDeployment(nullptr, 0);
}

MeasurePage::~MeasurePage()
{
    saveLayout();
    // The widgets hold pointers into the stores: they go first.
    delete m_splitter;
    m_splitter = nullptr;
}

void MeasurePage::buildLayout()
{
    m_header = new QLabel(this);
    m_header->setObjectName(u"measureHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    auto* linksButton = new QToolButton(this);
    linksButton->setDefaultAction(m_links);
    linksButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(linksButton);

    m_controls = new MeasuredControlsWidget(m_clock, m_actor);
    m_drills = new DrillsWidget(m_clock, m_actor);
    m_baseline = new BaselineChartPane;
    m_lowerTabs = new QTabWidget;
    m_lowerTabs->setObjectName(u"measureLowerTabs"_s);
    m_lowerTabs->addTab(m_baseline, tr("&Baseline"));
    m_lowerTabs->addTab(m_drills, tr("&Kill-switch drills"));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"measureSplitter"_s);
    m_splitter->addWidget(m_controls);
    m_splitter->addWidget(m_lowerTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
}

QList<QAction*> MeasurePage::pageActions() const
{
    return {m_controls->evaluateAction(), m_links, m_drills->startAction(), m_drills->stopAction()};
}

void MeasurePage::setDeployment(Workspace* workspace, qint64 deploymentId)
{
    if (workspace != m_workspace || (workspace && workspace->path() != m_workspacePath)) {
        // Clear the views before the stores they point into go; the drills first, since the
        // controls' reset hands them the reported drills.
        m_drills->setContext({});
        m_controls->setContext({});
        m_evidence.reset();
        m_assessments.reset();
        m_workspace = workspace;
        m_workspacePath = workspace ? workspace->path() : QString();
        if (workspace) {
            m_assessments = std::make_unique<AssessmentStore>(*workspace);
            m_evidence = std::make_unique<EvidenceStore>(*workspace);
        }
    }
    m_deploymentId = workspace ? deploymentId : 0;
    const MeasureContext context{m_workspace, m_assessments.get(), m_evidence.get(),
                                 m_deploymentId};
    m_drills->setContext(context);
    m_controls->setContext(context);
    if (!context.isValid())
        m_baseline->clear();
    m_links->setEnabled(context.isValid());
    updateHeader();
}

void MeasurePage::updateHeader()
{
    if (m_deploymentId == 0 || !m_assessments) {
        // The controls' banner says what to do.
        m_header->clear();
        return;
    }
    auto deployment = m_assessments->deployment(m_deploymentId);
    DeploymentLinks links(*m_workspace);
    auto sources = links.sources(m_deploymentId);
    auto agents = links.agents(m_deploymentId);
    if (!deployment || !sources || !agents) {
        m_header->setText(!deployment ? deployment.error().message
                          : !sources  ? sources.error().message
                                      : agents.error().message);
        return;
    }
    const QString linked =
        sources->isEmpty()
            ? u"<span style=\"color:#c62828\">%1</span>"_s.arg(
                tr("No gateway or sandbox host linked yet: edit the links to measure."))
            : tr("%n source(s) linked", nullptr, int(sources->size())) + u", "_s
                  + (agents->isEmpty() ? tr("every agent seen on them")
                                       : tr("%n agent(s)", nullptr, int(agents->size())));
    m_header->setText(u"<b style=\"font-size:large\">%1</b> &nbsp; %2"_s.arg(
                          deployment->name.toHtmlEscaped(), linked)
                      + retentionLine());
}

QString MeasurePage::retentionLine() const
{
    const auto period = m_controls->periodChooser()->period();
    const auto note =
        period ? RetentionNote::forPeriod(*m_workspace, period->from) : Result<QString>();
    if (!note || note->isEmpty())
        return {};
    return u"<br><span style=\"color:#6d6d6d\">%1</span>"_s.arg(note->toHtmlEscaped());
}

void MeasurePage::editLinks()
{
    if (!m_workspace || m_deploymentId == 0)
        return;
    auto deployment = m_assessments->deployment(m_deploymentId);
    DeploymentLinksDialog dialog(*m_workspace, m_deploymentId,
                                 deployment ? deployment->name : QString(), m_actor, this);
    if (!dialog.load() || dialog.exec() != QDialog::Accepted)
        return;
    updateHeader();
    emit recorded();
    m_controls->reloadBaseline();
}

void MeasurePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_deploymentId != 0) {
        m_controls->reload();
        m_drills->reload();
        updateHeader();
    }
}

void MeasurePage::restoreLayout()
{
    if (!m_remembersLayout)
        return;
    const QSettings settings;
    m_splitter->restoreState(settings.value(u"measure/splitter"_s).toByteArray());
    m_controls->splitter()->restoreState(
        settings.value(u"measure/controlsSplitter"_s).toByteArray());
    m_baseline->splitter()->restoreState(
        settings.value(u"measure/baselineSplitter"_s).toByteArray());
    m_lowerTabs->setCurrentIndex(settings.value(u"measure/lowerTab"_s, 0).toInt());
    m_controls->periodChooser()->setSpan(PeriodChooser::Span(
        settings.value(u"measure/period"_s, int(PeriodChooser::Span::Day)).toInt()));
}

void MeasurePage::saveLayout() const
{
    if (!m_remembersLayout || !m_splitter)
        return;
    QSettings settings;
    settings.setValue(u"measure/splitter"_s, m_splitter->saveState());
    settings.setValue(u"measure/controlsSplitter"_s, m_controls->splitter()->saveState());
    settings.setValue(u"measure/baselineSplitter"_s, m_baseline->splitter()->saveState());
    settings.setValue(u"measure/lowerTab"_s, m_lowerTabs->currentIndex());
    settings.setValue(u"measure/period"_s, int(m_controls->periodChooser()->span()));
}

} // namespace Gatehouse
