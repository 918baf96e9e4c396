// The item models of the Measure page on hand-made values: the measured-controls table (a
// measured fail under a manual pass is red and counts as a fail), the readiness it implies,
// the offending items, the drills with their outcome and due date, the anomalies, and the
// baseline series with its band and marked hours.
#include "models/assessment/checklistmodel.h"
#include "models/core/clock.h"
#include "models/evaluation/anomalytablemodel.h"
#include "models/evaluation/baselineseries.h"
#include "models/evaluation/drilltablemodel.h"
#include "models/evaluation/measuredcontrolmodel.h"
#include "models/evaluation/offendingitemmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(Gatehouse::Readiness)
Q_DECLARE_METATYPE(Gatehouse::DrillTableModel::Outcome)

namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC);

ControlMeasurement measurement(Control control, ControlStatus status)
{
    ControlMeasurement m = status == ControlStatus::Fail
                               ? ControlMeasurement::failed(control, u"bad"_s, {{u"calls"_s, 3}},
                                                            {QJsonObject{{u"callId"_s, u"c1"_s}}})
                           : status == ControlStatus::Pass
                               ? ControlMeasurement::passed(control, u"good"_s, {{u"calls"_s, 3}})
                               : ControlMeasurement::notAssessed(control, u"no data"_s);
    m.from = T0;
    m.to = T0.addDays(1);
    m.measuredAt = T0.addDays(1);
    m.evidenceId = 7;
    return m;
}

// Every control passed by hand, the first `measuredFails` of them measured as failing.
QList<ControlVerdict> verdicts(int manualPasses, int measuredFails)
{
    ReadinessChecklist checklist;
    for (int i = 0; i < manualPasses; ++i)
        checklist.set({Control(i), ControlStatus::Pass, {}, u"auditor"_s, T0});
    QMap<Control, ControlMeasurement> measured;
    for (int i = 0; i < measuredFails; ++i)
        measured.insert(Control(i), measurement(Control(i), ControlStatus::Fail));
    return ControlVerdict::combineAll(checklist, measured);
}

KillSwitchDrill drill(qint64 id, int startDay, std::optional<qint64> timeToStopMs, bool ended)
{
    KillSwitchDrill d;
    d.id = id;
    d.agentId = u"agent-%1"_s.arg(id);
    d.startedAt = T0.addDays(startDay);
    d.startedBy = u"operator"_s;
    d.runbook = u"RB-1"_s;
    if (ended)
        d.endedAt = d.startedAt.addSecs(600);
    d.timeToStopMs = timeToStopMs;
    return d;
}

// 48 hours of 100 calls an hour with one hour of 900.
BaselineAnalysis spikyBaseline()
{
    QList<HourlyMetrics> hourly;
    for (int h = 0; h < 48; ++h) {
        const qint64 calls = h == 30 ? 900 : 100 + (h % 3);
        hourly.append({BaselineAnalysis::AllAgents, T0.toMSecsSinceEpoch() + h * 3'600'000LL, calls,
                       1000 + (h % 3) * 10, 500 + (h % 3) * 5, 40, 90});
    }
    return BaselineAnalysis::fromHourly(hourly);
}

} // namespace

