// Every write goes through statements prepared once; a batch is one transaction, so the cost of
// a commit is shared by up to a few thousand events.
#include "archive.h"

#include "models/core/clock.h"

#include <QCoreApplication>
#include <QStringEncoder>

#include <sqlite3.h>

#include <initializer_list>
#include <utility>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Archive)
};

using TextParameter = std::pair<int, const QString*>;

// The text parameters of one statement, encoded as UTF-8, the database's own encoding, into one
// buffer reused for every row: SQLite then neither converts nor copies them, which was a large
// part of the cost of a row when they were bound as UTF-16. Valid until the next bind().
class Utf8Parameters
{
public:
    void bind(sqlite3_stmt* statement, std::initializer_list<TextParameter> texts)
    {
        qsizetype needed = 0;
        for (const auto& [index, text] : texts)
            needed += m_encoder.requiredSpace(text->size());
        if (m_buffer.size() < needed)
            m_buffer.resize(needed);
        char* out = m_buffer.data();
        for (const auto& [index, text] : texts) {
            char* end = m_encoder.appendToBuffer(out, *text);
            sqlite3_bind_text(statement, index, out, int(end - out), SQLITE_STATIC);
            out = end;
        }
    }

private:
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_buffer;
};

const char* const EventSql = "INSERT OR IGNORE INTO telemetry_event"
                             " (source, sequence, received_ms, size, rejected)"
                             " VALUES (?1, ?2, ?3, ?4, ?5)";
const char* const CallSql =
    "INSERT INTO telemetry_call (source, sequence, span_index, start_ns, duration_ns, trace_id,"
    " span_id, human, agent_id, agent_name, service_identity, credential_id, conversation_id,"
    " actor_chain, tool, mcp_server, mcp_method, write_tool, data_region, compute_region,"
    " outcome, error_type, tokens_in, tokens_out, sandbox_id, policy_decision, scope,"
    " redactions, arguments) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
    " ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)";
const char* const ExecutionSql =
    "INSERT INTO telemetry_execution (source, sequence, span_index, start_ns, duration_ns,"
    " trace_id, span_id, sandbox_id, compute_region, agent_id, human, command, exit_code,"
    " stdout, stderr, redactions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
    " ?13, ?14, ?15, ?16)";
const char* const DrillSql = "INSERT INTO telemetry_drill (source, sequence, span_index, at_ns,"
                             " drill_id, agent_id, phase) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
const char* const RejectSql = "INSERT INTO telemetry_reject (source, sequence, received_ms,"
                              " reason, detail, size, head) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
const char* const GapSql = "INSERT INTO telemetry_gap (source, from_sequence, to_sequence,"
                           " recorded_ms, reason) VALUES (?1, ?2, ?3, ?4, ?5)";
// A minute already in the rollup adds the batch's sums; its duration bins are added by the
// function registered in open(), since SQL cannot add two bin lists itself.
const char* const MinuteSql =
    "INSERT INTO telemetry_minute (minute_ms, source, agent_id, calls, tokens_in, tokens_out,"
    " rejects, durations) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
    " ON CONFLICT (minute_ms, source, agent_id) DO UPDATE SET calls = calls + excluded.calls,"
    " tokens_in = tokens_in + excluded.tokens_in, tokens_out = tokens_out + excluded.tokens_out,"
    " rejects = rejects + excluded.rejects,"
    " durations = gatehouse_add_durations(durations, excluded.durations)";
const char* const PostureSql =
    "INSERT INTO telemetry_posture (source, fetched_at, kind, json, tunnel_state, listeners,"
    " non_loopback_listeners, credentials, siem_sinks, last_siem_delivery, default_deny,"
    " sandboxes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

QByteArrayView textArgument(sqlite3_value* value)
{
    return QByteArrayView(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                          sqlite3_value_bytes(value));
}

// gatehouse_add_durations(a, b): the bins of two DurationHistogram texts added up.
void addDurations(sqlite3_context* context, int, sqlite3_value** arguments)
{
    DurationHistogram sum;
    sum.addText(textArgument(arguments[0]));
    sum.addText(textArgument(arguments[1]));
    const QByteArray text = sum.toText();
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

} // namespace

