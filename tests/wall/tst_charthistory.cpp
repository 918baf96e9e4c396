// The charts' past read from the archive's minute rollup: for a known set of calls, the answer
// of ChartHistory::load for each scope is the one counting the calls themselves gives, with
// quiet minutes and calls on a minute's edges; a rolled-back or resent batch adds nothing; and
// calls stored before the rollup existed are summed by the schema's fill statement alike.
#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/telemetry/archive.h"
#include "models/wall/charthistory.h"
#include "models/workspace/schema.h"
#include "models/workspace/workspace.h"

#include "resultcheck.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

ArchivedEvent eventOf(const ToolCall& call)
{
    ArchivedEvent event;
    event.source = call.source;
    event.sequence = call.sequence;
    event.size = 100;
    event.records.calls.append(call);
    return event;
}

constexpr qint64 MinuteMs = MinuteSeries::MinuteMs;
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 MsToNs = 1'000'000;
// Half a minute past noon, so the current minute is cut at "now".
const qint64 NowMs =
    QDateTime(QDate(2026, 12, 1), QTime(12, 0, 30), QTimeZone::utc()).toMSecsSinceEpoch();

// Durations on both sides of every bin edge of DurationHistogram, and none, and the extremes.
QList<qint64> durations()
{
    QList<qint64> all{0, -5, 1, 9'999, 10'000, 10'001, 3'600'000'000'000};
    for (int bin = 1; bin < DurationHistogram::Bins; ++bin) {
        const qint64 edge = qint64(std::llround(0.01 * std::pow(1.1, bin - 1) * 1e6));
        all << edge - 1 << edge << edge + 1;
    }
    return all;
}

// The known traffic: three days of a call every five minutes, then seven calls a minute over the
// last three hours with quiet stretches, and calls on the edges of minutes and of the window.
QList<qint64> startTimesNs()
{
    QList<qint64> starts;
    const qint64 denseFromMs = NowMs - NowMs % MinuteMs - 3 * HourMs;
    for (qint64 ms = denseFromMs - 72 * HourMs; ms < denseFromMs; ms += 5 * MinuteMs + 1'234)
        starts << ms * MsToNs;
    for (qint64 minute = denseFromMs; minute <= NowMs; minute += MinuteMs) {
        if ((minute / MinuteMs) % 17 >= 3 && (minute / MinuteMs) % 17 <= 9)
            continue; // a quiet stretch
        for (qint64 i = 0; i < 7 && minute * MsToNs + i * 8'000'000'001LL <= NowMs * MsToNs; ++i)
            starts << minute * MsToNs + i * 8'000'000'001LL;
    }
    const qint64 minuteNs = (NowMs - NowMs % MinuteMs - 20 * MinuteMs) * MsToNs;
    const qint64 oneHourWindowNs = (NowMs - NowMs % MinuteMs - 59 * MinuteMs) * MsToNs;
    starts << minuteNs << minuteNs - 1 << minuteNs + MinuteMs * MsToNs - 1 << oneHourWindowNs
           << oneHourWindowNs - 1 << NowMs * MsToNs << NowMs * MsToNs + 999'999;
    return starts;
}

QList<ToolCall> knownCalls()
{
    const QStringList sources{u"gw-eu-1"_s, u"gw-us-1"_s};
    const QStringList agents{u"agt-a"_s, u"agt-b"_s, QString()};
    const QStringList outcomes{u"ok"_s, u"error"_s, u"denied"_s, u"ok"_s};
    const QList<qint64> lengths = durations();
    QList<ToolCall> calls;
    const QList<qint64> starts = startTimesNs();
    for (qsizetype i = 0; i < starts.size(); ++i) {
        ToolCall call;
        call.source = sources.at(i % 2);
        call.sequence = i + 1;
        call.agentId = agents.at(i % 3);
        call.startNs = starts.at(i);
        call.durationNs = lengths.at(i % lengths.size());
        call.tokensIn = i % 5 == 0 ? -1 : i % 97;
        call.tokensOut = i % 7 == 0 ? -1 : i % 31;
        call.outcome = outcomes.at(i % 4);
        call.traceId = u"%1"_s.arg(i, 32, 16, QChar(u'0'));
        calls << call;
    }
    return calls;
}

// Stores the calls through the archive writer, a few to an event and batches that split minutes.
void archive(const QString& path, const QList<ToolCall>& calls)
{
    auto archive = Archive::open(path);
    QVERIFY_RESULT(archive);
    ArchiveBatch batch;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (i % 3 == 0)
            batch.events.append(eventOf(calls.at(i)));
        else
            batch.events.last().records.calls.append(calls.at(i));
        if ((i % 3 == 2 && batch.events.size() == 4) || i + 1 == calls.size()) {
            QVERIFY_RESULT((*archive)->write(batch));
            batch = ArchiveBatch{};
        }
    }
}

// What reading the calls themselves gives: the series of calls started from the window's first
// minute up to now, and the baseline from whole hours of 35 days before the current hour.
MinuteSeries countedSeries(const QList<ToolCall>& calls, const ChartScope& scope, int minutes)
{
    MinuteSeries series(minutes);
    series.advanceTo(NowMs);
    const qint64 fromNs = (series.newestStartMs() - (minutes - 1) * MinuteMs) * MsToNs;
    for (const ToolCall& call : calls) {
        if (scope.matches(call) && call.startNs >= fromNs && call.startNs < (NowMs + 1) * MsToNs)
            series.add(call);
    }
    return series;
}

MinuteBaseline countedBaseline(const QList<ToolCall>& calls, const ChartScope& scope)
{
    const qint64 toMs = NowMs - NowMs % HourMs;
    const qint64 fromMs = toMs - ChartHistory::HistoryDays * 24 * HourMs;
    QMap<qint64, CallTotals> hours;
    for (const ToolCall& call : calls) {
        const qint64 atMs = call.startNs / MsToNs;
        if (scope.matches(call) && atMs >= fromMs && atMs < toMs)
            hours[atMs - atMs % HourMs].add(call);
    }
    QList<HourlyMetrics> hourly;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        hourly.append({BaselineAnalysis::AllAgents, it.key(), it->calls, it->tokensIn,
                       it->tokensOut, qMax(0.0, it->durations.percentileMs(0.5)),
                       qMax(0.0, it->durations.percentileMs(0.95))});
    return MinuteBaseline::fromHourly(hourly);
}

bool samePoints(const MinuteSeries& actual, const MinuteSeries& expected)
{
    const QList<MinutePoint> a = actual.points();
    const QList<MinutePoint> e = expected.points();
    if (a.size() != e.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].startMs != e[i].startMs || a[i].calls != e[i].calls || a[i].tokens != e[i].tokens
            || a[i].rejects != e[i].rejects || a[i].p50Ms != e[i].p50Ms
            || a[i].p95Ms != e[i].p95Ms) {
            qWarning() << "minute" << a[i].startMs << "calls" << a[i].calls << e[i].calls
                       << "tokens" << a[i].tokens << e[i].tokens << "rejects" << a[i].rejects
                       << e[i].rejects << "p50" << a[i].p50Ms << e[i].p50Ms << "p95" << a[i].p95Ms
                       << e[i].p95Ms;
            return false;
        }
    }
    return true;
}

