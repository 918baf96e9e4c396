// The live charts' models without widgets: calls counted per minute, p50/p95 from the duration
// histogram, the ring's fixed bound, merging, the baseline band from hourly history, scopes, and
// the periods read back from an archive filled with simulated fleet traffic.
#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/durationhistogram.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/redactionkey.h"
#include "models/wall/charthistory.h"
#include "models/wall/minutebaseline.h"
#include "models/wall/minuteseries.h"
#include "models/workspace/workspace.h"

#include "resultcheck.h"
#include "simulatedarchive.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Noon(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());
constexpr qint64 MinuteMs = MinuteSeries::MinuteMs;

ToolCall callAt(qint64 ms, qint64 durationMs = 2, const QString& outcome = u"ok"_s,
                const QString& agent = u"agt-a"_s)
{
    ToolCall call;
    call.startNs = ms * 1'000'000;
    call.durationNs = durationMs * 1'000'000;
    call.tokensIn = 10;
    call.tokensOut = 5;
    call.outcome = outcome;
    call.agentId = agent;
    call.source = u"gw-eu-1"_s;
    return call;
}

double exactPercentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype rank =
        qBound<qsizetype>(1, qsizetype(std::ceil(p * double(values.size()))), values.size());
    return values.at(rank - 1);
}

qint64 totalCalls(const MinuteSeries& series)
{
    qint64 total = 0;
    for (const MinutePoint& point : series.points())
        total += point.calls;
    return total;
}

} // namespace

class TestMinuteSeries : public QObject
{
    Q_OBJECT

private slots:
    void countsPerMinute();
    void percentilesAreClose_data();
    void percentilesAreClose();
    void ringStaysBounded();
    void quietMinutesAreZero();
    void mergeAddsTheOtherMinutes();
    void scopesMatchCallsAndSql();
    void baselineBandFromHourlyHistory();
    void noBaselineWithoutCoverage();
    void periodsFromASimulatedArchive();
    void historyAnswersOnItsThread();
};

