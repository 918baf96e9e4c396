// The readiness rule: twelve controls in three groups, and the verdict they add up to.
#include "models/assessment/readiness.h"

#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestReadiness : public QObject
{
    Q_OBJECT

private slots:
    void controlsAreGroupedAsDesigned();
    void slugsRoundTrip();
    void verdict_data();
    void verdict();
    void notApplicableCountsAsSatisfied();
    void freshnessDefaults();
};

void TestReadiness::controlsAreGroupedAsDesigned()
{
    const QStringList identity = {u"service-identity"_s, u"least-privilege"_s,
                                  u"credential-rotation"_s, u"human-attribution"_s};
    const QStringList network = {u"outbound-only"_s, u"sandbox-isolation"_s, u"data-residency"_s,
                                 u"secrets-not-logged"_s};
    const QStringList observability = {u"siem-integration"_s, u"anomaly-baselines"_s,
                                       u"kill-switch"_s, u"governance-policy"_s};
    const QList<QStringList> groups = {identity, network, observability};
    for (int g = 0; g < ControlGroupCount; ++g) {
        QStringList slugs;
        for (Control control : controlsOf(ControlGroup(g))) {
            slugs << controlSlug(control);
            QCOMPARE(controlGroup(control), ControlGroup(g));
        }
        QCOMPARE(slugs, groups.at(g));
        QVERIFY(!controlGroupTitle(ControlGroup(g)).isEmpty());
    }
}

void TestReadiness::slugsRoundTrip()
{
    for (int i = 0; i < ControlCount; ++i) {
        QCOMPARE(controlFromSlug(controlSlug(Control(i))), Control(i));
        QVERIFY(!controlCriterion(Control(i)).isEmpty());
    }
    for (auto status : {ControlStatus::NotAssessed, ControlStatus::Pass, ControlStatus::Fail,
                        ControlStatus::NotApplicable})
        QCOMPARE(controlStatusFromSlug(controlStatusSlug(status)), status);
    QCOMPARE(controlStatusFromSlug(u"passed"), std::nullopt);
    QCOMPARE(controlFromSlug(u"kill_switch"), std::nullopt);
}

void TestReadiness::verdict_data()
{
    QTest::addColumn<int>("passed");
    QTest::addColumn<QString>("readiness");
    QTest::newRow("none") << 0 << u"not-ready"_s;
    QTest::newRow("nine") << 9 << u"not-ready"_s;
    QTest::newRow("ten") << 10 << u"pilot"_s;
    QTest::newRow("eleven") << 11 << u"pilot"_s;
    QTest::newRow("all twelve") << 12 << u"launch-ready"_s;
}

void TestReadiness::verdict()
{
    QFETCH(int, passed);
    QFETCH(QString, readiness);
    ReadinessChecklist checklist;
    QCOMPARE(checklist.readiness(), Readiness::NotReady);
    for (int i = 0; i < passed; ++i)
        checklist.set({Control(i), ControlStatus::Pass, {}, u"ana"_s, {}});
    for (int i = passed; i < ControlCount; ++i)
        checklist.set({Control(i), ControlStatus::Fail, {}, u"ana"_s, {}});
    QCOMPARE(checklist.satisfiedCount(), passed);
    QCOMPARE(readinessSlug(checklist.readiness()), readiness);
}

void TestReadiness::notApplicableCountsAsSatisfied()
{
    ReadinessChecklist checklist;
    for (int i = 0; i < ControlCount; ++i)
        checklist.set({Control(i), ControlStatus::Pass, {}, u"ana"_s, {}});
    checklist.set(
        {Control::KillSwitch, ControlStatus::NotApplicable, u"read-only agent"_s, u"ana"_s, {}});
    QCOMPARE(checklist.countWith(ControlStatus::Pass), 11);
    QCOMPARE(checklist.readiness(), Readiness::LaunchReady);
    checklist.set({Control::GovernancePolicy, ControlStatus::NotAssessed, {}, {}, {}});
    QCOMPARE(checklist.readiness(), Readiness::Pilot);
}

void TestReadiness::freshnessDefaults()
{
    QCOMPARE(defaultMaxEvidenceAgeDays(Control::KillSwitch), 90);
    QCOMPARE(defaultMaxEvidenceAgeDays(Control::AnomalyBaselines), 30);
    QCOMPARE(defaultMaxEvidenceAgeDays(Control::ServiceIdentity), std::nullopt);
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