// The band of every metric at every hour of the week ahead, which covers every group.
bool sameBaseline(const MinuteBaseline& actual, const MinuteBaseline& expected)
{
    if (actual.coverageDays() != expected.coverageDays())
        return false;
    for (const QString& metric : MinuteBaseline::metrics()) {
        for (int hour = 0; hour < 7 * 24; ++hour) {
            const qint64 at = NowMs + hour * HourMs;
            if (actual.band(metric, at) != expected.band(metric, at))
                return false;
        }
    }
    return true;
}

// The rollup's rows with their bins in toText()'s order, to compare two ways of filling it.
QStringList rollupRows(Workspace& workspace)
{
    QSqlQuery query(workspace.database());
    query.exec(u"SELECT minute_ms, source, agent_id, calls, tokens_in, tokens_out, rejects,"
               " durations FROM telemetry_minute ORDER BY minute_ms, source, agent_id"_s);
    QStringList rows;
    while (query.next()) {
        DurationHistogram bins;
        bins.addText(query.value(7).toByteArray());
        QStringList row;
        for (int column = 0; column < 7; ++column)
            row << query.value(column).toString();
        rows << row.join(u' ') + u' ' + QString::fromLatin1(bins.toText());
    }
    return rows;
}

} // namespace

class TestChartHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void histogramText();
    void answersAsTheCallsDo_data();
    void answersAsTheCallsDo();
    void sumsOnlyStoredCalls();
    void callsBeforeTheRollupAreFilledIn();
    void callStampedAfterNowCountsInItsMinute();

