// Fills a real workspace through the stores and checks what the report builder makes of it:
// matrix rows, control rows with method and freshness, exceptions, the period cut-off, the
// audit-trail head, and that the same workspace and clock give the same report.
#include "resultcheck.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/evidence/evidencestore.h"
#include "models/report/reportbuilder.h"
#include "models/report/reportrenderer.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class ReportBuilderTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void matrixAndChecklistBecomeRows();
    void evidenceCarriesHashesAndFreshness();
    void exceptionsNameTheOffendingItems();
    void periodShowsTheStateAtItsEnd();
    void auditTrailHeadIsIncluded();
    void sameWorkspaceGivesSameReport();
    void badOptionsAreRefused_data();
    void badOptionsAreRefused();

private:
    ReportBuilder::Options options() const;

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AssessmentStore> m_assessments;
    std::unique_ptr<EvidenceStore> m_evidence;
    qint64 m_deployment = 0;
    qint64 m_approvedNote = 0;
};

void ReportBuilderTest::init()
{
    static int counter = 0;
    auto workspace = Workspace::open(m_dir.filePath(u"ws%1.gatehouse"_s.arg(++counter)),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    m_workspace = std::move(*workspace);
    m_assessments = std::make_unique<AssessmentStore>(*m_workspace);
    m_evidence = std::make_unique<EvidenceStore>(*m_workspace);
    Deployment deployment;
    deployment.name = u"claims-triage"_s;
    deployment.owner = u"Claims Operations"_s;
    auto added = m_assessments->addDeployment(deployment, u"ana"_s);
    QVERIFY_RESULT(added);
    m_deployment = added->id;

    QList<DimensionScore> scores;
    for (int i = 0; i < DimensionCount; ++i)
        scores.append({Dimension(i), 4, u"Scored in the workshop"_s, u"ana"_s, {}});
    QVERIFY_RESULT(m_assessments->scoreMatrix(m_deployment, scores, u"ana"_s));
    QVERIFY_RESULT(m_assessments->setControlState(m_deployment, Control::ServiceIdentity,
                                                  ControlStatus::Pass, {}, u"sam"_s));
    QVERIFY_RESULT(m_assessments->setControlState(m_deployment, Control::AnomalyBaselines,
                                                  ControlStatus::Fail,
                                                  u"Only 12 days of baseline"_s, u"sam"_s));

    EvidenceStore::NewEvidence note{m_deployment, Control::ServiceIdentity, u"IAM export"_s,
                                    m_clock.now().addDays(-2)};
    auto approved = m_evidence->addNote(note, u"every agent has its own key"_s, u"ana"_s);
    QVERIFY_RESULT(approved);
    m_approvedNote = approved->id;
    QVERIFY_RESULT(m_evidence->setStatus(m_approvedNote, EvidenceStatus::InReview, u"ana"_s));
    QVERIFY_RESULT(m_evidence->setStatus(m_approvedNote, EvidenceStatus::Approved, u"sam"_s));
    EvidenceStore::NewEvidence old{m_deployment, Control::AnomalyBaselines, u"Baseline export"_s,
                                   m_clock.now().addDays(-60)};
    QVERIFY_RESULT(m_evidence->addMeasured(old, R"({"days":12})", u"ana"_s));
    QVERIFY_RESULT(
        m_evidence->setMaxEvidenceAgeDays(m_deployment, Control::AnomalyBaselines, 30, u"ana"_s));
}

void ReportBuilderTest::cleanup()
{
    m_evidence.reset();
    m_assessments.reset();
    m_workspace.reset();
}

ReportBuilder::Options ReportBuilderTest::options() const
{
    ReportBuilder::Options options;
    options.deployments = {u"claims-triage"_s};
    options.organisation = u"Example Bank AG"_s;
    options.signOffs = {{u"Assessor"_s, u"sam"_s, {}, {}}};
    return options;
}

void ReportBuilderTest::matrixAndChecklistBecomeRows()
{
    auto data = ReportBuilder(*m_workspace, m_clock).build(options());
    QVERIFY_RESULT(data);
    QCOMPARE(data->organisation, u"Example Bank AG"_s);
    QCOMPARE(data->generatedAt, m_clock.now());
    QCOMPARE(data->deployments.size(), 1);
    const ReportDeployment& deployment = data->deployments.first();
    QCOMPARE(deployment.dimensions.size(), DimensionCount);
    QCOMPARE(deployment.dimensions.first().scoredBy, u"ana"_s);
    QCOMPARE(deployment.total, 32);
    QCOMPARE(deployment.band, Band::SelfHostedTunnel);
    QCOMPARE(deployment.controls.size(), ControlCount);
    QCOMPARE(deployment.controls[int(Control::ServiceIdentity)].status, ControlStatus::Pass);
    QCOMPARE(deployment.controls[int(Control::ServiceIdentity)].reviewer, u"sam"_s);
    QCOMPARE(deployment.satisfiedControls, 1);
    QCOMPARE(deployment.readiness, Readiness::NotReady);
    QVERIFY(deployment.monitoring.isEmpty());
}

void ReportBuilderTest::evidenceCarriesHashesAndFreshness()
{
    auto data = ReportBuilder(*m_workspace, m_clock).build(options());
    QVERIFY_RESULT(data);
    const ReportDeployment& deployment = data->deployments.first();
    QCOMPARE(deployment.evidence.size(), 2);
    const ReportEvidence& note = deployment.evidence.first();
    QCOMPARE(note.id, m_approvedNote);
    QCOMPARE(note.sha256.size(), 64);
    QCOMPARE(note.status, u"approved"_s);
    QCOMPARE(deployment.evidence.last().status, u"expired"_s);

    const ReportControl& identity = deployment.controls[int(Control::ServiceIdentity)];
    QCOMPARE(identity.method, u"manual"_s);
    QCOMPARE(identity.freshness, u"current"_s);
    QCOMPARE(identity.evidenceIds, QStringList{QString::number(m_approvedNote)});
    const ReportControl& baseline = deployment.controls[int(Control::AnomalyBaselines)];
    QCOMPARE(baseline.method, u"measured"_s);
    QCOMPARE(baseline.freshness, u"expired"_s);
    QCOMPARE(deployment.controls[int(Control::KillSwitch)].freshness, u"no evidence"_s);
}

void ReportBuilderTest::exceptionsNameTheOffendingItems()
{
    auto data = ReportBuilder(*m_workspace, m_clock).build(options());
    QVERIFY_RESULT(data);
    const ReportDeployment& deployment = data->deployments.first();
    const QStringList failing = deployment.controls[int(Control::AnomalyBaselines)].offendingItems;
    QVERIFY2(failing.join(u'|').contains(u"Only 12 days of baseline"),
             qPrintable(failing.join(u'|')));
    QVERIFY(failing.join(u'|').contains(u"has expired"));
    QCOMPARE(deployment.controls[int(Control::KillSwitch)].offendingItems,
             QStringList{u"No evidence attached."_s});
    QVERIFY(deployment.controls[int(Control::ServiceIdentity)].offendingItems.isEmpty());
}

void ReportBuilderTest::periodShowsTheStateAtItsEnd()
{
    ReportBuilder::Options period = options();
    period.from = m_clock.now().addDays(-30);
    period.to = m_clock.now();
    m_clock.advance(3600 * 1000);
    EvidenceStore::NewEvidence late{m_deployment, Control::KillSwitch, u"Drill log"_s, {}};
    QVERIFY_RESULT(m_evidence->addNote(late, u"drill"_s, u"ana"_s));
    QVERIFY_RESULT(m_assessments->setControlState(m_deployment, Control::AnomalyBaselines,
                                                  ControlStatus::Pass, {}, u"sam"_s));

    auto data = ReportBuilder(*m_workspace, m_clock).build(period);
    QVERIFY_RESULT(data);
    QCOMPARE(data->periodEnd, period.to);
    const ReportDeployment& then = data->deployments.first();
    QCOMPARE(then.evidence.size(), 2);
    QCOMPARE(then.controls[int(Control::AnomalyBaselines)].status, ControlStatus::Fail);
    QCOMPARE(then.total, 32);
    auto now = ReportBuilder(*m_workspace, m_clock).build(options());
    QVERIFY_RESULT(now);
    QCOMPARE(now->deployments.first().evidence.size(), 3);
    QCOMPARE(now->deployments.first().controls[int(Control::AnomalyBaselines)].status,
             ControlStatus::Pass);
}

void ReportBuilderTest::auditTrailHeadIsIncluded()
{
    auto data = ReportBuilder(*m_workspace, m_clock).build(options());
    QVERIFY_RESULT(data);
    auto head = m_workspace->audit().head();
    QVERIFY_RESULT(head);
    QCOMPARE(data->auditHeadHash, head->hash);
    QCOMPARE(data->auditEntries, head->sequence);
    QVERIFY(data->auditIntact);
}

void ReportBuilderTest::sameWorkspaceGivesSameReport()
{
    auto first = ReportBuilder(*m_workspace, m_clock).build(options());
    auto second = ReportBuilder(*m_workspace, m_clock).build(options());
    QVERIFY_RESULT(first);
    QVERIFY_RESULT(second);
    QCOMPARE(first->reportId(), second->reportId());
    auto rendered = ReportRenderer::render(*first);
    auto again = ReportRenderer::render(*second);
    QVERIFY_RESULT(rendered);
    QVERIFY_RESULT(again);
    QVERIFY(rendered->pdf == again->pdf);

    m_clock.advance(60 * 1000);
    auto later = ReportBuilder(*m_workspace, m_clock).build(options());
    QVERIFY_RESULT(later);
    QVERIFY(later->generatedAt != first->generatedAt);
    QCOMPARE(later->reportId(), first->reportId());
}

void ReportBuilderTest::badOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("deployments");
    QTest::addColumn<int>("fromDays");
    QTest::addColumn<int>("toDays");
    QTest::newRow("no deployment") << QStringList() << 0 << 0;
    QTest::newRow("unknown deployment") << QStringList{u"nope"_s} << 0 << 0;
    QTest::newRow("start after end") << QStringList{u"claims-triage"_s} << -1 << -2;
    QTest::newRow("start without end") << QStringList{u"claims-triage"_s} << -1 << 0;
}

void ReportBuilderTest::badOptionsAreRefused()
{
    QFETCH(QStringList, deployments);
    QFETCH(int, fromDays);
    QFETCH(int, toDays);
    ReportBuilder::Options bad = options();
    bad.deployments = deployments;
    if (fromDays)
        bad.from = m_clock.now().addDays(fromDays);
    if (toDays)
        bad.to = m_clock.now().addDays(toDays);
    QVERIFY(!ReportBuilder(*m_workspace, m_clock).build(bad));
}

QTEST_MAIN(ReportBuilderTest)
#include "tst_reportbuilder.moc"
