// The three item models of the Assess page under QAbstractItemModelTester, driven through the
// stores as the widgets drive them: deployments added and renamed, statuses set, evidence added,
// reviewed and expired.
#include "models/assessment/assessmentstore.h"
#include "models/assessment/checklistmodel.h"
#include "models/assessment/deploymentmodel.h"
#include "models/core/clock.h"
#include "models/evidence/evidencemodel.h"
#include "models/evidence/evidencestore.h"
#include "models/workspace/workspace.h"

#include "resultcheck.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deploymentModelFollowsTheStore();
    void checklistModelGroupsAndCounts();
    void checklistStatusColours_data();
    void checklistStatusColours();
    void evidenceModelShowsFreshness();

private:
    qint64 addDeployment(const QString& name);
    Evidence addNote(qint64 deployment, Control control, int daysOld);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AssessmentStore> m_assessments;
    std::unique_ptr<EvidenceStore> m_evidence;
};

void TestItemModels::init()
{
    static int counter = 0;
    auto workspace = Workspace::open(m_dir.filePath(u"models%1.gatehouse"_s.arg(++counter)),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    m_workspace = std::move(*workspace);
    m_assessments = std::make_unique<AssessmentStore>(*m_workspace);
    m_evidence = std::make_unique<EvidenceStore>(*m_workspace);
}

void TestItemModels::cleanup()
{
    m_evidence.reset();
    m_assessments.reset();
    m_workspace.reset();
}

qint64 TestItemModels::addDeployment(const QString& name)
{
    Deployment deployment;
    deployment.name = name;
    deployment.owner = u"Claims Operations"_s;
    const auto added = m_assessments->addDeployment(deployment, u"ana"_s);
    return added ? added->id : 0;
}

Evidence TestItemModels::addNote(qint64 deployment, Control control, int daysOld)
{
    EvidenceStore::NewEvidence request;
    request.deploymentId = deployment;
    request.control = control;
    request.title = u"note %1"_s.arg(daysOld);
    request.collectedAt = m_clock.now().addDays(-daysOld);
    return m_evidence->addNote(request, u"checked"_s, u"ana"_s).value_or(Evidence{});
}

void TestItemModels::deploymentModelFollowsTheStore()
{
    DeploymentModel model(*m_assessments);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &DeploymentModel::modelReset);
    QCOMPARE(model.rowCount(), 0);

    const qint64 support = addDeployment(u"Support triage"_s);
    const qint64 claims = addDeployment(u"claims agent"_s);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    // Sorted by name without regard to case.
    QCOMPARE(model.idAt(0), claims);
    QCOMPARE(model.rowOf(support), 1);
    QCOMPARE(model.index(1).data(DeploymentModel::OwnerRole).toString(), u"Claims Operations"_s);

    auto renamed = m_assessments->deployment(support);
    QVERIFY_RESULT(renamed);
    renamed->name = u"Alpha support"_s;
    QVERIFY_RESULT(m_assessments->updateDeployment(*renamed, u"ana"_s));
    QCOMPARE(model.rowOf(support), 0);
    QCOMPARE(model.index(0).data().toString(), u"Alpha support"_s);
    QCOMPARE(model.idAt(7), 0);
}

void TestItemModels::checklistModelGroupsAndCounts()
{
    const qint64 id = addDeployment(u"Claims"_s);
    EvidenceStore* evidence = m_evidence.get();
    ChecklistModel model(*m_assessments, [evidence](qint64 deployment) {
        return evidence->countsByControl(deployment).value_or(QMap<Control, int>());
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeployment(id);
    QCOMPARE(model.rowCount(), ControlGroupCount);
    for (int group = 0; group < ControlGroupCount; ++group)
        QCOMPARE(model.rowCount(model.index(group, 0)), 4);

    QSignalSpy readiness(&model, &ChecklistModel::readinessChanged);
    QVERIFY_RESULT(m_assessments->setControlState(id, Control::OutboundOnly, ControlStatus::Pass,
                                                  {}, u"bo"_s));
    QCOMPARE(readiness.count(), 1);
    const QModelIndex status = model.indexOf(Control::OutboundOnly, ChecklistModel::StatusColumn);
    QCOMPARE(status.data(ChecklistModel::StatusRole).toInt(), int(ControlStatus::Pass));
    QCOMPARE(model.indexOf(Control::OutboundOnly).data(ChecklistModel::ControlRole).toInt(),
             int(Control::OutboundOnly));
    QCOMPARE(model.checklist().satisfiedCount(), 1);

    addNote(id, Control::KillSwitch, 1);
    addNote(id, Control::KillSwitch, 2);
    model.reload();
    QCOMPARE(model.indexOf(Control::KillSwitch, ChecklistModel::EvidenceColumn).data().toInt(), 2);
    QCOMPARE(model.indexOf(Control::OutboundOnly, ChecklistModel::EvidenceColumn).data().toInt(),
             0);
}

void TestItemModels::checklistStatusColours_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QColor>("colour");
    QTest::newRow("pass") << int(ControlStatus::Pass) << QColor(0x2e, 0x7d, 0x32);
    QTest::newRow("fail") << int(ControlStatus::Fail) << QColor(0xc6, 0x28, 0x28);
    QTest::newRow("not-applicable")
        << int(ControlStatus::NotApplicable) << QColor(0x60, 0x7d, 0x8b);
    QTest::newRow("not-assessed") << int(ControlStatus::NotAssessed) << QColor(0x9e, 0x9e, 0x9e);
}

void TestItemModels::checklistStatusColours()
{
    QFETCH(int, status);
    QFETCH(QColor, colour);
    const qint64 id = addDeployment(u"Colours"_s);
    ChecklistModel model(*m_assessments, {});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeployment(id);
    QVERIFY_RESULT(m_assessments->setControlState(id, Control::DataResidency, ControlStatus(status),
                                                  u"single region"_s, u"bo"_s));
    const QModelIndex index = model.indexOf(Control::DataResidency, ChecklistModel::StatusColumn);
    QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), colour);
}

void TestItemModels::evidenceModelShowsFreshness()
{
    const qint64 id = addDeployment(u"Fresh"_s);
    EvidenceModel model(*m_evidence, m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setControl(id, Control::KillSwitch);
    QCOMPARE(model.rowCount(), 0);

    // The kill switch keeps evidence for 90 days by default.
    const Evidence fresh = addNote(id, Control::KillSwitch, 10);
    addNote(id, Control::KillSwitch, 120);
    addNote(id, Control::GovernancePolicy, 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(EvidenceModel::ColumnCount));
    QCOMPARE(model.effectiveStatusAt(0), EvidenceStatus::Draft);
    QCOMPARE(model.effectiveStatusAt(1), EvidenceStatus::Expired);
    QCOMPARE(model.index(0, EvidenceModel::HashColumn).data(Qt::ToolTipRole).toString(),
             QString::fromLatin1(fresh.sha256));

    QVERIFY_RESULT(m_evidence->setStatus(fresh.id, EvidenceStatus::InReview, u"ana"_s));
    QCOMPARE(model.index(0, 0).data(EvidenceModel::StatusRole).toInt(),
             int(EvidenceStatus::InReview));
    QVERIFY_RESULT(m_evidence->setMaxEvidenceAgeDays(id, Control::KillSwitch, 5, u"bo"_s));
    QCOMPARE(model.effectiveStatusAt(0), EvidenceStatus::Expired);

    model.setControl(id, std::nullopt);
    QCOMPARE(model.rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
