// Everything is read inside one read transaction, so the series, the baseline and the snapshot
// id describe the same state of the archive while the writer thread carries on. The minutes come
// from the archive's rollup, which the writer keeps in the transaction of the calls it sums, so
// the rollup and the snapshot id agree; a period costs its minutes, not its calls.
#include "charthistory.h"

#include "models/assessment/assessmentstore.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/telemetry/minuterollup.h"
#include "models/workspace/workspace.h"

#include <QMap>

#include <sqlite3.h>

#include <mutex>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 3'600'000;

Error databaseError(sqlite3* db)
{
    return Error{ErrorCode::Database,
                 ChartScope::tr("Reading the telemetry archive for the charts failed: %1.")
                     .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
}

void bind(sqlite3_stmt* statement, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (values[i].typeId() == QMetaType::QString) {
            const QString text = values[i].toString();
            sqlite3_bind_text16(statement, i + 1, text.utf16(), int(text.size() * 2),
                                SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, i + 1, values[i].toLongLong());
        }
    }
}

// A row of telemetry_minute from its second column on.
CallTotals minuteTotals(sqlite3_stmt* statement)
{
    CallTotals minute;
    minute.calls = sqlite3_column_int64(statement, 1);
    minute.tokensIn = sqlite3_column_int64(statement, 2);
    minute.tokensOut = sqlite3_column_int64(statement, 3);
    minute.rejects = sqlite3_column_int64(statement, 4);
    minute.durations.addText(
        QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(statement, 5)),
                       sqlite3_column_bytes(statement, 5)));
    return minute;
}

// Runs a query over the scope's rollup minutes starting in [fromMs, toMs), handing each minute
// of a source and agent to `row`.
Result<void> eachMinute(sqlite3* db, const ChartScope& scope, qint64 fromMs, qint64 toMs,
                        const std::function<bool()>& replaced,
                        const std::function<void(qint64 minuteMs, const CallTotals&)>& row)
{
    QVariantList values{fromMs, toMs};
    const QString sql = u"SELECT minute_ms, calls, tokens_in, tokens_out, rejects, durations"
                        " FROM telemetry_minute WHERE minute_ms >= ? AND minute_ms < ?"_s
                        + scope.sqlCondition(values);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare16_v2(db, sql.utf16(), int(sql.size() * 2), &statement, nullptr)
        != SQLITE_OK)
        return std::unexpected(databaseError(db));
    bind(statement, values);
    int rc = SQLITE_OK;
    for (qint64 rows = 0; (rc = sqlite3_step(statement)) == SQLITE_ROW; ++rows) {
        if (rows % 4096 == 0 && replaced && replaced())
            break;
        row(sqlite3_column_int64(statement, 0), minuteTotals(statement));
    }
    sqlite3_finalize(statement);
    if (rc == SQLITE_ROW)
        return fail(ErrorCode::Cancelled, ChartScope::tr("The chart was asked for again."));
    if (rc != SQLITE_DONE)
        return std::unexpected(databaseError(db));
    return {};
}

Result<qint64> newestId(sqlite3* db)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT coalesce(max(id), 0) FROM telemetry_call", -1, &statement,
                           nullptr)
        != SQLITE_OK)
        return std::unexpected(databaseError(db));
    const qint64 id =
        sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    return id;
}

Result<QList<HourlyMetrics>> hourly(sqlite3* db, const ChartScope& scope, qint64 nowMs,
                                    const std::function<bool()>& replaced)
{
    // Up to the current hour, which is not over yet and would look quiet.
    const qint64 toMs = nowMs - nowMs % HourMs;
    const qint64 fromMs = toMs - ChartHistory::HistoryDays * 24 * HourMs;
    QMap<qint64, CallTotals> hours;
    auto read = eachMinute(db, scope, fromMs, toMs, replaced,
                           [&hours](qint64 minuteMs, const CallTotals& minute) {
                               hours[minuteMs - minuteMs % HourMs].merge(minute);
                           });
    if (!read)
        return std::unexpected(read.error());
    QList<HourlyMetrics> metrics;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        metrics.append(HourlyMetrics{BaselineAnalysis::AllAgents, it.key(), it->calls, it->tokensIn,
                                     it->tokensOut, qMax(0.0, it->durations.percentileMs(0.5)),
                                     qMax(0.0, it->durations.percentileMs(0.95))});
    return metrics;
}