bool ArchiveBatch::isEmpty() const
{
    return events.isEmpty() && rejects.isEmpty() && gaps.isEmpty() && postures.isEmpty();
}

struct Archive::Statements
{
    sqlite3_stmt* event = nullptr;
    sqlite3_stmt* call = nullptr;
    sqlite3_stmt* execution = nullptr;
    sqlite3_stmt* drill = nullptr;
    sqlite3_stmt* reject = nullptr;
    sqlite3_stmt* gap = nullptr;
    sqlite3_stmt* posture = nullptr;
    sqlite3_stmt* minute = nullptr;
    Utf8Parameters texts;

    ~Statements()
    {
        for (sqlite3_stmt* statement :
             {event, call, execution, drill, reject, gap, posture, minute})
            sqlite3_finalize(statement);
    }
};

Result<std::unique_ptr<Archive>> Archive::open(const QString& workspacePath)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(workspacePath.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Archive> archive(new Archive(db));
    if (rc != SQLITE_OK)
        return std::unexpected(archive->sqliteError(Text::tr("Opening the telemetry archive")));
    sqlite3_busy_timeout(db, 10000);
    if (auto ok = archive->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !ok)
        return std::unexpected(ok.error());
    sqlite3_create_function_v2(db, "gatehouse_add_durations", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr, addDurations, nullptr, nullptr, nullptr);
    if (auto ok = archive->prepare(); !ok)
        return std::unexpected(ok.error());
    return archive;
}

Archive::Archive(sqlite3* db)
    : m_db(db)
    , m_statements(std::make_unique<Statements>())
{
}

Archive::~Archive()
{
    m_statements.reset();
    sqlite3_close(m_db);
}

Result<void> Archive::prepare()
{
    const std::pair<sqlite3_stmt**, const char*> all[] = {
        {&m_statements->event, EventSql},         {&m_statements->call, CallSql},
        {&m_statements->execution, ExecutionSql}, {&m_statements->drill, DrillSql},
        {&m_statements->reject, RejectSql},       {&m_statements->gap, GapSql},
        {&m_statements->posture, PostureSql},     {&m_statements->minute, MinuteSql},
    };
    for (const auto& [statement, sql] : all) {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr)
            != SQLITE_OK) {
            return fail(ErrorCode::Database,
                        Text::tr("The workspace has no telemetry archive tables (%1): open it once "
                                 "with this version of Gatehouse to upgrade it.")
                            .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        }
    }
    return {};
}

Result<void> Archive::step(sqlite3_stmt* statement, const char* doing)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        return std::unexpected(sqliteError(Text::tr(doing)));
    return {};
}

Result<void> Archive::exec(const char* sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(Text::tr("Writing to the telemetry archive")));
    return {};
}

Error Archive::sqliteError(const QString& doing) const
{
    const QString cause =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : Text::tr("out of memory");
    return Error{ErrorCode::Database,
                 Text::tr("%1 failed: %2. Check that the disk has room and that no other program "
                          "holds the workspace.")
                     .arg(doing, cause)};
}

Result<void> Archive::write(ArchiveBatch& batch)
{
    if (batch.isEmpty())
        return {};
    if (auto ok = exec("BEGIN IMMEDIATE"); !ok)
        return ok;
    m_minutes.clear();
    auto body = [&]() -> Result<void> {
        for (ArchivedEvent& event : batch.events) {
            if (auto ok = writeEvent(event); !ok)
                return ok;
        }
        for (ArchiveReject& reject : batch.rejects) {
            if (auto ok = writeReject(reject); !ok)
                return ok;
        }
        for (const ArchiveGap& gap : batch.gaps) {
            if (auto ok = writeGap(gap); !ok)
                return ok;
        }
        for (const PostureSnapshot& posture : batch.postures) {
            if (auto ok = writePosture(posture); !ok)
                return ok;
        }
        if (auto ok = writeMinutes(); !ok)
            return ok;
        return exec("COMMIT");
    };
    Result<void> result = body();
    if (!result) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        for (ArchivedEvent& event : batch.events)
            event.stored = false;
        for (ArchiveReject& reject : batch.rejects)
            reject.stored = false;
    }
    return result;
}