private:
    QList<ChartScope> scopes() const;

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(NowMs, QTimeZone::utc())};
    std::unique_ptr<Workspace> m_workspace;
    QList<ToolCall> m_calls;
    ChartScope m_deployment;
};

void TestChartHistory::initTestCase()
{
    auto workspace = Workspace::open(m_dir.filePath(u"rollup.gatehouse"_s),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    m_workspace = std::move(*workspace);
    m_calls = knownCalls();
    archive(m_workspace->path(), m_calls);

    // A deployment of one gateway and one agent: its calls without an agent count too.
    Deployment triage;
    triage.name = u"Triage"_s;
    triage.owner = u"owner"_s;
    const auto created = AssessmentStore(*m_workspace).addDeployment(triage, u"tester"_s);
    QVERIFY_RESULT(created);
    DeploymentLinks links(*m_workspace);
    QVERIFY_RESULT(links.linkSources(created->id, {u"gw-eu-1"_s}, u"tester"_s));
    QVERIFY_RESULT(links.linkAgents(created->id, {u"agt-b"_s}, u"tester"_s));
    m_deployment = ChartScope::deployment(created->id, u"Triage"_s, {u"gw-eu-1"_s}, {u"agt-b"_s});
}

QList<ChartScope> TestChartHistory::scopes() const
{
    return {ChartScope::all(), ChartScope::agent(u"agt-a"_s), m_deployment};
}

void TestChartHistory::histogramText()
{
    DurationHistogram histogram;
    for (const qint64 duration : durations()) {
        if (duration > 0)
            histogram.add(duration);
    }
    DurationHistogram read;
    read.addText(histogram.toText());
    QCOMPARE(read.count(), histogram.count());
    QCOMPARE(read.toText(), histogram.toText());
    QCOMPARE(read.percentileMs(0.95), histogram.percentileMs(0.95));
    // Repeated and unordered bins add up; malformed pairs are skipped.
    DurationHistogram sums;
    sums.addText("7:2,3:1,7:1,x:4,9:,:5,250:1,12:3");
    QCOMPARE(sums.toText(), QByteArray("3:1,7:3,12:3"));
    QCOMPARE(DurationHistogram().toText(), QByteArray());
}

void TestChartHistory::answersAsTheCallsDo_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("minutes");
    for (const int minutes : {60, 360, 1440}) {
        for (const int scope : {0, 1, 2}) {
            const QByteArray name =
                QByteArray::number(scope) + " over " + QByteArray::number(minutes);
            QTest::newRow(name.constData()) << scope << minutes;
        }
    }
}

void TestChartHistory::answersAsTheCallsDo()
{
    QFETCH(int, scope);
    QFETCH(int, minutes);
    const ChartScope chosen = scopes().at(scope);
    const auto loaded = ChartHistory::load(*m_workspace, chosen, minutes, NowMs);
    QVERIFY_RESULT(loaded);
    QCOMPARE(loaded->scope, chosen);
    QCOMPARE(loaded->snapshotId, qint64(m_calls.size()));
    const MinuteSeries expected = countedSeries(m_calls, chosen, minutes);
    QVERIFY(samePoints(loaded->series, expected));
    QVERIFY(sameBaseline(loaded->baseline, countedBaseline(m_calls, chosen)));
    QVERIFY(loaded->baseline.isUsable());

    // The set holds quiet minutes inside the window and calls on its first minute's edge.
    const QList<MinutePoint> points = loaded->series.points();
    QVERIFY(std::any_of(points.begin(), points.end(), [](const auto& p) { return p.calls == 0; }));
    QVERIFY(std::any_of(points.begin(), points.end(), [](const auto& p) { return p.calls > 0; }));
}