Result<QList<ChartScope>> deployments(Workspace& workspace)
{
    AssessmentStore store(workspace);
    DeploymentLinks links(workspace);
    const auto all = store.deployments();
    if (!all)
        return std::unexpected(all.error());
    QList<ChartScope> scopes;
    for (const Deployment& deployment : *all) {
        const auto sources = links.sources(deployment.id);
        const auto agents = links.agents(deployment.id);
        if (!sources || !agents)
            return std::unexpected(!sources ? sources.error() : agents.error());
        scopes.append(ChartScope::deployment(deployment.id, deployment.name, *sources, *agents));
    }
    return scopes;
}

Result<void> fill(sqlite3* db, ChartHistoryResult& result, int minutes, qint64 nowMs,
                  const std::function<bool()>& replaced)
{
    const auto snapshot = newestId(db);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    result.snapshotId = *snapshot;
    result.series = MinuteSeries(minutes);
    result.series.advanceTo(nowMs);
    const qint64 fromMs = result.series.newestStartMs() - (minutes - 1) * MinuteSeries::MinuteMs;
    const qint64 toMs = result.series.newestStartMs() + MinuteSeries::MinuteMs;
    auto read = eachMinute(db, result.scope, fromMs, toMs, replaced,
                           [&result](qint64 minuteMs, const CallTotals& minute) {
                               result.series.add(minuteMs, minute);
                           });
    if (!read)
        return read;
    const auto hours = hourly(db, result.scope, nowMs, replaced);
    if (!hours)
        return std::unexpected(hours.error());
    result.baseline = MinuteBaseline::fromHourly(*hours);
    return {};
}

} // namespace

Result<ChartHistoryResult> ChartHistory::load(Workspace& workspace, const ChartScope& scope,
                                              int minutes, qint64 nowMs,
                                              const std::function<bool()>& replaced)
{
    ChartHistoryResult result;
    result.scope = scope;
    auto listed = deployments(workspace);
    if (!listed)
        return std::unexpected(listed.error());
    result.deployments = *listed;
    // A deployment's links may have changed since the chooser was filled.
    for (const ChartScope& deployment : std::as_const(result.deployments)) {
        if (scope.kind == ChartScope::Kind::Deployment
            && deployment.deploymentId == scope.deploymentId)
            result.scope = deployment;
    }
    sqlite3* db = workspace.handle();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    auto filled = fill(db, result, minutes, nowMs, replaced);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (!filled)
        return std::unexpected(filled.error());
    return result;
}

struct ChartHistory::Shared
{
    QString path;
    const Clock* clock = nullptr;
    Result<std::unique_ptr<Workspace>> workspace = nullptr; // the worker thread's
    std::mutex mutex;                                       // guards the answer
    std::optional<ChartHistoryResult> answer;
};

ChartHistory::ChartHistory(QString workspacePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_unique<Shared>())
{
    m_shared->path = std::move(workspacePath);
    m_shared->clock = &clock;
    Shared& s = *m_shared;
    m_worker.start(
        [&s] {
            s.workspace = Workspace::open(s.path, Workspace::OpenMode::AnotherConnection, *s.clock);
        },
        // Closed in the thread that opened it.
        [&s] { s.workspace = nullptr; });
}

ChartHistory::~ChartHistory()
{
    m_worker.stop();
}

quint64 ChartHistory::request(const ChartScope& scope, int minutes)
{
    return m_worker.request(
        [this, scope, minutes = qMax(1, minutes)](quint64 id, const auto& replaced) {
            return answer(id, scope, minutes, replaced);
        });
}

std::optional<ChartHistoryResult> ChartHistory::take()
{
    std::lock_guard lock(m_shared->mutex);
    return std::exchange(m_shared->answer, std::nullopt);
}

NewestRequestWorker::Delivery ChartHistory::answer(quint64 id, const ChartScope& scope, int minutes,
                                                   const std::function<bool()>& replaced)
{
    Shared& s = *m_shared;
    Result<ChartHistoryResult> loaded =
        s.workspace
            ? load(**s.workspace, scope, minutes, s.clock->now().toMSecsSinceEpoch(), replaced)
            : std::unexpected(s.workspace.error());
    ChartHistoryResult result = loaded ? std::move(*loaded) : ChartHistoryResult{};
    result.request = id;
    if (!loaded) {
        result.scope = scope;
        result.error = loaded.error().message;
    }
    return [this, id, result = std::move(result)] {
        {
            std::lock_guard lock(m_shared->mutex);
            m_shared->answer = result;
        }
        emit finished(id);
    };
}

} // namespace Gatehouse
