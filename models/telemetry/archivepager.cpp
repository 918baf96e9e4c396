// SQLite's progress handler polls the cancellation flag every thousand virtual-machine steps,
// so a slow free-text scan stops within a millisecond of being replaced.
#include "archivepager.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <mutex>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

const char* const SelectColumns =
    "SELECT id, source, sequence, span_index, start_ns, duration_ns, trace_id, span_id, human,"
    " agent_id, agent_name, service_identity, credential_id, conversation_id, actor_chain, tool,"
    " mcp_server, mcp_method, write_tool, data_region, compute_region, outcome, error_type,"
    " tokens_in, tokens_out, sandbox_id, policy_decision, scope, redactions, arguments"
    " FROM telemetry_call";

QString column(sqlite3_stmt* s, int i)
{
    return QString::fromUtf16(static_cast<const char16_t*>(sqlite3_column_text16(s, i)),
                              sqlite3_column_bytes16(s, i) / 2);
}

ToolCall readCall(sqlite3_stmt* s)
{
    ToolCall c;
    c.archiveId = sqlite3_column_int64(s, 0);
    c.source = column(s, 1);
    c.sequence = sqlite3_column_int64(s, 2);
    c.spanIndex = sqlite3_column_int(s, 3);
    c.startNs = sqlite3_column_int64(s, 4);
    c.durationNs = sqlite3_column_int64(s, 5);
    QString* texts[] = {&c.traceId,    &c.spanId,          &c.human,        &c.agentId,
                        &c.agentName,  &c.serviceIdentity, &c.credentialId, &c.conversationId,
                        &c.actorChain, &c.toolName,        &c.mcpServer,    &c.mcpMethod};
    int index = 6;
    for (QString* text : texts)
        *text = column(s, index++);
    c.writeTool = sqlite3_column_int(s, 18) != 0;
    c.dataRegion = column(s, 19);
    c.computeRegion = column(s, 20);
    c.outcome = column(s, 21);
    c.errorType = column(s, 22);
    c.tokensIn = sqlite3_column_int64(s, 23);
    c.tokensOut = sqlite3_column_int64(s, 24);
    c.sandboxId = column(s, 25);
    c.policyDecision = column(s, 26);
    c.scope = column(s, 27);
    c.redactions = sqlite3_column_int(s, 28);
    c.arguments = column(s, 29);
    return c;
}

void bindValue(sqlite3_stmt* s, int index, const QVariant& value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        sqlite3_bind_text16(s, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_int64(s, index, value.toLongLong());
    }
}

int progress(void* context)
{
    const auto* interrupted = static_cast<const std::function<bool()>*>(context);
    return (*interrupted)() ? 1 : 0;
}

} // namespace

