// The measured-controls widget. Reading the checklist and the latest measured evidence stays on
// the GUI thread (a dozen small rows); measuring and the baseline scan the archive, so they go
// to an EvaluationJob with its own connection.
#include "measuredcontrolswidget.h"

#include "periodchooser.h"

#include "models/assessment/assessmentstore.h"
#include "models/assessment/checklistmodel.h"
#include "models/core/clock.h"
#include "models/evaluation/controlverdict.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/evaluation/measuredcontrolmodel.h"
#include "models/evaluation/offendingitemmodel.h"
#include "models/workspace/workspace.h"
#include "views/assessment/errormessage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString localTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QTableView* createTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

MeasuredControlsWidget::MeasuredControlsWidget(const Clock& clock, const QString& actor,
                                               QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_actor(actor)
    , m_model(new MeasuredControlModel(this))
    , m_offending(new OffendingItemModel(this))
{
    setObjectName(u"measuredControlsWidget"_s);
    createActions();
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"measuredReadinessBanner"_s);
    m_banner->setTextFormat(Qt::RichText);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"measuredControlsSplitter"_s);
    m_splitter->addWidget(createControlsTable());
    m_splitter->addWidget(createDetailsPane());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({950, 450});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createEvaluationBar());
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    updateBanner();
}

QLayout* MeasuredControlsWidget::createEvaluationBar()
{
    m_period = new PeriodChooser(m_clock, this);
    m_period->setSpan(PeriodChooser::Span::Day);
    connect(m_period, &PeriodChooser::changed, this, [this] {
        if (m_period->span() != PeriodChooser::Span::Custom)
            reloadBaseline();
    });
    auto* evaluate = new QToolButton(this);
    evaluate->setObjectName(u"evaluateButton"_s);
    evaluate->setDefaultAction(m_evaluate);
    evaluate->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"evaluationBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"evaluationStatus"_s);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(evaluate);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);
    return bar;
}

QWidget* MeasuredControlsWidget::createControlsTable()
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(MeasuredControlModel::SortRole);
    m_view = createTable(proxy, u"measuredControlsView"_s, this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MeasuredControlModel::ControlColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeasuredControlsWidget::showDetails);
    // The reason takes what the other columns leave, after each reset sized them to content.
    const auto fit = [this] {
        m_view->resizeColumnsToContents();
        m_view->horizontalHeader()->setSectionResizeMode(MeasuredControlModel::ReasonColumn,
                                                         QHeaderView::Stretch);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fit);
    fit();
    return m_view;
}

MeasuredControlsWidget::~MeasuredControlsWidget()
{
    // The job waits for its worker; it must go while the members it reports to still exist.
    delete m_job;
}

void MeasuredControlsWidget::createActions()
{
    m_evaluate = new QAction(tr("&Evaluate now"), this);
    m_evaluate->setObjectName(u"evaluateNowAction"_s);
    m_evaluate->setShortcut(QKeySequence(Qt::Key_F5));
    m_evaluate->setToolTip(
        tr("Measure the controls from the telemetry of the chosen period and store the results "
           "as evidence (F5)"));
    connect(m_evaluate, &QAction::triggered, this, &MeasuredControlsWidget::evaluateNow);
    addAction(m_evaluate);
}

QWidget* MeasuredControlsWidget::createDetailsPane()
{
    auto* pane = new QWidget(this);
    pane->setObjectName(u"measuredDetailsPane"_s);
    m_details = new QLabel(pane);
    m_details->setObjectName(u"measuredDetails"_s);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_offendingTitle = new QLabel(pane);
    m_offendingTitle->setObjectName(u"offendingTitle"_s);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_offending);
    proxy->setSortRole(OffendingItemModel::SortRole);
    m_offendingView = createTable(proxy, u"offendingItemsView"_s, pane);
    m_offendingView->setSortingEnabled(true);
    connect(m_offending, &QAbstractItemModel::modelReset, m_offendingView,
            &QTableView::resizeColumnsToContents);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_details);
    layout->addWidget(m_offendingTitle);
    layout->addWidget(m_offendingView, 1);
    return pane;
}

void MeasuredControlsWidget::setContext(const MeasureContext& context)
{
    m_context = context;
    reload();
    reloadBaseline();
}

void MeasuredControlsWidget::reload()
{
    const int selected =
        m_view->currentIndex().isValid()
            ? m_view->currentIndex().data(MeasuredControlModel::ControlRole).toInt()
            : -1;
    QList<ControlVerdict> verdicts;
    if (m_context.isValid()) {
        auto checklist = m_context.assessments->checklist(m_context.deploymentId);
        auto measured = ControlVerdict::latestMeasured(*m_context.evidence, m_context.deploymentId);
        if (!checklist || !measured)
            showError(this, tr("Cannot show the measured controls"),
                      !checklist ? checklist.error().message : measured.error().message);
        else
            verdicts = ControlVerdict::combineAll(*checklist, *measured);
    }
    m_model->setVerdicts(verdicts);
    m_evaluate->setEnabled(m_context.isValid() && !m_evaluatePending
                           && !(m_job && m_job->request().measure));
    updateBanner();
    if (selected < 0 && !verdicts.isEmpty()) {
        selectControl(firstToLookAt(verdicts).value_or(verdicts.first().control));
    } else if (selected >= 0) {
        selectControl(Control(selected));
    } else {
        showDetails();
    }
}

