// Accuracy against the simulator: for every scenario, capture its traffic and posture through
// the real pipeline, evaluate, and compare with the scenario's ground truth. Every seeded
// violation must be found under its control with its offending item; nothing else may fail
// (except the anomaly baseline, which a few minutes of capture cannot satisfy by design, and
// which a month-long capture of the clean fleet passes).
#include "evaluationfixture.h"

#include "models/evaluation/controlverdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Gatehouse;
using namespace Gatehouse::TestSupport;
using namespace Qt::StringLiterals;

namespace {

// Seven minutes at two events a second per endpoint: long enough for a drill at one minute to
// be judged five minutes later.
constexpr double Rate = 2.0;
constexpr qint64 Events = 840;

// Ground-truth keys that describe how a violation was seeded rather than what it is.
const QStringList IgnoredKeys = {u"every"_s};

bool sameValue(const QJsonValue& expected, const QJsonValue& actual)
{
    if (expected.isArray() && actual.isArray()) {
        QStringList a, b;
        for (const QJsonValue& v : expected.toArray())
            a.append(v.toVariant().toString());
        for (const QJsonValue& v : actual.toArray())
            b.append(v.toVariant().toString());
        a.sort();
        b.sort();
        return a == b;
    }
    return expected.toVariant().toString() == actual.toVariant().toString();
}

bool covers(const QJsonObject& item, const QJsonObject& truth)
{
    for (auto it = truth.begin(); it != truth.end(); ++it) {
        if (!IgnoredKeys.contains(it.key())
            && (!item.contains(it.key()) || !sameValue(it.value(), item.value(it.key()))))
            return false;
    }
    return true;
}

QString describe(const ControlMeasurement& m)
{
    return u"%1 %2: %3 %4"_s.arg(
        controlSlug(m.control), controlStatusSlug(m.status), m.reason,
        QString::fromUtf8(QJsonDocument(m.offending).toJson(QJsonDocument::Compact)));
}

std::unique_ptr<FleetScenario> scenario(const QString& name, double rate, quint64 seed = 3,
                                        int sandboxHosts = 2)
{
    ScenarioOptions options;
    options.name = name;
    options.seed = seed;
    options.rate = rate;
    options.sandboxHosts = sandboxHosts;
    auto fleet = FleetScenario::create(options);
    if (!fleet)
        qFatal("%s", qPrintable(fleet.error().message));
    return std::move(*fleet);
}

} // namespace