void TestMinuteSeries::countsPerMinute()
{
    MinuteSeries series(10);
    const qint64 t0 = Noon.toMSecsSinceEpoch();
    series.add({callAt(t0 + 1000), callAt(t0 + 59'999, 4, u"denied"_s),
                callAt(t0 + MinuteMs + 5, 8), callAt(t0 + 3 * MinuteMs, 1, u"error"_s)});
    const QList<MinutePoint> points = series.points();
    QCOMPARE(points.size(), 10);
    QCOMPARE(points.last().startMs, t0 + 3 * MinuteMs);
    const MinutePoint& first = points.at(6);
    QCOMPARE(first.startMs, t0);
    QCOMPARE(first.calls, 2);
    QCOMPARE(first.tokens, 30);
    QCOMPARE(first.rejects, 1); // denied counts, an error does not
    QCOMPARE(points.at(7).calls, 1);
    QCOMPARE(points.at(8).calls, 0);
    QCOMPARE(points.at(8).p50Ms, -1.0);
    QCOMPARE(points.at(9).rejects, 0);
}

void TestMinuteSeries::percentilesAreClose_data()
{
    QTest::addColumn<QList<double>>("durationsMs");
    QList<double> uniform;
    for (int i = 1; i <= 1000; ++i)
        uniform.append(i);
    QList<double> skewed;
    QRandomGenerator random(7);
    for (int i = 0; i < 5000; ++i)
        skewed.append(5 + std::exp(random.generateDouble() * 8));
    QTest::newRow("uniform 1-1000 ms") << uniform;
    QTest::newRow("constant") << QList<double>(50, 250.0);
    QTest::newRow("heavy tail") << skewed;
    QTest::newRow("one call") << QList<double>{42.0};
    QTest::newRow("sub-millisecond") << QList<double>{0.05, 0.2, 0.3, 0.7};
}

void TestMinuteSeries::percentilesAreClose()
{
    QFETCH(QList<double>, durationsMs);
    DurationHistogram histogram;
    for (const double ms : durationsMs)
        histogram.add(qint64(ms * 1e6));
    QCOMPARE(histogram.count(), durationsMs.size());
    for (const double p : {0.5, 0.95}) {
        const double exact = exactPercentile(durationsMs, p);
        const double read = histogram.percentileMs(p);
        QVERIFY2(std::abs(read - exact) <= 0.05 * exact + 1e-9,
                 qPrintable(u"p%1: %2 for %3"_s.arg(p * 100).arg(read).arg(exact)));
    }
    QCOMPARE(DurationHistogram().percentileMs(0.5), -1.0);
}

void TestMinuteSeries::ringStaysBounded()
{
    MinuteSeries series(60);
    const qint64 t0 = Noon.toMSecsSinceEpoch();
    // Three hours of one call a minute into an hour's ring.
    for (int minute = 0; minute < 180; ++minute)
        series.add(callAt(t0 + minute * MinuteMs));
    QCOMPARE(series.points().size(), 60);
    QCOMPARE(series.points().first().startMs, t0 + 120 * MinuteMs);
    QCOMPARE(totalCalls(series), 60);
    // A late call older than the window is history: not counted, nothing moves.
    series.add(callAt(t0 + 5 * MinuteMs));
    QCOMPARE(totalCalls(series), 60);
    QCOMPARE(series.newestStartMs(), t0 + 179 * MinuteMs);
}

void TestMinuteSeries::quietMinutesAreZero()
{
    MinuteSeries series(5);
    QVERIFY(series.points().isEmpty());
    const qint64 t0 = Noon.toMSecsSinceEpoch();
    series.add(callAt(t0));
    series.advanceTo(t0 + 3 * MinuteMs + 10);
    const QList<MinutePoint> points = series.points();
    QCOMPARE(points.size(), 5);
    QCOMPARE(points.at(1).calls, 1);
    QCOMPARE(points.at(4).calls, 0);
    series.advanceTo(t0 + 10 * MinuteMs);
    QCOMPARE(totalCalls(series), 0);
}

void TestMinuteSeries::mergeAddsTheOtherMinutes()
{
    const qint64 t0 = Noon.toMSecsSinceEpoch();
    MinuteSeries archive(30);
    MinuteSeries live(30);
    archive.add({callAt(t0, 10), callAt(t0 + MinuteMs, 10)});
    live.add({callAt(t0 + MinuteMs, 30), callAt(t0 + 2 * MinuteMs, 30)});
    archive.merge(live);
    const QList<MinutePoint> points = archive.points();
    QCOMPARE(points.last().startMs, t0 + 2 * MinuteMs);
    QCOMPARE(points.at(27).calls, 1);
    QCOMPARE(points.at(28).calls, 2);
    QCOMPARE(points.at(29).calls, 1);
    QVERIFY(points.at(28).p95Ms > 25); // the histograms were merged too
}

void TestMinuteSeries::scopesMatchCallsAndSql()
{
    const ToolCall call = callAt(0, 1, u"ok"_s, u"agt-a"_s);
    ToolCall anonymous = call;
    anonymous.agentId.clear();
    QVERIFY(ChartScope::all().matches(call));
    QVERIFY(ChartScope::agent(u"agt-a"_s).matches(call));
    QVERIFY(!ChartScope::agent(u"agt-b"_s).matches(call));
    const ChartScope deployment =
        ChartScope::deployment(1, u"Triage"_s, {u"gw-eu-1"_s}, {u"agt-b"_s});
    QVERIFY(!deployment.matches(call));
    QVERIFY(deployment.matches(anonymous));
    QVERIFY(!ChartScope::deployment(2, u"Empty"_s, {}, {}).matches(call));
    QVariantList values;
    QCOMPARE(deployment.sqlCondition(values),
             u" AND source IN (?) AND (agent_id = '' OR agent_id IN (?))"_s);
    QCOMPARE(values, (QVariantList{u"gw-eu-1"_s, u"agt-b"_s}));
}

void TestMinuteSeries::baselineBandFromHourlyHistory()
{
    // Four days of 600 calls an hour, give or take, at 100 ms p50 and 400 ms p95.
    QList<HourlyMetrics> hourly;
    const qint64 start = Noon.addDays(-4).toMSecsSinceEpoch();
    for (int hour = 0; hour < 96; ++hour)
        hourly.append({BaselineAnalysis::AllAgents, start + hour * 3'600'000LL,
                       600 + (hour % 5) * 6, 3000 + (hour % 7) * 30, 3000, 100.0 + hour % 5,
                       400.0 + hour % 7});
    const MinuteBaseline baseline = MinuteBaseline::fromHourly(hourly);
    QCOMPARE(baseline.coverageDays(), 4.0);
    QVERIFY(baseline.isUsable());
    const auto calls = baseline.band(u"calls"_s, Noon.toMSecsSinceEpoch());
    QVERIFY(calls);
    QVERIFY(calls->x() <= 10.0 && calls->y() >= 10.5); // about ten calls a minute
    QVERIFY(calls->y() < 20.0);
    const auto p50 = baseline.band(u"durationP50Ms"_s, Noon.toMSecsSinceEpoch());
    QVERIFY(p50 && p50->x() <= 101 && p50->y() >= 101);
    const auto [lower, upper] = baseline.edges(u"tokens"_s, {double(Noon.toMSecsSinceEpoch())});
    QCOMPARE(lower.size(), 1);
    QVERIFY(upper.at(0).y() >= 100.0); // 6,000 tokens an hour: 100 a minute
    QVERIFY(!baseline.band(u"rejects"_s, Noon.toMSecsSinceEpoch()));
}

void TestMinuteSeries::noBaselineWithoutCoverage()
{
    QList<HourlyMetrics> hourly;
    const qint64 start = Noon.toMSecsSinceEpoch();
    for (int hour = 0; hour < 10; ++hour)
        hourly.append({BaselineAnalysis::AllAgents, start + hour * 3'600'000LL, 600, 0, 0, 1, 2});
    const MinuteBaseline baseline = MinuteBaseline::fromHourly(hourly);
    QVERIFY(!baseline.isUsable());
    const auto [lower, upper] = baseline.edges(u"calls"_s, {double(start)});
    QVERIFY(lower.isEmpty() && upper.isEmpty());
    QVERIFY(!MinuteBaseline().isUsable());
}

void TestMinuteSeries::periodsFromASimulatedArchive()
{
    QTemporaryDir dir;
    const QDateTime end = Noon;
    ManualClock clock(end);
    auto workspace = simulatedArchive(dir, 30, end, clock);
    const auto count = [&](qint64 fromMs, const QString& agent) {
        QSqlQuery query(workspace->database());
        query.prepare(u"SELECT count(*) FROM telemetry_call WHERE start_ns >= ? AND start_ns < ?"
                      " AND (? = '' OR agent_id = ?)"_s);
        query.addBindValue(fromMs * 1'000'000);
        query.addBindValue((end.toMSecsSinceEpoch() + 1) * 1'000'000);
        // A null QString binds as NULL, which equals nothing.
        const QString named = agent.isEmpty() ? u""_s : agent;
        query.addBindValue(named);
        query.addBindValue(named);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 nowMs = end.toMSecsSinceEpoch();
    for (const int minutes : {60, 360, 1440}) {
        auto loaded = ChartHistory::load(*workspace, ChartScope::all(), minutes, nowMs);
        QVERIFY_RESULT(loaded);
        QCOMPARE(loaded->series.points().size(), minutes);
        QCOMPARE(loaded->series.newestStartMs(), nowMs - nowMs % MinuteMs);
        const qint64 fromMs = loaded->series.points().first().startMs;
        QVERIFY(count(fromMs, {}) > 0);
        QCOMPARE(totalCalls(loaded->series), count(fromMs, {}));
        QVERIFY(loaded->snapshotId > 0);
    }
    // One agent's share, and the baseline from the thirty hours before.
    auto all = ChartHistory::load(*workspace, ChartScope::all(), 360, nowMs);
    QVERIFY_RESULT(all);
    QVERIFY(all->baseline.coverageDays() >= 1.0);
    QVERIFY(all->baseline.isUsable());
    QSqlQuery agents(workspace->database());
    QVERIFY(agents.exec(u"SELECT agent_id FROM telemetry_call WHERE agent_id <> '' LIMIT 1"_s));
    QVERIFY(agents.next());
    const QString agent = agents.value(0).toString();
    auto one = ChartHistory::load(*workspace, ChartScope::agent(agent), 360, nowMs);
    QVERIFY_RESULT(one);
    const qint64 fromMs = one->series.points().first().startMs;
    QCOMPARE(totalCalls(one->series), count(fromMs, agent));
    QVERIFY(totalCalls(one->series) < totalCalls(all->series));
}

void TestMinuteSeries::historyAnswersOnItsThread()
{
    QTemporaryDir dir;
    ManualClock clock(Noon);
    auto workspace = simulatedArchive(dir, 2, Noon, clock);
    AssessmentStore store(*workspace);
    Deployment triage;
    triage.name = u"Triage"_s;
    triage.owner = u"owner"_s;
    const auto created = store.addDeployment(triage, u"tester"_s);
    QVERIFY_RESULT(created);
    QVERIFY_RESULT(
        DeploymentLinks(*workspace).linkSources(created->id, {u"gw-eu-1"_s}, u"tester"_s));
    ChartHistory history(workspace->path(), clock);
    QSignalSpy finished(&history, &ChartHistory::finished);
    history.request(ChartScope::all(), 60);
    const quint64 second = history.request(ChartScope::all(), 120);
    QTRY_VERIFY(!finished.isEmpty() && finished.last().at(0).toULongLong() == second);
    const auto answer = history.take();
    QVERIFY(answer);
    QCOMPARE(answer->request, second);
    QVERIFY2(answer->error.isEmpty(), qPrintable(answer->error));
    QCOMPARE(answer->series.minutes(), 120);
    QVERIFY(totalCalls(answer->series) > 0);
    QCOMPARE(answer->deployments.size(), 1);
    QCOMPARE(answer->deployments.at(0).sources, QStringList{u"gw-eu-1"_s});
    QVERIFY(!history.take());
}

QTEST_MAIN(TestMinuteSeries)
#include "tst_minuteseries.moc"