std::optional<Control> MeasuredControlsWidget::firstToLookAt(const QList<ControlVerdict>& verdicts)
{
    // A measured fail under a manual pass first, then any fail.
    for (const bool conflictsOnly : {true, false}) {
        for (const ControlVerdict& v : verdicts) {
            if (conflictsOnly ? v.conflict : v.shown == ControlStatus::Fail)
                return v.control;
        }
    }
    return std::nullopt;
}

void MeasuredControlsWidget::selectControl(Control control)
{
    for (int r = 0; r < m_view->model()->rowCount(); ++r) {
        const QModelIndex candidate = m_view->model()->index(r, 0);
        if (candidate.data(MeasuredControlModel::ControlRole).toInt() == int(control)) {
            m_view->setCurrentIndex(candidate);
            return;
        }
    }
}

void MeasuredControlsWidget::updateBanner()
{
    if (!m_context.isValid()) {
        m_banner->setText(tr("Select a deployment on the Assess page to measure its controls."));
        return;
    }
    const Readiness readiness = m_model->readiness();
    const QString colour = readiness == Readiness::LaunchReady ? u"#2e7d32"_s
                           : readiness == Readiness::Pilot     ? u"#ef6c00"_s
                                                               : u"#c62828"_s;
    const int conflicts = int(std::count_if(m_model->verdicts().begin(), m_model->verdicts().end(),
                                            [](const ControlVerdict& v) { return v.conflict; }));
    QString text = tr("Readiness with measurements: <b style=\"color:%1\">%2</b>, %3 of 12 "
                      "controls satisfied (12 launch-ready, 10 or 11 pilot, fewer not ready).")
                       .arg(colour, readinessTitle(readiness).toHtmlEscaped())
                       .arg(m_model->satisfiedCount());
    if (conflicts > 0)
        text += u" <span style=\"color:#c62828\">"_s
                + tr("%n control(s) measured otherwise than the manual status.", nullptr, conflicts)
                + u"</span>"_s;
    m_banner->setText(text);
}

void MeasuredControlsWidget::evaluateNow()
{
    if (!m_context.isValid() || m_evaluatePending)
        return;
    if (!hasLinkedSources())
        return;
    if (m_job) {
        // A baseline read is under way; the evaluation follows it (and reads the baseline too).
        if (!m_job->request().measure) {
            m_evaluatePending = true;
            updateBusy(tr("Evaluation waits for the baseline read..."));
        }
        return;
    }
    startJob(true);
}

bool MeasuredControlsWidget::hasLinkedSources()
{
    // Without sources every control would be stored as not assessed: say what to do instead.
    auto sources = DeploymentLinks(*m_context.workspace).sources(m_context.deploymentId);
    if (sources && !sources->isEmpty())
        return true;
    showError(this, tr("Nothing to measure"),
              sources ? tr("This deployment has no gateway or sandbox host linked. Link them with "
                           "Edit deployment links (Ctrl+Alt+L), then evaluate again.")
                      : sources.error().message);
    return false;
}

void MeasuredControlsWidget::reloadBaseline()
{
    if (!m_context.isValid())
        return;
    if (m_job) {
        m_baselinePending = true;
        return;
    }
    startJob(false);
}

void MeasuredControlsWidget::startJob(bool measure)
{
    m_baselinePending = false;
    m_evaluatePending = false;
    m_period->refresh();
    auto period = m_period->period();
    if (!period) {
        // Only an evaluation the user asked for reports the bad period; a baseline read waits.
        updateBusy(QString());
        if (measure)
            showError(this, tr("Cannot evaluate"), period.error().message);
        return;
    }
    EvaluationJob::Request request{m_context.workspace->path(),
                                   m_context.deploymentId,
                                   period->from,
                                   period->to,
                                   m_actor,
                                   measure};
    m_job = new EvaluationJob(std::move(request), m_clock, this);
    connect(m_job, &EvaluationJob::finished, this, &MeasuredControlsWidget::onJobFinished);
    updateBusy(
        measure ? tr("Evaluating %1 to %2...").arg(localTime(period->from), localTime(period->to))
                : tr("Reading the baseline..."));
    m_job->start();
}

void MeasuredControlsWidget::onJobFinished()
{
    // Deleted later: this runs inside the job's own signal.
    EvaluationJob* job = std::exchange(m_job, nullptr);
    job->deleteLater();
    const EvaluationJob::Request& request = job->request();
    const bool current = m_context.isValid() && request.deploymentId == m_context.deploymentId
                         && request.workspacePath == m_context.workspace->path();
    if (job->result())
        finishWith(request, *job->result(), current);
    else
        failWith(request, job->result().error().message);
    if (m_evaluatePending)
        startJob(true);
    else if (m_baselinePending || (!current && m_context.isValid()))
        reloadBaseline();
}