class TestEvaluationModels : public QObject
{
    Q_OBJECT

private slots:
    void measuredFailUnderManualPassIsRed()
    {
        MeasuredControlModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVerdicts(verdicts(12, 1));
        QCOMPARE(model.rowCount(), ControlCount);
        QCOMPARE(model.columnCount(), int(MeasuredControlModel::ColumnCount));
        const int row = model.rowOf(Control::ServiceIdentity);
        const auto at = [&](int column, int role) { return model.index(row, column).data(role); };
        QCOMPARE(at(MeasuredControlModel::ManualColumn, Qt::DisplayRole).toString(),
                 controlStatusTitle(ControlStatus::Pass));
        QCOMPARE(at(MeasuredControlModel::MeasuredColumn, Qt::DisplayRole).toString(),
                 controlStatusTitle(ControlStatus::Fail));
        QCOMPARE(at(MeasuredControlModel::VerdictColumn, MeasuredControlModel::VerdictRole).toInt(),
                 int(ControlStatus::Fail));
        QVERIFY(at(0, MeasuredControlModel::ConflictRole).toBool());
        const QColor background =
            at(MeasuredControlModel::ManualColumn, Qt::BackgroundRole).value<QColor>();
        QVERIFY(background.isValid());
        QVERIFY(background.red() > background.green());
        QCOMPARE(at(MeasuredControlModel::VerdictColumn, Qt::ForegroundRole).value<QColor>(),
                 ChecklistModel::statusColour(ControlStatus::Fail));
        QCOMPARE(at(MeasuredControlModel::ReasonColumn, Qt::DisplayRole).toString(), u"bad"_s);
        QCOMPARE(at(MeasuredControlModel::VerdictColumn, Qt::DecorationRole).value<QColor>(),
                 ChecklistModel::statusColour(ControlStatus::Fail));
        QVERIFY(!at(MeasuredControlModel::PeriodColumn, Qt::DisplayRole).toString().isEmpty());
        // A control that was never measured shows so, without a red row.
        const int other = model.rowOf(Control::GovernancePolicy);
        QVERIFY(!model.index(other, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(other, 0).data(MeasuredControlModel::MeasuredStatusRole).isValid());
    }

    void readiness_data()
    {
        QTest::addColumn<int>("manualPasses");
        QTest::addColumn<int>("measuredFails");
        QTest::addColumn<int>("satisfied");
        QTest::addColumn<Readiness>("readiness");
        QTest::newRow("all passed") << 12 << 0 << 12 << Readiness::LaunchReady;
        QTest::newRow("one measured fail") << 12 << 1 << 11 << Readiness::Pilot;
        QTest::newRow("two measured fails") << 12 << 2 << 10 << Readiness::Pilot;
        QTest::newRow("three measured fails") << 12 << 3 << 9 << Readiness::NotReady;
        QTest::newRow("nothing assessed") << 0 << 0 << 0 << Readiness::NotReady;
    }

    void readiness()
    {
        QFETCH(int, manualPasses);
        QFETCH(int, measuredFails);
        QFETCH(int, satisfied);
        QFETCH(Readiness, readiness);
        MeasuredControlModel model;
        model.setVerdicts(verdicts(manualPasses, measuredFails));
        QCOMPARE(model.satisfiedCount(), satisfied);
        QCOMPARE(model.readiness(), readiness);
    }

    void offendingItemsTakeTheirKeysAsColumns()
    {
        OffendingItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({QJsonObject{{u"callId"_s, u"c1"_s}, {u"agent"_s, u"a"_s}},
                        QJsonObject{{u"credential"_s, u"k1"_s}, {u"ratio"_s, 0.125}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.keys(), (QStringList{u"agent"_s, u"callId"_s, u"credential"_s, u"ratio"_s}));
        QCOMPARE(model.index(0, 1).data().toString(), u"c1"_s);
        QCOMPARE(model.index(0, 2).data().toString(), QString());
        QCOMPARE(model.index(1, 3).data().toString(), u"0.13"_s);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Credential"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Call id"_s);
        for (int role : {int(Qt::ToolTipRole), int(OffendingItemModel::KeyRole)})
            QCOMPARE(model.headerData(1, Qt::Horizontal, role).toString(), u"callId"_s);
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(!model.headerData(4, Qt::Horizontal).isValid());
        model.setItems({});
        QCOMPARE(model.columnCount(), 0);
    }

    // Every key the evaluators put into offending items, then keys no evaluator emits.
    void offendingItemHeaders_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("header");
        const QList<std::pair<QString, QString>> known = {
            {u"address"_s, u"Address"_s},
            {u"ageHours"_s, u"Age (hours)"_s},
            {u"agent"_s, u"Agent"_s},
            {u"agents"_s, u"Agents"_s},
            {u"baseline"_s, u"Baseline"_s},
            {u"calls"_s, u"Calls"_s},
            {u"computeJurisdiction"_s, u"Compute jurisdiction"_s},
            {u"computeRegion"_s, u"Compute region"_s},
            {u"coverageDays"_s, u"Days covered"_s},
            {u"credential"_s, u"Credential"_s},
            {u"dataJurisdiction"_s, u"Data jurisdiction"_s},
            {u"dataRegion"_s, u"Data region"_s},
            {u"direction"_s, u"Direction"_s},
            {u"distinctSecrets"_s, u"Distinct secrets"_s},
            {u"drillId"_s, u"Drill"_s},
            {u"dueAt"_s, u"Due"_s},
            {u"endpoint"_s, u"Endpoint"_s},
            {u"endpoints"_s, u"Endpoints"_s},
            {u"fingerprints"_s, u"Fingerprints"_s},
            {u"firstCall"_s, u"First call"_s},
            {u"firstSequence"_s, u"First sequence"_s},
            {u"grouping"_s, u"Grouping"_s},
            {u"hour"_s, u"Hour"_s},
            {u"issuedAt"_s, u"Issued"_s},
            {u"kind"_s, u"Kind"_s},
            {u"lagMinutes"_s, u"Lag (minutes)"_s},
            {u"lastCallAt"_s, u"Last call"_s},
            {u"lastDeliveryAt"_s, u"Last delivery"_s},
            {u"lastUsedAt"_s, u"Last used"_s},
            {u"mcpServer"_s, u"MCP server"_s},
            {u"metric"_s, u"Metric"_s},
            {u"origin"_s, u"Origin"_s},
            {u"port"_s, u"Port"_s},
            {u"problem"_s, u"Problem"_s},
            {u"purpose"_s, u"Purpose"_s},
            {u"rules"_s, u"Rules"_s},
            {u"runbook"_s, u"Runbook"_s},
            {u"sandbox"_s, u"Sandbox"_s},
            {u"scale"_s, u"Scale"_s},
            {u"scope"_s, u"Scope"_s},
            {u"score"_s, u"Score"_s},
            {u"secrets"_s, u"Secrets"_s},
            {u"startedAt"_s, u"Started"_s},
            {u"startedBy"_s, u"Started by"_s},
            {u"state"_s, u"State"_s},
            {u"status"_s, u"Status"_s},
            {u"timeToStopSeconds"_s, u"Time to stop (s)"_s},
            {u"tool"_s, u"Tool"_s},
            {u"value"_s, u"Value"_s},
        };
        for (const auto& [key, header] : known)
            QTest::newRow(qPrintable(key)) << key << header;
        QTest::newRow("fallback: snake case") << u"agent_id"_s << u"Agent id"_s;
        QTest::newRow("fallback: camel case") << u"dataRegionCode"_s << u"Data region code"_s;
        QTest::newRow("fallback: hyphens") << u"tool-call_count"_s << u"Tool call count"_s;
        QTest::newRow("fallback: acronym") << u"peerTLSVersion"_s << u"Peer TLS version"_s;
        QTest::newRow("fallback: doubled underscores") << u"__a__b"_s << u"A b"_s;
        QTest::newRow("fallback: one letter") << u"x"_s << u"X"_s;
        QTest::newRow("fallback: digits") << u"ipv4_address"_s << u"Ipv4 address"_s;
        QTest::newRow("fallback: empty") << QString() << QString();
    }

    void offendingItemHeaders()
    {
        QFETCH(QString, key);
        QFETCH(QString, header);
        QCOMPARE(OffendingItemModel::headerFor(key), header);
        OffendingItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({QJsonObject{{key, 1}}});
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), header);
        QCOMPARE(model.headerData(0, Qt::Horizontal, OffendingItemModel::KeyRole).toString(), key);
    }

    void drillOutcome_data()
    {
        QTest::addColumn<std::optional<qint64>>("timeToStopMs");
        QTest::addColumn<bool>("ended");
        QTest::addColumn<DrillTableModel::Outcome>("outcome");
        QTest::newRow("running") << std::optional<qint64>() << false
                                 << DrillTableModel::Outcome::Running;
        QTest::newRow("ended, not measured")
            << std::optional<qint64>() << true << DrillTableModel::Outcome::Pending;
        QTest::newRow("stopped in 2 min")
            << std::optional<qint64>(120'000) << true << DrillTableModel::Outcome::Passed;
        QTest::newRow("stopped at 5 min")
            << std::optional<qint64>(300'000) << true << DrillTableModel::Outcome::Failed;
    }

    void drillOutcome()
    {
        QFETCH(std::optional<qint64>, timeToStopMs);
        QFETCH(bool, ended);
        QFETCH(DrillTableModel::Outcome, outcome);
        QCOMPARE(DrillTableModel::outcomeOf(drill(1, 0, timeToStopMs, ended)), outcome);
    }

    void nextDrillIsDueNinetyDaysAfterTheLastPass()
    {
        DrillTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDrills({drill(1, 0, 60'000, true), drill(2, 10, 400'000, true),
                         drill(3, 5, 90'000, true), drill(4, 20, {}, false)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.nextDue(), T0.addDays(5 + 90));
        QCOMPARE(model.index(1, DrillTableModel::TimeToStopColumn)
                     .data(DrillTableModel::SortRole)
                     .toLongLong(),
                 400'000);
        QVERIFY(model.index(1, DrillTableModel::DueColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, DrillTableModel::DueColumn).data().toString().isEmpty());
        QCOMPARE(model.index(3, 0).data(DrillTableModel::OutcomeRole),
                 QVariant(int(DrillTableModel::Outcome::Running)));
        model.setDrills({drill(5, 0, 400'000, true)});
        QVERIFY(!model.nextDue());
        // A drill a gateway reported counts the same, and is never running in the console.
        KillSwitchDrill reported = drill(0, 30, {}, false);
        reported.startedBy = u"gw-eu-1"_s;
        model.setDrills({drill(5, 0, 400'000, true)}, {reported});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.isReported(1));
        QCOMPARE(model.outcomeAt(1), DrillTableModel::Outcome::Pending);
        QVERIFY(
            model.index(1, DrillTableModel::RunByColumn).data().toString().contains(u"gw-eu-1"_s));
        reported.timeToStopMs = 30'000;
        model.setDrills({}, {reported});
        QCOMPARE(model.nextDue(), T0.addDays(30 + 90));
    }

    void reportedDrillsComeFromTheMeasurement()
    {
        ControlMeasurement m = measurement(Control::KillSwitch, ControlStatus::Pass);
        m.details.insert(u"drills"_s,
                         QJsonArray{QJsonObject{{u"drillId"_s, u"1"_s},
                                                {u"origin"_s, u"console"_s},
                                                {u"agent"_s, u"a"_s},
                                                {u"startedAt"_s, toIsoUtc(T0)},
                                                {u"problem"_s, u"no call from the agent"_s}},
                                    QJsonObject{{u"drillId"_s, u"drill-1"_s},
                                                {u"origin"_s, u"gw-eu-1"_s},
                                                {u"agent"_s, u"b"_s},
                                                {u"startedAt"_s, toIsoUtc(T0.addSecs(60))},
                                                {u"timeToStopSeconds"_s, 42.5}}});
        const QList<KillSwitchDrill> reported = DrillTableModel::reportedIn(m);
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.first().agentId, u"b"_s);
        QCOMPARE(reported.first().startedBy, u"gw-eu-1"_s);
        QCOMPARE(reported.first().startedAt, T0.addSecs(60));
        QCOMPARE(reported.first().timeToStopMs, std::optional<qint64>(42'500));
        QCOMPARE(DrillTableModel::idleIn(m), QSet<qint64>{1});
        DrillTableModel model;
        model.setDrills({drill(1, 0, {}, true)}, reported, DrillTableModel::idleIn(m));
        QCOMPARE(model.outcomeAt(0), DrillTableModel::Outcome::Idle);
        QCOMPARE(model.outcomeAt(1), DrillTableModel::Outcome::Passed);
    }

    void baselineSeriesMarksTheSpike()
    {
        const BaselineAnalysis analysis = spikyBaseline();
        const BaselineSeries s =
            BaselineSeries::of(analysis, BaselineAnalysis::AllAgents, u"calls"_s);
        QCOMPARE(s.points.size(), 48);
        QCOMPARE(s.lower.size(), 48);
        QCOMPARE(s.upper.size(), 48);
        QCOMPARE(s.anomalies.size(), 1);
        QCOMPARE(s.anomalies.first().y(), 900.0);
        for (qsizetype i = 0; i < s.lower.size(); ++i) {
            QVERIFY(s.lower[i].y() >= 0);
            QVERIFY(s.lower[i].y() <= s.upper[i].y());
        }
        QVERIFY(s.upper.first().y() < 900);
        QCOMPARE(BaselineSeries::metrics().size(), 5);
    }

    void bandClosesWhereAnHourHasNoBaseline()
    {
        // Four days: the morning hours vary a little, the afternoon ones never do.
        QList<HourlyMetrics> hourly;
        for (int h = 0; h < 96; ++h) {
            const qint64 calls = h % 24 < 12 ? 100 + (h / 24) % 3 : 50;
            hourly.append({BaselineAnalysis::AllAgents, T0.toMSecsSinceEpoch() + h * 3'600'000LL,
                           calls, 0, 0, 0, 0});
        }
        const BaselineSeries s = BaselineSeries::of(BaselineAnalysis::fromHourly(hourly),
                                                    BaselineAnalysis::AllAgents, u"calls"_s);
        QCOMPARE(s.points.size(), 96);
        QCOMPARE(s.lower.size(), 96);
        QCOMPARE(s.upper.size(), 96);
        for (qsizetype i = 0; i < s.points.size(); ++i)
            QCOMPARE(s.lower[i].x(), s.points[i].x());
        const qsizetype afternoon = 15;
        QCOMPARE(s.lower[afternoon].y(), 50.0);
        QCOMPARE(s.upper[afternoon].y(), 50.0);
        QVERIFY(s.upper[2].y() > s.lower[2].y());
        QVERIFY(s.anomalies.isEmpty());
    }

    void anomaliesLargestFirst()
    {
        AnomalyTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnomalies(spikyBaseline().anomalies());
        QVERIFY(model.rowCount() >= 1);
        const Anomaly* first = model.anomalyAt(0);
        QCOMPARE(first->metric, u"calls"_s);
        QCOMPARE(first->value, 900.0);
        QCOMPARE(model.index(0, AnomalyTableModel::SubjectColumn).data().toString(),
                 AnomalyTableModel::subjectTitle(BaselineAnalysis::AllAgents));
        QVERIFY(model.index(0, AnomalyTableModel::SizeColumn).data().toString().startsWith(u'+'));
        QCOMPARE(model.index(0, 0).data(AnomalyTableModel::HourRole).toLongLong(),
                 T0.toMSecsSinceEpoch() + 30 * 3'600'000LL);
    }
};

QTEST_MAIN(TestEvaluationModels)
#include "tst_evaluationmodels.moc"
