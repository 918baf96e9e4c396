// The Measure page's widgets driven through their actions on workspaces filled by capturing a
// simulator scenario through the real ingest pipeline: the evaluation runs on its worker thread
// and stores evidence, a measured fail shows under a manual pass, bad input reaches the user as
// a message, and the links and drills dialogs write through the audited model classes.
#include "tests/evaluation/evaluationfixture.h"
#include "tests/gui/dialoghandler.h"

#include "models/evaluation/anomalytablemodel.h"
#include "models/evaluation/baselineseries.h"
#include "models/evaluation/drilltablemodel.h"
#include "models/evaluation/linkcandidates.h"
#include "models/evaluation/measuredcontrolmodel.h"
#include "models/evaluation/offendingitemmodel.h"
#include "models/telemetry/retentionsetting.h"
#include "models/workspace/audittrail.h"
#include "views/evaluation/baselinechartpane.h"
#include "views/evaluation/deploymentlinksdialog.h"
#include "views/evaluation/drillstartdialog.h"
#include "views/evaluation/drillswidget.h"
#include "views/evaluation/linklisteditor.h"
#include "views/evaluation/measuredcontrolswidget.h"
#include "views/evaluation/measurepage.h"
#include "views/evaluation/periodchooser.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::TestSupport;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatehouse::PeriodChooser::Span)

namespace {

// Seven minutes at two events a second per endpoint, as the accuracy tests capture.
constexpr double Rate = 2.0;
constexpr qint64 Events = 840;
// Generous: the evaluation of a few thousand calls takes seconds, a loaded machine more.
constexpr int WaitMs = 180'000;

struct Capture
{
    std::unique_ptr<EvaluationFixture> fixture = std::make_unique<EvaluationFixture>();
    QDateTime start;
    QDateTime end;

    MeasureContext context() const
    {
        return {&fixture->workspace(), &fixture->assessments(), &fixture->evidence(),
                fixture->deploymentId()};
    }
};

Capture capture(const QString& scenario)
{
    ScenarioOptions options;
    options.name = scenario;
    options.rate = Rate;
    auto fleet = FleetScenario::create(options);
    if (!fleet)
        qFatal("%s", qPrintable(fleet.error().message));
    Capture c;
    c.start = (*fleet)->options().start;
    c.end = c.fixture->capture(**fleet, Events);
    return c;
}

QWidget* errorBox()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->objectName() == "errorMessage"_L1 && w->isVisible())
            return w;
    }
    return nullptr;
}

int rowOf(DrillsWidget& drills, const QString& agent)
{
    for (int row = 0; row < drills.model()->rowCount(); ++row) {
        if (drills.model()->drillAt(row)->agentId == agent)
            return row;
    }
    return -1;
}

qint64 auditCount(Workspace& workspace)
{
    auto count = workspace.audit().count();
    return count ? *count : -1;
}

// Evaluates through the action and waits for the worker; the period covers the capture.
bool evaluate(MeasuredControlsWidget& widget, const Capture& c)
{
    widget.periodChooser()->setCustomRange(c.start.addSecs(-3600), c.end);
    QSignalSpy done(&widget, &MeasuredControlsWidget::evaluated);
    widget.evaluateAction()->trigger();
    if (!widget.isBusy())
        return false;
    if (!done.wait(WaitMs) && done.isEmpty())
        return false;
    return done.first().first().toString().isEmpty();
}

} // namespace