void MeasuredControlsWidget::finishWith(const EvaluationJob::Request& request,
                                        const EvaluationJob::Outcome& outcome, bool current)
{
    updateBusy(request.measure
                   ? tr("Evaluated %n control(s) at %1.", nullptr, int(outcome.measurements.size()))
                         .arg(localTime(m_clock.now()))
                   : QString());
    if (current)
        emit baselineReady(outcome.baseline, request.from, request.to);
    reload();
    // What the evaluation found against the manual status is what the user must see first.
    const auto conflict = std::find_if(m_model->verdicts().begin(), m_model->verdicts().end(),
                                       [](const ControlVerdict& v) { return v.conflict; });
    if (request.measure && conflict != m_model->verdicts().end())
        selectControl(conflict->control);
    if (request.measure)
        emit evaluated(QString());
}

void MeasuredControlsWidget::failWith(const EvaluationJob::Request& request, const QString& message)
{
    updateBusy(request.measure ? tr("The evaluation failed.") : QString());
    showError(this, request.measure ? tr("Evaluation failed") : tr("Cannot read the baseline"),
              message);
    if (request.measure)
        emit evaluated(message);
}

void MeasuredControlsWidget::updateBusy(const QString& text)
{
    const bool evaluating = m_evaluatePending || (m_job && m_job->request().measure);
    m_busy->setVisible(m_job != nullptr);
    m_status->setText(text);
    m_evaluate->setEnabled(m_context.isValid() && !evaluating);
    m_period->setEnabled(!evaluating);
    emit busyChanged(isBusy());
}

void MeasuredControlsWidget::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    const ControlVerdict* v = current.isValid() ? m_model->verdictAt(m_model->rowOf(
                                  Control(current.data(MeasuredControlModel::ControlRole).toInt())))
                                                : nullptr;
    if (!v) {
        m_details->setText(m_context.isValid() ? tr("Select a control to see what was measured.")
                                               : QString());
        m_offendingTitle->clear();
        m_offending->setItems({});
        m_offendingView->hide();
        return;
    }
    m_details->setText(detailsText(*v));
    QJsonArray items;
    QString title;
    if (v->measured) {
        const ControlMeasurement& m = *v->measured;
        items = m.offending;
        title = tr("Offending items (%n)", nullptr, int(items.size()));
        for (const auto& [key, heading] : {std::pair{u"drills"_s, tr("Drills (%1)")},
                                           std::pair{u"anomalies"_s, tr("Anomalies (%1)")}}) {
            if (items.isEmpty() && m.details.value(key).isArray()) {
                items = m.details.value(key).toArray();
                title = heading.arg(items.size());
            }
        }
    }
    m_offendingTitle->setText(v->measured && items.isEmpty() ? tr("No offending items.") : title);
    m_offending->setItems(items);
    m_offendingView->setVisible(!items.isEmpty());
}

QString MeasuredControlsWidget::detailsText(const ControlVerdict& v) const
{
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(esc(controlTitle(v.control)),
                                                 esc(controlCriterion(v.control)));
    html += u"<p><b>%1</b> %2"_s.arg(tr("Manual:"), esc(controlStatusTitle(v.manual.status)));
    if (!v.manual.reviewer.isEmpty())
        html += esc(tr(" (%1, %2)").arg(v.manual.reviewer, localTime(v.manual.reviewedAt)));
    if (!v.manual.note.isEmpty())
        html += u"<br/><i>%1</i>"_s.arg(esc(v.manual.note));
    html += u"</p>"_s;
    if (!v.measured) {
        html += u"<p><b>%1</b> %2</p>"_s.arg(
            tr("Measured:"), esc(tr("never; run Evaluate now to measure it from telemetry.")));
    } else {
        const ControlMeasurement& m = *v.measured;
        const QString colour = ChecklistModel::statusColour(m.status).name();
        html +=
            u"<p><b>%1</b> <span style=\"color:%2\"><b>%3</b></span> %4<br/>%5<br/>%6</p>"_s.arg(
                tr("Measured:"), colour, esc(controlStatusTitle(m.status)), esc(m.reason),
                esc(tr("Period %1 to %2, measured %3")
                        .arg(localTime(m.from), localTime(m.to), localTime(m.measuredAt))),
                esc(tr("Stored as evidence #%1").arg(m.evidenceId)));
    }
    const QString colour = ChecklistModel::statusColour(v.shown).name();
    html += u"<p><b>%1</b> <span style=\"color:%2\"><b>%3</b></span> (%4)</p>"_s.arg(
        tr("Verdict:"), colour, esc(controlStatusTitle(v.shown)), esc(v.explanation));
    return html;
}

} // namespace Gatehouse
