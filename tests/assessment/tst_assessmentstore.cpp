// Deployments, scores and control states in a real workspace: history is kept, bad input
// changes nothing, and every change is in the audit trail.
#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include "resultcheck.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestAssessmentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAndFindsDeployments();
    void refusesDuplicateAndBlankNames_data();
    void refusesDuplicateAndBlankNames();
    void updatesDeployment();
    void scoresKeepHistory();
    void outOfRangeScoreChangesNothing_data();
    void outOfRangeScoreChangesNothing();
    void checklistStatesAndJustification();

private:
    qint64 auditCount() const { return m_workspace->audit().count().value_or(-1); }
    Deployment addClaims();

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AssessmentStore> m_store;
};

void TestAssessmentStore::init()
{
    static int counter = 0;
    auto workspace = Workspace::open(m_dir.filePath(u"ws%1.gatehouse"_s.arg(++counter)),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    m_workspace = std::move(*workspace);
    m_store = std::make_unique<AssessmentStore>(*m_workspace);
}

void TestAssessmentStore::cleanup()
{
    m_store.reset();
    m_workspace.reset();
}

Deployment TestAssessmentStore::addClaims()
{
    Deployment deployment;
    deployment.name = u"Claims triage"_s;
    deployment.owner = u"Ana Lima"_s;
    deployment.scope = u"claims DB, document store"_s;
    const auto added = m_store->addDeployment(deployment, u"ana"_s);
    return added ? *added : Deployment{};
}

void TestAssessmentStore::addsAndFindsDeployments()
{
    QSignalSpy changed(m_store.get(), &AssessmentStore::deploymentsChanged);
    const qint64 before = auditCount();
    const Deployment added = addClaims();
    QVERIFY(added.id > 0);
    QCOMPARE(added.createdBy, u"ana"_s);
    QCOMPARE(added.createdAt, m_clock.now());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(auditCount(), before + 1);
    QCOMPARE(m_workspace->audit().head()->action, u"deployment.add"_s);

    const auto byName = m_store->deploymentByName(u"claims TRIAGE"_s);
    QVERIFY_RESULT(byName);
    QCOMPARE(byName->id, added.id);
    QCOMPARE(byName->scope, u"claims DB, document store"_s);
    QCOMPARE(m_store->deployments()->size(), 1);
    QCOMPARE(m_store->deployment(999).error().code, ErrorCode::NotFound);
}

void TestAssessmentStore::refusesDuplicateAndBlankNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::newRow("same name") << u"Claims triage"_s << int(ErrorCode::AlreadyExists);
    QTest::newRow("other case") << u"CLAIMS TRIAGE"_s << int(ErrorCode::AlreadyExists);
    QTest::newRow("blank") << u"  "_s << int(ErrorCode::InvalidArgument);
    QTest::newRow("padded") << u" Claims"_s << int(ErrorCode::InvalidArgument);
}

void TestAssessmentStore::refusesDuplicateAndBlankNames()
{
    QFETCH(QString, name);
    QFETCH(int, code);
    addClaims();
    const qint64 before = auditCount();
    Deployment deployment;
    deployment.name = name;
    const auto added = m_store->addDeployment(deployment, u"ana"_s);
    QVERIFY(!added);
    QCOMPARE(int(added.error().code), code);
    QCOMPARE(auditCount(), before);
    QCOMPARE(m_store->deployments()->size(), 1);
}

void TestAssessmentStore::updatesDeployment()
{
    Deployment deployment = addClaims();
    deployment.owner = u"Bo Chen"_s;
    QVERIFY_RESULT(m_store->updateDeployment(deployment, u"bo"_s));
    QCOMPARE(m_store->deployment(deployment.id)->owner, u"Bo Chen"_s);
    QCOMPARE(m_workspace->audit().head()->action, u"deployment.update"_s);
}

