// The newest measurement of each control, read through the evidence store's newest-per-control
// query, is exactly what the full scan of every stored measurement finds.
#include "evaluationfixture.h"
#include "measuredhistory.h"

#include "models/evaluation/controlverdict.h"

using namespace Gatehouse;
using namespace Gatehouse::TestSupport;
using namespace Qt::StringLiterals;

namespace {

struct History
{
    int evaluations = 1;
    bool sameTime = false;       // every evaluation at the same instant
    bool partial = false;        // each evaluation measures only half of the controls
    bool otherAfter = false;     // another deployment is evaluated after each evaluation
    bool othersAfter = false;    // notes and non-telemetry measured items come last
    bool unreadableLast = false; // the newest snapshot of one control is not Gatehouse's JSON
};

qint64 addDeployment(EvaluationFixture& f, const QString& name)
{
    Deployment d;
    d.name = name;
    auto added = f.assessments().addDeployment(d, u"tester"_s);
    if (!added)
        qFatal("cannot add a deployment: %s", qPrintable(added.error().message));
    return added->id;
}

void evaluate(EvaluationFixture& f, qint64 deploymentId, int evaluation, bool partial)
{
    for (int c = 0; c < ControlCount; ++c) {
        if (!partial || (c + evaluation) % 2 == 0)
            storeMeasurement(f.evidence(), deploymentId,
                             sampleMeasurement(Control(c), evaluation, f.clock().now()));
    }
}

void addItemsThatAreNotMeasurements(EvaluationFixture& f, qint64 deploymentId)
{
    EvidenceStore::NewEvidence note;
    note.deploymentId = deploymentId;
    note.control = Control::OutboundOnly;
    QVERIFY(f.evidence().addNote(note, u"checked the firewall by hand"_s, u"alice"_s));
    const auto manual = sampleMeasurement(Control::SandboxIsolation, 99, f.clock().now());
    storeMeasurement(f.evidence(), deploymentId, manual, u"manual"_s);
    storeMeasurement(f.evidence(), deploymentId, manual, u"import"_s);
}

void addUnreadableSnapshot(EvaluationFixture& f, qint64 deploymentId)
{
    EvidenceStore::NewEvidence request;
    request.deploymentId = deploymentId;
    request.control = Control::HumanAttribution;
    request.source = u"telemetry"_s;
    QVERIFY(f.evidence().addMeasured(request, "{\"control\": \"nonsense\"}", u"intruder"_s));
}

void build(EvaluationFixture& f, const History& h, qint64 other)
{
    for (int e = 0; e < h.evaluations; ++e) {
        if (!h.sameTime)
            f.clock().advance(3600 * 1000);
        evaluate(f, f.deploymentId(), e, h.partial);
        if (h.otherAfter)
            evaluate(f, other, e + 100, false);
    }
    if (h.othersAfter)
        addItemsThatAreNotMeasurements(f, f.deploymentId());
    if (h.unreadableLast)
        addUnreadableSnapshot(f, f.deploymentId());
}

} // namespace

Q_DECLARE_METATYPE(History)

class TestLatestMeasured : public QObject
{
    Q_OBJECT

private slots:
    void sameAsFullScan_data()
    {
        QTest::addColumn<History>("history");
        QTest::newRow("nothing measured") << History{.evaluations = 0};
        QTest::newRow("one evaluation") << History{};
        QTest::newRow("several evaluations") << History{.evaluations = 6};
        QTest::newRow("ties in time") << History{.evaluations = 4, .sameTime = true};
        QTest::newRow("some controls in each") << History{.evaluations = 5, .partial = true};
        QTest::newRow("another deployment evaluated after")
            << History{.evaluations = 3, .otherAfter = true};
        QTest::newRow("notes and manual measurements last")
            << History{.evaluations = 3, .othersAfter = true};
        QTest::newRow("unreadable newest snapshot")
            << History{.evaluations = 3, .sameTime = true, .unreadableLast = true};
        QTest::newRow("everything at once") << History{.evaluations = 7,
                                                       .sameTime = true,
                                                       .partial = true,
                                                       .otherAfter = true,
                                                       .othersAfter = true,
                                                       .unreadableLast = true};
    }

    void sameAsFullScan()
    {
        QFETCH(History, history);
        EvaluationFixture f;
        const qint64 other = addDeployment(f, u"other"_s);
        build(f, history, other);

        const auto expected = scanLatestMeasured(f.evidence(), f.deploymentId());
        const auto actual = ControlVerdict::latestMeasured(f.evidence(), f.deploymentId());
        QVERIFY(actual);
        QCOMPARE(actual->keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QCOMPARE((*actual)[it.key()].evidenceId, it->evidenceId);
            QCOMPARE((*actual)[it.key()].toJsonObject(), it->toJsonObject());
        }
        if (history.evaluations > 0 && !history.partial)
            QCOMPARE(actual->size(), ControlCount);
    }

    void otherDeploymentIsIgnored()
    {
        EvaluationFixture f;
        const qint64 other = addDeployment(f, u"other"_s);
        build(f, History{.evaluations = 2, .otherAfter = true}, other);

        const auto mine = ControlVerdict::latestMeasured(f.evidence(), f.deploymentId());
        const auto theirs = ControlVerdict::latestMeasured(f.evidence(), other);
        QVERIFY(mine && theirs);
        for (const ControlMeasurement& m : std::as_const(*mine)) {
            QCOMPARE(f.evidence().evidence(m.evidenceId)->deploymentId, f.deploymentId());
            QCOMPARE(m.counts[u"evaluation"_s].toInt(), 1);
        }
        for (const ControlMeasurement& m : std::as_const(*theirs))
            QCOMPARE(m.counts[u"evaluation"_s].toInt(), 101);
    }

    void misfiledSnapshotCountsForNeitherControl()
    {
        // The full scan filed it under the control its JSON names; a snapshot filed under
        // another control was not written by Gatehouse, so now neither control takes it.
        EvaluationFixture f;
        build(f, History{.evaluations = 2}, 0);
        EvidenceStore::NewEvidence request;
        request.deploymentId = f.deploymentId();
        request.control = Control::CredentialRotation;
        request.source = u"telemetry"_s;
        const auto misfiled = sampleMeasurement(Control::SiemIntegration, 7, f.clock().now());
        QVERIFY(f.evidence().addMeasured(request, misfiled.toJson(), u"intruder"_s));

        const auto latest = ControlVerdict::latestMeasured(f.evidence(), f.deploymentId());
        QVERIFY(latest);
        QCOMPARE(latest->value(Control::CredentialRotation).counts[u"evaluation"_s].toInt(), 1);
        QCOMPARE(latest->value(Control::CredentialRotation).control, Control::CredentialRotation);
        QCOMPARE(latest->value(Control::SiemIntegration).counts[u"evaluation"_s].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLatestMeasured)
#include "tst_latestmeasured.moc"
