// The baseline rule on synthetic hourly series: coverage in days, the grouping chosen by the
// length of the history, spikes and dips found with their size, steady traffic left alone.
#include "models/evaluation/baselineanalysis.h"

#include <QTest>

#include <cmath>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 3'600'000;
const qint64 Start = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

// A daily rhythm: busy during office hours, quiet at night, with a little deterministic jitter.
QList<HourlyMetrics> rhythm(int days, const QString& agent = u"agt-a"_s)
{
    QList<HourlyMetrics> hours;
    for (int h = 0; h < days * 24; ++h) {
        const int hourOfDay = h % 24;
        const qint64 calls = (hourOfDay >= 8 && hourOfDay < 18 ? 100 : 10) + (h * 7) % 5;
        for (const QString& a : {agent, BaselineAnalysis::AllAgents})
            hours.append({a, Start + h * HourMs, calls, calls * 300, calls * 80, 40.0 + h % 3,
                          120.0 + h % 7});
    }
    return hours;
}

} // namespace

class TestBaselineAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void coverage()
    {
        QCOMPARE(BaselineAnalysis::fromHourly(rhythm(30)).coverageDays(), 30.0);
        QList<HourlyMetrics> gappy = rhythm(2);
        gappy.erase(gappy.begin(), gappy.begin() + 24); // first 12 hours, two rows each
        QCOMPARE(BaselineAnalysis::fromHourly(gappy).coverageDays(), 1.5);
        QCOMPARE(BaselineAnalysis::fromHourly({}).coverageDays(), 0.0);
    }

    void steadyRhythmHasNoAnomalies()
    {
        // The night/day swing would look anomalous overall; grouped by hour it is normal.
        const auto analysis = BaselineAnalysis::fromHourly(rhythm(28));
        QVERIFY(analysis.anomalies().isEmpty());
    }

    void spikeIsFoundWithItsSize_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("grouping");
        QTest::newRow("four weeks") << 28 << u"hour-of-week"_s;
        QTest::newRow("one week") << 7 << u"hour-of-day"_s;
        QTest::newRow("one day") << 1 << u"overall"_s;
    }

    void spikeIsFoundWithItsSize()
    {
        QFETCH(int, days);
        QFETCH(QString, grouping);
        QList<HourlyMetrics> hours = rhythm(days);
        // Hour 3 of the last day: a night hour with ten times its usual traffic.
        const int spike = (days - 1) * 24 + 3;
        for (HourlyMetrics& h : hours) {
            if (h.hourMs == Start + spike * HourMs && h.agent == "agt-a"_L1)
                h.calls = 1000;
        }
        const auto anomalies = BaselineAnalysis::fromHourly(hours).anomalies();
        QVERIFY(!anomalies.isEmpty());
        const Anomaly& top = anomalies.first();
        QCOMPARE(top.agent, u"agt-a"_s);
        QCOMPARE(top.metric, u"calls"_s);
        QCOMPARE(top.hourMs, Start + spike * HourMs);
        QCOMPARE(top.value, 1000.0);
        QCOMPARE(top.grouping, grouping);
        QVERIFY(top.score > BaselineAnalysis::DefaultThreshold);
        QVERIFY(top.baseline < 120);
    }

    void silentHourIsADip()
    {
        const QList<QPair<qint64, double>> series = [] {
            QList<QPair<qint64, double>> s;
            for (int h = 0; h < 48; ++h)
                s.append({Start + h * HourMs, h == 30 ? 0.0 : 100.0 + h % 4});
            return s;
        }();
        const auto found = BaselineAnalysis::detect(u"agt-a"_s, u"calls"_s, series, 3.5);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().hourMs, Start + 30 * HourMs);
        QVERIFY(found.first().score < -3.5);
    }

    void tooLittleDataFindsNothing()
    {
        const QList<QPair<qint64, double>> series = {{Start, 1}, {Start + HourMs, 1000}};
        QVERIFY(BaselineAnalysis::detect(u"a"_s, u"calls"_s, series, 3.5).isEmpty());
    }

    void agentsAreListed()
    {
        QList<HourlyMetrics> hours = rhythm(2, u"agt-a"_s);
        for (HourlyMetrics h : rhythm(2, u"agt-b"_s)) {
            if (h.agent == "agt-b"_L1)
                hours.append(h);
        }
        QCOMPARE(BaselineAnalysis::fromHourly(hours).agents(),
                 (QStringList{BaselineAnalysis::AllAgents, u"agt-a"_s, u"agt-b"_s}));
    }
};

QTEST_GUILESS_MAIN(TestBaselineAnalysis)
#include "tst_baselineanalysis.moc"