void TestAssessmentStore::scoresKeepHistory()
{
    const Deployment deployment = addClaims();
    QSignalSpy changed(m_store.get(), &AssessmentStore::matrixChanged);
    QList<DimensionScore> scores;
    for (int i = 0; i < DimensionCount; ++i)
        scores.append({Dimension(i), 4, u"first look"_s, {}, {}});
    QVERIFY_RESULT(m_store->scoreMatrix(deployment.id, scores, u"ana"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->matrix(deployment.id)->total(), 32);
    QCOMPARE(bandSlug(m_store->matrix(deployment.id)->band().value()), u"self-hosted-tunnel"_s);

    m_clock.advance(3'600'000);
    QVERIFY_RESULT(m_store->scoreMatrix(
        deployment.id, {{Dimension::BudgetHeadroom, 1, u"budget cut"_s, {}, {}}}, u"bo"_s));
    const auto matrix = m_store->matrix(deployment.id);
    QCOMPARE(matrix->total(), 29);
    QCOMPARE(matrix->score(Dimension::BudgetHeadroom)->scoredBy, u"bo"_s);
    QCOMPARE(matrix->score(Dimension::BudgetHeadroom)->rationale, u"budget cut"_s);
    QCOMPARE(matrix->score(Dimension::OpsMaturity)->scoredBy, u"ana"_s);

    const auto history = m_store->matrixHistory(deployment.id);
    QCOMPARE(history->size(), 9);
    QCOMPARE(history->first().score, 1);
    QCOMPARE(history->first().scoredAt, m_clock.now());
}

void TestAssessmentStore::outOfRangeScoreChangesNothing_data()
{
    QTest::addColumn<int>("score");
    QTest::newRow("zero") << 0;
    QTest::newRow("six") << 6;
    QTest::newRow("negative") << -3;
}

void TestAssessmentStore::outOfRangeScoreChangesNothing()
{
    QFETCH(int, score);
    const Deployment deployment = addClaims();
    const qint64 before = auditCount();
    const auto result = m_store->scoreMatrix(
        deployment.id,
        {{Dimension::DataSensitivity, 3, {}, {}, {}}, {Dimension::OpsMaturity, score, {}, {}, {}}},
        u"ana"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_store->matrix(deployment.id)->scoredCount(), 0);
    QCOMPARE(auditCount(), before);
}

void TestAssessmentStore::checklistStatesAndJustification()
{
    const Deployment deployment = addClaims();
    const qint64 before = auditCount();
    auto refused = m_store->setControlState(deployment.id, Control::KillSwitch,
                                            ControlStatus::NotApplicable, u"  "_s, u"ana"_s);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"justification"_s));
    QCOMPARE(auditCount(), before);

    QVERIFY_RESULT(m_store->setControlState(deployment.id, Control::KillSwitch,
                                            ControlStatus::NotApplicable,
                                            u"agents only read; nothing to stop"_s, u"ana"_s));
    QVERIFY_RESULT(m_store->setControlState(deployment.id, Control::OutboundOnly,
                                            ControlStatus::Fail, u"listener on :8443"_s, u"bo"_s));
    m_clock.advance(1000);
    QVERIFY_RESULT(m_store->setControlState(deployment.id, Control::OutboundOnly,
                                            ControlStatus::Pass, u"listener removed"_s, u"bo"_s));
    const auto checklist = m_store->checklist(deployment.id);
    QVERIFY_RESULT(checklist);
    QCOMPARE(checklist->state(Control::OutboundOnly).status, ControlStatus::Pass);
    QCOMPARE(checklist->state(Control::OutboundOnly).reviewedAt, m_clock.now());
    QCOMPARE(checklist->state(Control::ServiceIdentity).status, ControlStatus::NotAssessed);
    QCOMPARE(checklist->satisfiedCount(), 2);
    QCOMPARE(m_store->controlHistory(deployment.id, Control::OutboundOnly)->size(), 2);
    QCOMPARE(auditCount(), before + 3);
}

QTEST_GUILESS_MAIN(TestAssessmentStore)
#include "tst_assessmentstore.moc"