class TestScenarioAccuracy : public QObject
{
    Q_OBJECT

private slots:
    void groundTruth_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<quint64>("seed");
        for (const quint64 seed : {3, 11}) {
            for (const QString& name : FleetScenario::scenarioNames())
                QTest::addRow("%s seed %llu", qPrintable(name), seed) << name << seed;
        }
    }

    void groundTruth()
    {
        QFETCH(QString, name);
        QFETCH(quint64, seed);
        EvaluationFixture f;
        const auto fleet = scenario(name, Rate, seed);
        const QDateTime end = f.capture(*fleet, Events);
        const auto results = f.measure(fleet->options().start.addSecs(-3600), end);
        QCOMPARE(results.size(), ControlCount - 1);

        const QJsonArray findings =
            QJsonDocument::fromJson(fleet->groundTruth()).object()[u"findings"_s].toArray();
        QSet<Control> seeded;
        for (const QJsonValue& value : findings) {
            const QJsonObject finding = value.toObject();
            const auto control = controlFromSlug(finding[u"control"_s].toString());
            QVERIFY(control);
            const ControlMeasurement* m = EvaluationFixture::find(results, *control);
            QVERIFY(m);
            if (finding[u"expected"_s].toString() == "pass"_L1) {
                checkPassingDrill(*m, finding[u"item"_s].toObject());
                continue;
            }
            seeded.insert(*control);
            QVERIFY2(m->status == ControlStatus::Fail, qPrintable(describe(*m)));
            const bool found =
                std::any_of(m->offending.begin(), m->offending.end(), [&](const QJsonValue& item) {
                    return covers(item.toObject(), finding[u"item"_s].toObject());
                });
            QVERIFY2(found, qPrintable(describe(*m)));
        }
        for (const ControlMeasurement& m : results) {
            if (seeded.contains(m.control) || m.control == Control::AnomalyBaselines)
                continue;
            QVERIFY2(m.status != ControlStatus::Fail, qPrintable(describe(m)));
        }
        // A short capture is honestly too short for a baseline.
        QCOMPARE(EvaluationFixture::find(results, Control::AnomalyBaselines)->status,
                 ControlStatus::Fail);
    }

    void slowDrillFails()
    {
        ScenarioOptions options;
        options.name = u"kill-switch-drill"_s;
        options.rate = Rate;
        options.drillStopSeconds = 400;
        auto fleet = std::move(*FleetScenario::create(options));
        EvaluationFixture f;
        const QDateTime end = f.capture(*fleet, 1200);
        const auto results = f.measure(fleet->options().start, end);
        const ControlMeasurement* m = EvaluationFixture::find(results, Control::KillSwitch);
        QVERIFY2(m->status == ControlStatus::Fail, qPrintable(describe(*m)));
        const QJsonObject truth =
            QJsonDocument::fromJson(fleet->groundTruth())[u"findings"_s][0][u"item"_s].toObject();
        const QJsonObject drill = m->offending.first().toObject();
        QCOMPARE(drill[u"drillId"_s], truth[u"drillId"_s]);
        QCOMPARE(drill[u"agent"_s], truth[u"agent"_s]);
        QVERIFY(drill[u"timeToStopSeconds"_s].toDouble() >= 300);
        QVERIFY(drill[u"timeToStopSeconds"_s].toDouble() <= 400);
    }

    void cleanFleetPassesWhatItMeasures()
    {
        EvaluationFixture f;
        const auto fleet = scenario(u"clean"_s, Rate);
        const QDateTime end = f.capture(*fleet, Events);
        const auto results = f.measure(fleet->options().start.addSecs(-3600), end);
        QStringList passed;
        for (const ControlMeasurement& m : results) {
            if (m.status == ControlStatus::Pass)
                passed.append(controlSlug(m.control));
        }
        // Kill-switch has no drill in the clean fleet: not assessed, never a guess.
        QCOMPARE(passed, (QStringList{
                             u"service-identity"_s, u"least-privilege"_s, u"credential-rotation"_s,
                             u"human-attribution"_s, u"outbound-only"_s, u"sandbox-isolation"_s,
                             u"data-residency"_s, u"secrets-not-logged"_s, u"siem-integration"_s}));
        QCOMPARE(EvaluationFixture::find(results, Control::KillSwitch)->status,
                 ControlStatus::NotAssessed);
    }

    void monthOfCleanTrafficIsABaseline()
    {
        EvaluationFixture f;
        // One event every two minutes per gateway for 31 days.
        const auto fleet = scenario(u"clean"_s, 1.0 / 120, 5, 0);
        const qint64 events = 31 * 24 * 30;
        const QDateTime end = f.capture(*fleet, events);
        const auto results = f.measure(fleet->options().start, end);
        const ControlMeasurement* m = EvaluationFixture::find(results, Control::AnomalyBaselines);
        QVERIFY2(m->status == ControlStatus::Pass, qPrintable(describe(*m)));
        QVERIFY(m->counts[u"coverageDays"_s].toDouble() >= 30.9);
    }

    void measuredResultsAreEvidence()
    {
        EvaluationFixture f;
        const auto fleet = scenario(u"inbound-listener"_s, Rate);
        const QDateTime end = f.capture(*fleet, 200);
        const auto results = f.measure(fleet->options().start, end);
        const ControlMeasurement* measured =
            EvaluationFixture::find(results, Control::OutboundOnly);
        QVERIFY(measured->evidenceId > 0);
        auto stored = f.evidence().evidence(measured->evidenceId);
        QVERIFY(stored);
        QCOMPARE(stored->source, u"telemetry"_s);
        QCOMPARE(stored->kind, EvidenceKind::Measured);
        QCOMPARE(stored->sha256.size(), 64);

        // A reviewer's manual pass does not hide the measured fail.
        QVERIFY(f.assessments().setControlState(f.deploymentId(), Control::OutboundOnly,
                                                ControlStatus::Pass, {}, u"reviewer"_s));
        auto latest = ControlVerdict::latestMeasured(f.evidence(), f.deploymentId());
        QVERIFY(latest);
        auto checklist = f.assessments().checklist(f.deploymentId());
        QVERIFY(checklist);
        const auto verdicts = ControlVerdict::combineAll(*checklist, *latest);
        const ControlVerdict& v = verdicts[int(Control::OutboundOnly)];
        QCOMPARE(v.shown, ControlStatus::Fail);
        QCOMPARE(v.manual.status, ControlStatus::Pass);
        QCOMPARE(v.measured->status, ControlStatus::Fail);
        QVERIFY(v.conflict);
        QCOMPARE(v.explanation, u"manual pass / measured fail -> fail"_s);
        QCOMPARE(ControlVerdict::readinessOf(verdicts), Readiness::NotReady);
    }

private:
    void checkPassingDrill(const ControlMeasurement& m, const QJsonObject& truth)
    {
        QVERIFY2(m.status == ControlStatus::Pass, qPrintable(describe(m)));
        bool found = false;
        for (const QJsonValue& value : m.details[u"drills"_s].toArray()) {
            const QJsonObject drill = value.toObject();
            if (drill[u"drillId"_s] != truth[u"drillId"_s])
                continue;
            found = true;
            QCOMPARE(drill[u"agent"_s], truth[u"agent"_s]);
            QCOMPARE(drill[u"status"_s].toString(), u"pass"_s);
            QVERIFY(drill[u"lastCallAt"_s].toString()
                    <= truth[u"lastCallNoLaterThan"_s].toString().replace(u"Z"_s, u".999Z"_s));
            QVERIFY(drill[u"timeToStopSeconds"_s].toDouble()
                    <= truth[u"stopAfterSeconds"_s].toDouble());
        }
        QVERIFY2(found, qPrintable(describe(m)));
        QVERIFY(!m.details[u"dueAt"_s].toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScenarioAccuracy)
#include "tst_scenarioaccuracy.moc"
