// Everything is read inside one read transaction, so the series, the baseline and the snapshot
// id describe the same state of the archive while the writer thread carries on.
// TODO: per-minute sums kept by the archive writer - every call of the period and of 35 days of
// history is read row by row now (about half a million rows a second), so a day at thousands of
// calls a second takes minutes to chart - when the archive gains a minute rollup table.
#include "charthistory.h"

#include "models/assessment/assessmentstore.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/workspace/workspace.h"

#include <QMap>

#include <sqlite3.h>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr qint64 MsToNs = 1'000'000;

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

// Runs a query over the scope's calls with start_ns in [fromNs, toNs) and id <= snapshotId,
// handing each row (start_ns, duration_ns, tokens_in, tokens_out, outcome) to `row`.
Result<void> eachCall(sqlite3* db, const ChartScope& scope, qint64 fromNs, qint64 toNs,
                      qint64 snapshotId, const std::function<bool()>& replaced,
                      const std::function<void(const ToolCall&)>& row)
{
    QVariantList values{fromNs, toNs, snapshotId};
    const QString sql = u"SELECT start_ns, duration_ns, tokens_in, tokens_out, outcome"
                        " FROM telemetry_call WHERE start_ns >= ? AND start_ns < ? AND id <= ?"_s
                        + scope.sqlCondition(values);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare16_v2(db, sql.utf16(), int(sql.size() * 2), &statement, nullptr)
        != SQLITE_OK)
        return std::unexpected(databaseError(db));
    bind(statement, values);
    ToolCall call;
    int rc = SQLITE_OK;
    for (qint64 rows = 0; (rc = sqlite3_step(statement)) == SQLITE_ROW; ++rows) {
        if (rows % 4096 == 0 && replaced && replaced())
            break;
        call.startNs = sqlite3_column_int64(statement, 0);
        call.durationNs = sqlite3_column_int64(statement, 1);
        call.tokensIn = sqlite3_column_int64(statement, 2);
        call.tokensOut = sqlite3_column_int64(statement, 3);
        call.outcome =
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 4)));
        row(call);
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

struct HourAccumulator
{
    qint64 calls = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    DurationHistogram durations;
};

Result<QList<HourlyMetrics>> hourly(sqlite3* db, const ChartScope& scope, qint64 nowMs,
                                    qint64 snapshotId, const std::function<bool()>& replaced)
{
    // Up to the current hour, which is not over yet and would look quiet.
    const qint64 toMs = nowMs - nowMs % HourMs;
    const qint64 fromMs = toMs - ChartHistory::HistoryDays * 24 * HourMs;
    QMap<qint64, HourAccumulator> hours;
    auto read = eachCall(db, scope, fromMs * MsToNs, toMs * MsToNs, snapshotId, replaced,
                         [&hours](const ToolCall& call) {
                             const qint64 atMs = call.startNs / MsToNs;
                             HourAccumulator& hour = hours[atMs - atMs % HourMs];
                             ++hour.calls;
                             hour.tokensIn += qMax<qint64>(0, call.tokensIn);
                             hour.tokensOut += qMax<qint64>(0, call.tokensOut);
                             if (call.durationNs > 0)
                                 hour.durations.add(call.durationNs);
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
    auto read = eachCall(db, result.scope, fromMs * MsToNs, (nowMs + 1) * MsToNs, *snapshot,
                         replaced, [&result](const ToolCall& call) { result.series.add(call); });
    if (!read)
        return read;
    const auto hours = hourly(db, result.scope, nowMs, *snapshot, replaced);
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
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    bool pending = false;
    quint64 nextId = 0;
    quint64 wanted = 0;
    ChartScope scope;
    int minutes = 60;
    std::optional<ChartHistoryResult> answer;
    std::thread thread;
};

ChartHistory::ChartHistory(QString workspacePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_unique<Shared>())
{
    m_shared->path = std::move(workspacePath);
    m_shared->clock = &clock;
    m_shared->thread = std::thread([this] { run(); });
}

ChartHistory::~ChartHistory()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
        m_shared->wanted = 0;
    }
    m_shared->wake.notify_all();
    m_shared->thread.join();
}

quint64 ChartHistory::request(const ChartScope& scope, int minutes)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->scope = scope;
    m_shared->minutes = qMax(1, minutes);
    m_shared->wanted = ++m_shared->nextId;
    m_shared->pending = true;
    m_shared->wake.notify_all();
    return m_shared->wanted;
}

std::optional<ChartHistoryResult> ChartHistory::take()
{
    std::lock_guard lock(m_shared->mutex);
    return std::exchange(m_shared->answer, std::nullopt);
}

void ChartHistory::run()
{
    Shared& s = *m_shared;
    // Opened here, so the connection belongs to this thread.
    auto workspace = Workspace::open(s.path, Workspace::OpenMode::AnotherConnection, *s.clock);
    while (true) {
        std::unique_lock lock(s.mutex);
        s.wake.wait(lock, [&] { return s.stopping || s.pending; });
        if (s.stopping)
            break;
        s.pending = false;
        const quint64 id = s.wanted;
        const ChartScope scope = s.scope;
        const int minutes = s.minutes;
        lock.unlock();

        const std::function<bool()> replaced = [&] {
            std::lock_guard guard(s.mutex);
            return s.wanted != id;
        };
        Result<ChartHistoryResult> loaded =
            workspace
                ? load(**workspace, scope, minutes, s.clock->now().toMSecsSinceEpoch(), replaced)
                : std::unexpected(workspace.error());
        if (replaced())
            continue;
        ChartHistoryResult answer = loaded ? std::move(*loaded) : ChartHistoryResult{};
        answer.request = id;
        if (!loaded) {
            answer.scope = scope;
            answer.error = loaded.error().message;
        }
        {
            std::lock_guard guard(s.mutex);
            s.answer = std::move(answer);
        }
        emit finished(id);
    }
    // Closed in the thread that opened it.
    if (workspace)
        workspace->reset();
}

} // namespace Gatehouse