Result<ToolCallBatch> ArchivePager::queryPage(sqlite3* db, const ToolCallFilter& filter,
                                              qint64 beforeId, int limit, qint64 fromId,
                                              const std::function<bool()>& interrupted)
{
    ToolCallFilter::Sql where = filter.toSql();
    QString sql = QString::fromLatin1(SelectColumns) + where.where;
    bool hasWhere = !where.where.isEmpty();
    const auto bound = [&](const QString& term, qint64 value) {
        sql += (hasWhere ? u" AND "_s : u" WHERE "_s) + term;
        hasWhere = true;
        where.values.append(value);
    };
    if (beforeId > 0)
        bound(u"id < ?"_s, beforeId);
    if (fromId > 0)
        bound(u"id >= ?"_s, fromId);
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    where.values.append(qint64(limit));

    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare16_v2(db, sql.utf16(), int(sql.size() * 2), &statement, nullptr)
        != SQLITE_OK)
        return fail(ErrorCode::Database, tr("Reading the telemetry archive failed: %1.")
                                             .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    for (int i = 0; i < where.values.size(); ++i)
        bindValue(statement, i + 1, where.values[i]);
    if (interrupted)
        sqlite3_progress_handler(db, 1000, progress,
                                 const_cast<std::function<bool()>*>(&interrupted));
    ToolCallBatch calls;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        calls.append(readCall(statement));
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    sqlite3_finalize(statement);
    if (rc == SQLITE_INTERRUPT)
        return fail(ErrorCode::Cancelled, tr("The archive query was replaced by a newer one."));
    if (rc != SQLITE_DONE)
        return fail(ErrorCode::Database, tr("Reading the telemetry archive failed: %1.")
                                             .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return calls;
}

struct ArchivePager::Scan
{
    ToolCallBatch calls;
    bool complete = false;
    qint64 resumeBeforeId = 0;
};

struct ArchivePager::Shared
{
    std::mutex mutex; // guards the scan limits
    qint64 windowRows = 20000;
    int budgetMs = 150;
    QString path;
    sqlite3* db = nullptr; // the worker thread's
    bool opened = false;
};

ArchivePager::ArchivePager(QString workspacePath, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_unique<Shared>())
{
    qRegisterMetaType<Gatehouse::ToolCallBatch>();
    m_shared->path = std::move(workspacePath);
    Shared& s = *m_shared;
    m_worker.start(
        [&s] {
            s.opened =
                sqlite3_open_v2(s.path.toUtf8().constData(), &s.db, SQLITE_OPEN_READONLY, nullptr)
                == SQLITE_OK;
            sqlite3_busy_timeout(s.db, 5000);
        },
        [&s] { sqlite3_close(s.db); });
}

ArchivePager::~ArchivePager()
{
    m_worker.stop();
}

quint64 ArchivePager::requestPage(const ToolCallFilter& filter, qint64 beforeId, int limit)
{
    return m_worker.request(
        [this, filter, beforeId, limit = qMax(1, limit)](quint64 id, const auto& replaced) {
            return answer(id, filter, beforeId, limit, replaced);
        });
}

void ArchivePager::setScanLimits(qint64 windowRows, int budgetMs)
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->windowRows = qMax<qint64>(1, windowRows);
    m_shared->budgetMs = qMax(0, budgetMs);
}

void ArchivePager::cancel()
{
    m_worker.cancel();
}

NewestRequestWorker::Delivery ArchivePager::answer(quint64 id, const ToolCallFilter& filter,
                                                   qint64 beforeId, int limit,
                                                   const std::function<bool()>& replaced)
{
    Result<Scan> page = m_shared->opened
                            ? scan(m_shared->db, filter, beforeId, limit, replaced)
                            : fail(ErrorCode::Database, tr("The telemetry archive cannot be "
                                                           "opened for reading."));
    return [this, id, page = std::move(page)] {
        if (page)
            emit pageReady(id, page->calls, page->complete, page->resumeBeforeId);
        else
            emit pageFailed(id, page.error().message);
    };
}

Result<ArchivePager::Scan> ArchivePager::scan(sqlite3* db, const ToolCallFilter& filter,
                                              qint64 beforeId, int limit,
                                              const std::function<bool()>& replaced) const
{
    qint64 windowRows = 0;
    int budgetMs = 0;
    {
        std::lock_guard lock(m_shared->mutex);
        windowRows = m_shared->windowRows;
        budgetMs = m_shared->budgetMs;
    }
    qint64 upper = beforeId;
    if (upper <= 0) {
        auto newest = queryPage(db, ToolCallFilter{}, 0, 1);
        if (!newest)
            return std::unexpected(newest.error());
        upper = newest->isEmpty() ? 1 : newest->first().archiveId + 1;
    }
    QElapsedTimer elapsed;
    elapsed.start();
    Scan result;
    while (true) {
        const qint64 lower = qMax<qint64>(1, upper - windowRows);
        auto page = queryPage(db, filter, upper, limit - int(result.calls.size()), lower, replaced);
        if (!page)
            return std::unexpected(page.error());
        result.calls.append(*page);
        if (result.calls.size() >= limit) {
            result.resumeBeforeId = result.calls.last().archiveId;
            return result;
        }
        if (lower <= 1) {
            result.complete = true;
            return result;
        }
        upper = lower;
        if (elapsed.elapsed() >= budgetMs) {
            result.resumeBeforeId = upper;
            return result;
        }
    }
}

} // namespace Gatehouse