namespace {

// Binds the event key row; returns true when it was new.
bool claimEvent(sqlite3* db, sqlite3_stmt* statement, Utf8Parameters& texts, const QString& source,
                qint64 sequence, qint64 receivedMs, qint64 size, bool rejected, int& rc)
{
    texts.bind(statement, {{1, &source}});
    sqlite3_bind_int64(statement, 2, sequence);
    sqlite3_bind_int64(statement, 3, receivedMs);
    sqlite3_bind_int64(statement, 4, size);
    sqlite3_bind_int(statement, 5, rejected ? 1 : 0);
    rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE && sqlite3_changes(db) > 0;
}

} // namespace

Result<void> Archive::writeEvent(ArchivedEvent& event)
{
    int rc = SQLITE_OK;
    event.stored = claimEvent(m_db, m_statements->event, m_statements->texts, event.source,
                              event.sequence, event.receivedMs, event.size, false, rc);
    if (rc != SQLITE_DONE)
        return std::unexpected(sqliteError(Text::tr("Storing an event")));
    if (!event.stored)
        return {};
    for (ToolCall& call : event.records.calls) {
        if (auto ok = writeCall(call); !ok)
            return ok;
    }
    for (const SandboxExecution& execution : event.records.executions) {
        if (auto ok = writeExecution(execution); !ok)
            return ok;
    }
    for (const DrillMarker& drill : event.records.drills) {
        if (auto ok = writeDrill(drill); !ok)
            return ok;
    }
    return {};
}

Result<void> Archive::writeCall(ToolCall& c)
{
    sqlite3_stmt* s = m_statements->call;
    m_statements->texts.bind(s, {{1, &c.source},           {6, &c.traceId},
                                 {7, &c.spanId},           {8, &c.human},
                                 {9, &c.agentId},          {10, &c.agentName},
                                 {11, &c.serviceIdentity}, {12, &c.credentialId},
                                 {13, &c.conversationId},  {14, &c.actorChain},
                                 {15, &c.toolName},        {16, &c.mcpServer},
                                 {17, &c.mcpMethod},       {19, &c.dataRegion},
                                 {20, &c.computeRegion},   {21, &c.outcome},
                                 {22, &c.errorType},       {25, &c.sandboxId},
                                 {26, &c.policyDecision},  {27, &c.scope},
                                 {29, &c.arguments}});
    sqlite3_bind_int64(s, 2, c.sequence);
    sqlite3_bind_int(s, 3, c.spanIndex);
    sqlite3_bind_int64(s, 4, c.startNs);
    sqlite3_bind_int64(s, 5, c.durationNs);
    sqlite3_bind_int(s, 18, c.writeTool ? 1 : 0);
    sqlite3_bind_int64(s, 23, c.tokensIn);
    sqlite3_bind_int64(s, 24, c.tokensOut);
    sqlite3_bind_int(s, 28, c.redactions);
    if (auto ok = step(s, QT_TRANSLATE_NOOP("Archive", "Storing a tool call")); !ok)
        return ok;
    c.archiveId = sqlite3_last_insert_rowid(m_db);
    m_minutes.add(c);
    return {};
}

Result<void> Archive::writeExecution(const SandboxExecution& e)
{
    sqlite3_stmt* s = m_statements->execution;
    m_statements->texts.bind(s, {{1, &e.source},
                                 {6, &e.traceId},
                                 {7, &e.spanId},
                                 {8, &e.sandboxId},
                                 {9, &e.computeRegion},
                                 {10, &e.agentId},
                                 {11, &e.human},
                                 {12, &e.command},
                                 {14, &e.stdoutSnippet},
                                 {15, &e.stderrSnippet}});
    sqlite3_bind_int64(s, 2, e.sequence);
    sqlite3_bind_int(s, 3, e.spanIndex);
    sqlite3_bind_int64(s, 4, e.startNs);
    sqlite3_bind_int64(s, 5, e.durationNs);
    sqlite3_bind_int(s, 13, e.exitCode);
    sqlite3_bind_int(s, 16, e.redactions);
    return step(s, QT_TRANSLATE_NOOP("Archive", "Storing a sandbox execution"));
}