void TestChartHistory::sumsOnlyStoredCalls()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(u"rollback.gatehouse"_s),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    const QList<ToolCall> calls = knownCalls().first(10);
    archive((*workspace)->path(), calls);
    const QStringList before = rollupRows(**workspace);
    QCOMPARE(before.size(), 10); // one a minute, source and agent

    // A trigger makes the second call of the batch fail: the first one's sums must go too.
    QSqlQuery trigger((*workspace)->database());
    QVERIFY(trigger.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON telemetry_call"
                         " WHEN NEW.sequence = 1002 BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
    auto archive = Archive::open((*workspace)->path());
    QVERIFY_RESULT(archive);
    ArchiveBatch batch;
    for (qint64 sequence : {1001, 1002}) {
        ToolCall call = calls.at(0);
        call.sequence = sequence;
        batch.events.append(eventOf(call));
    }
    QVERIFY(!(*archive)->write(batch));
    QCOMPARE(rollupRows(**workspace), before);
    QVERIFY(trigger.exec(u"DROP TRIGGER refuse"_s));
    QVERIFY_RESULT((*archive)->write(batch));
    const QStringList after = rollupRows(**workspace);
    QCOMPARE(after.size(), 10);
    QVERIFY(after != before); // the first minute counts two calls more
    // The same events again are not stored again, and not counted again.
    QVERIFY_RESULT((*archive)->write(batch));
    QVERIFY(!batch.events.at(0).stored && !batch.events.at(1).stored);
    QCOMPARE(rollupRows(**workspace), after);
}

void TestChartHistory::callsBeforeTheRollupAreFilledIn()
{
    // The state of a workspace written before the rollup: its calls, and no sums of them. The
    // migration's last statement sums them as the writer would have.
    const QStringList written = rollupRows(*m_workspace);
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(u"DELETE FROM telemetry_minute"_s));
    QVERIFY(rollupRows(*m_workspace).isEmpty());
    // Migration 5 made the rollup; later ones may follow it.
    const Migration& rollup = schemaMigrations().at(4);
    QVERIFY(QByteArray(rollup.description).contains("per-minute sums"));
    QVERIFY2(query.exec(rollup.statements.last()), qPrintable(query.lastError().text()));
    QCOMPARE(rollupRows(*m_workspace), written);

    for (const ChartScope& scope : scopes()) {
        const auto loaded = ChartHistory::load(*m_workspace, scope, 1440, NowMs);
        QVERIFY_RESULT(loaded);
        QVERIFY(samePoints(loaded->series, countedSeries(m_calls, scope, 1440)));
        QVERIFY(sameBaseline(loaded->baseline, countedBaseline(m_calls, scope)));
    }
}

void TestChartHistory::callStampedAfterNowCountsInItsMinute()
{
    // The one difference from counting calls: the rollup cannot cut the current minute at now,
    // so a call stamped later in it (a source's clock ahead) counts at once. Counting calls
    // left it out, and the live charts never added it either, its id being in the snapshot.
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(u"ahead.gatehouse"_s),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    QList<ToolCall> calls = knownCalls().first(1);
    calls[0].startNs = (NowMs + 20'000) * MsToNs;
    archive((*workspace)->path(), calls);
    const auto loaded = ChartHistory::load(**workspace, ChartScope::all(), 60, NowMs);
    QVERIFY_RESULT(loaded);
    QCOMPARE(loaded->series.points().last().calls, 1);
    QCOMPARE(countedSeries(calls, ChartScope::all(), 60).points().last().calls, 0);
}

QTEST_MAIN(TestChartHistory)
#include "tst_charthistory.moc"