class TestMeasureViews : public QObject
{
    Q_OBJECT

private slots:
    void unattributedCallsFailUnderAManualPass()
    {
        Capture c = capture(u"unattributed-calls"_s);
        EvaluationFixture& f = *c.fixture;
        QVERIFY(f.assessments().setControlState(f.deploymentId(), Control::HumanAttribution,
                                                ControlStatus::Pass, u"Reviewed"_s, u"auditor"_s));
        MeasuredControlsWidget widget(f.clock(), u"tester"_s);
        QAbstractItemModelTester tester(widget.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester offendingTester(
            widget.offendingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        widget.setContext(c.context());
        widget.show();
        MeasuredControlModel& model = *widget.model();
        const int row = model.rowOf(Control::HumanAttribution);
        QCOMPARE(model.index(row, MeasuredControlModel::MeasuredColumn).data().toString(),
                 u"Not measured"_s);

        QVERIFY(evaluate(widget, c));
        const QModelIndex manual = model.index(row, MeasuredControlModel::ManualColumn);
        QCOMPARE(manual.data().toString(), controlStatusTitle(ControlStatus::Pass));
        QCOMPARE(model.index(row, 0).data(MeasuredControlModel::MeasuredStatusRole).toInt(),
                 int(ControlStatus::Fail));
        QCOMPARE(model.index(row, 0).data(MeasuredControlModel::VerdictRole).toInt(),
                 int(ControlStatus::Fail));
        QVERIFY(model.index(row, 0).data(MeasuredControlModel::ConflictRole).toBool());
        // Red across the row, the manual pass included.
        const QColor background = manual.data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(background.isValid() && background.red() > background.green());
        QCOMPARE(model.readiness(), Readiness::NotReady);
        auto* banner = widget.findChild<QLabel*>(u"measuredReadinessBanner"_s);
        QVERIFY(banner->text().contains(readinessTitle(Readiness::NotReady)));

        widget.selectControl(Control::HumanAttribution);
        QVERIFY(widget.offendingModel()->rowCount() > 0);
        QVERIFY(widget.offendingModel()->keys().size() > 0);
        // The table the reviewer sees is headed in words; the raw key is in the tooltip.
        auto* offending = widget.findChild<QTableView*>(u"offendingItemsView"_s);
        const int agent = int(widget.offendingModel()->keys().indexOf(u"agent"_s));
        const int firstCall = int(widget.offendingModel()->keys().indexOf(u"firstCall"_s));
        QVERIFY(agent >= 0 && firstCall >= 0);
        QAbstractItemModel* shown = offending->model();
        QCOMPARE(shown->headerData(agent, Qt::Horizontal).toString(), u"Agent"_s);
        QCOMPARE(shown->headerData(firstCall, Qt::Horizontal).toString(), u"First call"_s);
        QCOMPARE(shown->headerData(firstCall, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 u"firstCall"_s);
        auto* details = widget.findChild<QLabel*>(u"measuredDetails"_s);
        QVERIFY(details->text().contains(controlTitle(Control::HumanAttribution).toHtmlEscaped()));
    }

    void evaluationOnTheWorkerStoresEvidence()
    {
        Capture c = capture(u"clean"_s);
        EvaluationFixture& f = *c.fixture;
        MeasuredControlsWidget widget(f.clock(), u"tester"_s);
        widget.setContext(c.context());
        QSignalSpy busy(&widget, &MeasuredControlsWidget::busyChanged);
        const qint64 auditBefore = auditCount(f.workspace());
        QVERIFY(evaluate(widget, c));
        QVERIFY(!widget.isBusy());
        QVERIFY(widget.evaluateAction()->isEnabled());
        QVERIFY(busy.size() >= 2);
        QCOMPARE(busy.last().first().toBool(), false);

        auto evidence = f.evidence().list(f.deploymentId());
        QVERIFY(evidence);
        const auto measured = std::count_if(evidence->begin(), evidence->end(), [](const auto& e) {
            return e.kind == EvidenceKind::Measured && e.source == "telemetry"_L1;
        });
        QCOMPARE(measured, qsizetype(ControlCount - 1));
        QVERIFY(auditCount(f.workspace()) > auditBefore);
        // The table reads back what the worker stored through the GUI's own connection.
        const int row = widget.model()->rowOf(Control::OutboundOnly);
        QCOMPARE(widget.model()->index(row, 0).data(MeasuredControlModel::MeasuredStatusRole),
                 QVariant(int(ControlStatus::Pass)));
    }

    void badInputReachesTheUser()
    {
        Capture c = capture(u"clean"_s);
        MeasuredControlsWidget widget(c.fixture->clock(), u"tester"_s);
        widget.setContext(c.context());
        QTRY_VERIFY_WITH_TIMEOUT(!widget.isBusy(), WaitMs);
        widget.periodChooser()->setCustomRange(c.end, c.start);
        widget.evaluateAction()->trigger();
        QTRY_VERIFY(errorBox());
        QVERIFY(static_cast<QMessageBox*>(errorBox())->text().contains(u"before its end"_s));
        errorBox()->close();
        QVERIFY(!widget.isBusy());
    }

    void nothingLinkedIsSaidBeforeEvaluating()
    {
        EvaluationFixture f;
        MeasuredControlsWidget widget(f.clock(), u"tester"_s);
        widget.setContext({&f.workspace(), &f.assessments(), &f.evidence(), f.deploymentId()});
        QTRY_VERIFY_WITH_TIMEOUT(!widget.isBusy(), WaitMs);
        widget.evaluateAction()->trigger();
        QTRY_VERIFY(errorBox());
        QVERIFY(static_cast<QMessageBox*>(errorBox())->text().contains(u"no gateway"_s));
        errorBox()->close();
        QVERIFY(!widget.isBusy());
        auto evidence = f.evidence().list(f.deploymentId());
        QVERIFY(evidence && evidence->isEmpty());
    }

    void aWorkerWithoutItsWorkspaceFails()
    {
        EvaluationJob::Request request;
        request.workspacePath = u"/nonexistent-folder/missing.gatehouse"_s;
        request.deploymentId = 1;
        request.from = QDateTime::currentDateTimeUtc().addDays(-1);
        request.to = QDateTime::currentDateTimeUtc();
        SystemClock clock;
        EvaluationJob job(request, clock);
        QSignalSpy finished(&job, &EvaluationJob::finished);
        job.start();
        QVERIFY(finished.wait(WaitMs) || !finished.isEmpty());
        QVERIFY(!job.result());
        QVERIFY(!job.result().error().message.isEmpty());
    }

    void linksDialogWritesThrough()
    {
        Capture c = capture(u"clean"_s);
        EvaluationFixture& f = *c.fixture;
        MeasurePage page(f.clock(), u"tester"_s);
        page.setRemembersLayout(false);
        page.setDeployment(&f.workspace(), f.deploymentId());
        auto linked = f.links().sources(f.deploymentId());
        QVERIFY(linked && !linked->isEmpty());
        const QString dropped = linked->first();
        auto seen = LinkCandidates::load(f.workspace());
        QVERIFY(seen && !seen->agents.isEmpty());
        const QString agent = seen->agents.first();
        const qint64 auditBefore = auditCount(f.workspace());
        bool handled = false;
        whenDialogShows<DeploymentLinksDialog>([&](DeploymentLinksDialog* dialog) {
            handled = dialog->sourcesEditor()->ids() == *linked;
            dialog->sourcesEditor()->removeId(dropped);
            dialog->sourcesEditor()->addId(u"gw-added-by-hand"_s);
            dialog->agentsEditor()->addId(agent);
            pressButton(dialog, QDialogButtonBox::Ok);
        });
        page.linksAction()->trigger();
        QVERIFY(handled);
        auto sources = f.links().sources(f.deploymentId());
        QVERIFY(sources);
        QVERIFY(!sources->contains(dropped));
        QVERIFY(sources->contains(u"gw-added-by-hand"_s));
        QCOMPARE(*f.links().agents(f.deploymentId()), QStringList{agent});
        QCOMPARE(auditCount(f.workspace()), auditBefore + 3);
        auto* header = page.findChild<QLabel*>(u"measureHeader"_s);
        QVERIFY(header->text().contains(u"fleet"_s));
    }

    void drillsAreStartedStoppedAndMeasured()
    {
        Capture c = capture(u"clean"_s);
        EvaluationFixture& f = *c.fixture;
        auto seen = LinkCandidates::load(f.workspace());
        QVERIFY(seen && seen->agents.size() >= 2);
        const QString stopped = seen->agents.at(0);
        const QString runaway = seen->agents.at(1);
        const QDateTime evaluationClock = f.clock().now();
        MeasurePage page(f.clock(), u"tester"_s);
        page.setRemembersLayout(false);
        page.setDeployment(&f.workspace(), f.deploymentId());
        DrillsWidget& drills = *page.drills();
        QAbstractItemModelTester tester(drills.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Both drills start a minute into the capture; one is stopped half a minute later, the
        // other agent goes on calling for six more minutes.
        f.clock().set(c.start.addSecs(60));
        for (const QString& agent : {stopped, runaway}) {
            whenDialogShows<DrillStartDialog>([&](DrillStartDialog* dialog) {
                dialog->setAgent(agent);
                dialog->setRunbook(u"RB-7 revoke the credential"_s);
                pressButton(dialog, QDialogButtonBox::Ok);
            });
            drills.startAction()->trigger();
        }
        QCOMPARE(drills.model()->rowCount(), 2);
        const KillSwitchDrill* d = drills.model()->drillAt(rowOf(drills, stopped));
        QCOMPARE(d->startedBy, u"tester"_s);
        QCOMPARE(d->runbook, u"RB-7 revoke the credential"_s);
        QCOMPARE(DrillTableModel::outcomeOf(*d), DrillTableModel::Outcome::Running);
        QVERIFY(!drills.startDrill(stopped, {}, u"tester"_s));
        // Someone else pulls the switch: the drill names them, the audit trail the recorder.
        auto byAlice = drills.startDrill(u"agent-of-alice"_s, u"RB-7"_s, u"alice"_s);
        QVERIFY(byAlice);
        QCOMPARE(byAlice->startedBy, u"alice"_s);
        const auto entry = f.workspace().audit().head();
        QCOMPARE(entry->actor, u"tester"_s);
        QVERIFY(entry->details.contains(u"alice"_s));
        QVERIFY(drills.stopDrill(u"agent-of-alice"_s));

        f.clock().set(c.start.addSecs(90));
        drills.view()->setCurrentIndex(drills.model()->index(rowOf(drills, stopped), 0));
        QVERIFY(drills.stopAction()->isEnabled());
        drills.stopAction()->trigger();
        QCOMPARE(DrillTableModel::outcomeOf(*drills.model()->drillAt(rowOf(drills, stopped))),
                 DrillTableModel::Outcome::Pending);
        QCOMPARE(f.workspace().audit().head()->action, u"drill.stop"_s);

        f.clock().set(evaluationClock);
        QVERIFY(evaluate(*page.controls(), c));
        const KillSwitchDrill* passed = drills.model()->drillAt(rowOf(drills, stopped));
        QCOMPARE(DrillTableModel::outcomeOf(*passed), DrillTableModel::Outcome::Passed);
        const KillSwitchDrill* failed = drills.model()->drillAt(rowOf(drills, runaway));
        QVERIFY(failed->timeToStopMs);
        QVERIFY(*failed->timeToStopMs >= DrillTableModel::MaxStopMs);
        QCOMPARE(DrillTableModel::outcomeOf(*failed), DrillTableModel::Outcome::Failed);
        QCOMPARE(drills.model()->nextDue(), passed->startedAt.addDays(90));
        // A drill on an agent that never called proves nothing: it is never measured as a stop.
        const KillSwitchDrill* idle = drills.model()->drillAt(rowOf(drills, u"agent-of-alice"_s));
        QVERIFY(!idle->timeToStopMs);
        QCOMPARE(drills.model()->outcomeAt(rowOf(drills, u"agent-of-alice"_s)),
                 DrillTableModel::Outcome::Idle);
        auto* summary = drills.findChild<QLabel*>(u"drillSummary"_s);
        QVERIFY(summary->text().contains(u"90 days"_s));
        const int row = page.controls()->model()->rowOf(Control::KillSwitch);
        QCOMPARE(page.controls()->model()->index(row, 0).data(MeasuredControlModel::VerdictRole),
                 QVariant(int(ControlStatus::Pass)));
    }

    void drillsReportedByGatewaysAreListed()
    {
        Capture c = capture(u"kill-switch-drill"_s);
        EvaluationFixture& f = *c.fixture;
        MeasurePage page(f.clock(), u"tester"_s);
        page.setRemembersLayout(false);
        page.setDeployment(&f.workspace(), f.deploymentId());
        QCOMPARE(page.drills()->model()->rowCount(), 0);
        QVERIFY(evaluate(*page.controls(), c));
        DrillTableModel& model = *page.drills()->model();
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.isReported(0));
        QCOMPARE(model.outcomeAt(0), DrillTableModel::Outcome::Passed);
        QVERIFY(model.nextDue());
        // A reported drill cannot be stopped from the console.
        page.drills()->view()->setCurrentIndex(model.index(0, 0));
        QVERIFY(!page.drills()->stopAction()->isEnabled());
        const int row = page.controls()->model()->rowOf(Control::KillSwitch);
        QCOMPARE(page.controls()->model()->index(row, 0).data(MeasuredControlModel::VerdictRole),
                 QVariant(int(ControlStatus::Pass)));
    }

    void baselinePaneShowsTheEvaluatedPeriod()
    {
        Capture c = capture(u"clean"_s);
        EvaluationFixture& f = *c.fixture;
        MeasurePage page(f.clock(), u"tester"_s);
        page.setRemembersLayout(false);
        page.setDeployment(&f.workspace(), f.deploymentId());
        QVERIFY(evaluate(*page.controls(), c));
        BaselineChartPane& pane = *page.baseline();
        QVERIFY(pane.pointCount() >= 1);
        QVERIFY(pane.baseline().coverageDays() > 0);
        // The deployment and each agent it saw can be chosen.
        QVERIFY(pane.subjectChooser()->count() >= 2);
        const QString agent = pane.subjectChooser()->itemData(1).toString();
        pane.show(agent, u"tokensIn"_s);
        QCOMPARE(pane.subjectChooser()->currentData().toString(), agent);
        QCOMPARE(pane.metricChooser()->currentData().toString(), u"tokensIn"_s);
        QVERIFY(pane.pointCount() >= 1);
        auto* coverage = pane.findChild<QLabel*>(u"baselineCoverage"_s);
        QVERIFY(coverage->text().contains(u"30"_s));
    }

    void periodChooser_data()
    {
        QTest::addColumn<PeriodChooser::Span>("span");
        QTest::addColumn<int>("days");
        QTest::newRow("last 24 hours") << PeriodChooser::Span::Day << 1;
        QTest::newRow("last 7 days") << PeriodChooser::Span::Week << 7;
        QTest::newRow("last 30 days") << PeriodChooser::Span::Month << 30;
    }

    void periodChooser()
    {
        QFETCH(PeriodChooser::Span, span);
        QFETCH(int, days);
        ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        PeriodChooser chooser(clock);
        chooser.setSpan(span);
        auto period = chooser.period();
        QVERIFY(period);
        QCOMPARE(period->to, clock.now());
        QCOMPARE(period->from, clock.now().addDays(-days));
        // A custom range is taken as given, to the minute the editors show.
        const QDateTime from(QDate(2026, 11, 3), QTime(8, 30), Qt::UTC);
        chooser.setCustomRange(from, from.addDays(2));
        QCOMPARE(chooser.span(), PeriodChooser::Span::Custom);
        QCOMPARE(chooser.period()->from, from);
        QCOMPARE(chooser.period()->to, from.addDays(2));
        chooser.setCustomRange(from, from);
        QVERIFY(!chooser.period());
    }

    void aWeekOfTrafficDrawsItsBandAndAnomalies()
    {
        // One call every two minutes per gateway for a month; the last week is evaluated.
        ScenarioOptions options;
        options.name = u"clean"_s;
        options.rate = 1.0 / 120;
        options.seed = 5;
        options.sandboxHosts = 0;
        auto fleet = FleetScenario::create(options);
        QVERIFY(fleet);
        Capture c;
        c.end = c.fixture->capture(**fleet, 31 * 24 * 30);
        c.start = c.end.addDays(-7).addSecs(3600);
        MeasurePage page(c.fixture->clock(), u"tester"_s);
        page.setRemembersLayout(false);
        page.setDeployment(&c.fixture->workspace(), c.fixture->deploymentId());
        QVERIFY(evaluate(*page.controls(), c));
        BaselineChartPane& pane = *page.baseline();
        QVERIFY(pane.baseline().coverageDays() >= 7);
        QVERIFY(pane.anomalies()->rowCount() > 0);
        // The chart shows, for the largest anomaly's subject and metric, every hour with the band
        // and exactly the anomalies the list has for them.
        const Anomaly largest = *pane.anomalies()->anomalyAt(0);
        pane.show(largest.agent, largest.metric);
        const BaselineSeries drawn =
            BaselineSeries::of(pane.baseline(), largest.agent, largest.metric);
        QVERIFY(pane.pointCount() >= 7 * 24);
        QCOMPARE(drawn.upper.size(), drawn.points.size());
        int listed = 0;
        for (int row = 0; row < pane.anomalies()->rowCount(); ++row) {
            const Anomaly* a = pane.anomalies()->anomalyAt(row);
            listed += a->agent == largest.agent && a->metric == largest.metric;
        }
        QCOMPARE(pane.markerCount(), listed);
    }

    void headerSaysWhatTheRetentionNoLongerHolds()
    {
        Capture c = capture(u"clean"_s);
        EvaluationFixture& f = *c.fixture;
        const auto headerOf = [&] {
            MeasurePage page(f.clock(), u"tester"_s);
            page.setRemembersLayout(false);
            page.setDeployment(&f.workspace(), f.deploymentId());
            return page.findChild<QLabel*>(u"measureHeader"_s)->text();
        };
        QVERIFY(!headerOf().contains(u"no longer held"_s));
        // The day the page shows starts before the seven minutes captured.
        QVERIFY(RetentionSetting::write(f.workspace(), 30, u"tester"_s));
        QVERIFY2(headerOf().contains(u"The archive keeps 30 day"_s), qPrintable(headerOf()));
    }

    void pageWithoutDeploymentSaysWhatToDo()
    {
        SystemClock clock;
        MeasurePage page(clock, u"tester"_s);
        page.setRemembersLayout(false);
        QVERIFY(!page.linksAction()->isEnabled());
        QVERIFY(!page.controls()->evaluateAction()->isEnabled());
        QVERIFY(!page.drills()->startAction()->isEnabled());
        QCOMPARE(page.controls()->model()->rowCount(), 0);
        QVERIFY(
            page.findChild<QLabel*>(u"measuredReadinessBanner"_s)->text().contains(u"Assess"_s));
        QCOMPARE(page.findChild<QStackedWidget*>(u"baselineChartStack"_s)->currentIndex(), 1);
        QCOMPARE(page.pageActions().size(), 4);
    }
};

QTEST_MAIN(TestMeasureViews)
#include "tst_measureviews.moc"