Result<void> Archive::writeDrill(const DrillMarker& d)
{
    sqlite3_stmt* s = m_statements->drill;
    m_statements->texts.bind(s, {{1, &d.source}, {5, &d.drillId}, {6, &d.agentId}, {7, &d.phase}});
    sqlite3_bind_int64(s, 2, d.sequence);
    sqlite3_bind_int(s, 3, d.spanIndex);
    sqlite3_bind_int64(s, 4, d.atNs);
    return step(s, QT_TRANSLATE_NOOP("Archive", "Storing a drill marker"));
}

Result<void> Archive::writeReject(ArchiveReject& r)
{
    // A frame without a usable sequence cannot be told apart from a resend; it is kept anyway.
    int rc = SQLITE_DONE;
    r.stored = r.sequence <= 0
               || claimEvent(m_db, m_statements->event, m_statements->texts, r.source, r.sequence,
                             r.receivedMs, r.size, true, rc);
    if (rc != SQLITE_DONE)
        return std::unexpected(sqliteError(Text::tr("Storing a reject")));
    if (!r.stored)
        return {};
    sqlite3_stmt* s = m_statements->reject;
    m_statements->texts.bind(s, {{1, &r.source}, {4, &r.reason}, {5, &r.detail}});
    sqlite3_bind_int64(s, 2, r.sequence);
    sqlite3_bind_int64(s, 3, r.receivedMs);
    sqlite3_bind_int64(s, 6, r.size);
    sqlite3_bind_blob(s, 7, r.head.constData(), int(r.head.size()), SQLITE_STATIC);
    return step(s, QT_TRANSLATE_NOOP("Archive", "Storing a reject"));
}

Result<void> Archive::writeGap(const ArchiveGap& g)
{
    sqlite3_stmt* s = m_statements->gap;
    m_statements->texts.bind(s, {{1, &g.source}, {5, &g.reason}});
    sqlite3_bind_int64(s, 2, g.fromSequence);
    sqlite3_bind_int64(s, 3, g.toSequence);
    sqlite3_bind_int64(s, 4, g.recordedMs);
    return step(s, QT_TRANSLATE_NOOP("Archive", "Storing a gap"));
}

Result<void> Archive::writeMinutes()
{
    sqlite3_stmt* s = m_statements->minute;
    for (auto it = m_minutes.minutes().cbegin(); it != m_minutes.minutes().cend(); ++it) {
        const QByteArray durations = it->durations.toText();
        m_statements->texts.bind(s, {{2, &it.key().source}, {3, &it.key().agentId}});
        sqlite3_bind_int64(s, 1, it.key().minuteMs);
        sqlite3_bind_int64(s, 4, it->calls);
        sqlite3_bind_int64(s, 5, it->tokensIn);
        sqlite3_bind_int64(s, 6, it->tokensOut);
        sqlite3_bind_int64(s, 7, it->rejects);
        sqlite3_bind_text(s, 8, durations.constData(), int(durations.size()), SQLITE_STATIC);
        if (auto ok = step(s, QT_TRANSLATE_NOOP("Archive", "Storing the minute sums")); !ok)
            return ok;
    }
    m_minutes.clear();
    return {};
}

Result<void> Archive::writePosture(const PostureSnapshot& p)
{
    sqlite3_stmt* s = m_statements->posture;
    const QString fetchedAt = toIsoUtc(p.fetchedAt);
    const QString lastDelivery =
        p.lastSiemDelivery.isValid() ? toIsoUtc(p.lastSiemDelivery) : QString();
    m_statements->texts.bind(
        s,
        {{1, &p.source}, {2, &fetchedAt}, {3, &p.kind}, {5, &p.tunnelState}, {10, &lastDelivery}});
    sqlite3_bind_text(s, 4, p.json.constData(), int(p.json.size()), SQLITE_STATIC);
    sqlite3_bind_int(s, 6, p.listeners);
    sqlite3_bind_int(s, 7, p.nonLoopbackListeners);
    sqlite3_bind_int(s, 8, p.credentials);
    sqlite3_bind_int(s, 9, p.siemSinks);
    sqlite3_bind_int(s, 11, p.defaultDeny ? 1 : 0);
    sqlite3_bind_int(s, 12, p.sandboxes);
    return step(s, QT_TRANSLATE_NOOP("Archive", "Storing a posture snapshot"));
}

} // namespace Gatehouse
