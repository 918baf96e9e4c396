// The telemetry archive in the workspace file: the one writer that stores decoded events,
// rejects, gaps and posture snapshots, each event once, through prepared statements.
#pragma once

#include "minuterollup.h"
#include "otlpdecoder.h"
#include "posturesnapshot.h"

#include "models/core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Gatehouse {

struct ArchivedEvent
{
    QString source;
    qint64 sequence = 0;
    qint64 receivedMs = 0;
    qint64 size = 0;
    DecodedRequest records;
    bool stored = false; // set by write(): false when (source, sequence) was there already
};

struct ArchiveReject
{
    QString source;
    qint64 sequence = 0;
    qint64 receivedMs = 0;
    QString reason;
    QString detail;
    qint64 size = 0;
    QByteArray head; // the first bytes, redacted
    bool stored = false;
};

struct ArchiveGap
{
    QString source;
    qint64 fromSequence = 0;
    qint64 toSequence = 0;
    qint64 recordedMs = 0;
    QString reason; // "server-cannot-resend" or "dropped-backlog-full"
};

struct ArchiveBatch
{
    QList<ArchivedEvent> events;
    QList<ArchiveReject> rejects;
    QList<ArchiveGap> gaps;
    QList<PostureSnapshot> postures;

    bool isEmpty() const;
};

class Archive
{
public:
    // Opens its own connection on the workspace file; the workspace must exist and be migrated.
    // The archive belongs to the thread that writes with it.
    static Result<std::unique_ptr<Archive>> open(const QString& workspacePath);
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    // Stores the whole batch in one transaction, with its calls' sums in the minute rollup. Sets
    // `stored` on each event and reject and archiveId on each stored call. On failure nothing of
    // the batch is stored.
    Result<void> write(ArchiveBatch& batch);

    sqlite3* handle() const { return m_db; }

private:
    struct Statements;
    explicit Archive(sqlite3* db);
    Result<void> prepare();
    Result<void> writeEvent(ArchivedEvent& event);
    Result<void> writeCall(ToolCall& call);
    Result<void> writeExecution(const SandboxExecution& execution);
    Result<void> writeDrill(const DrillMarker& drill);
    Result<void> writeReject(ArchiveReject& reject);
    Result<void> writeGap(const ArchiveGap& gap);
    Result<void> writePosture(const PostureSnapshot& posture);
    Result<void> writeMinutes();
    Result<void> exec(const char* sql);
    // `doing` is an untranslated message, translated only when the step fails.
    Result<void> step(sqlite3_stmt* statement, const char* doing);
    Error sqliteError(const QString& doing) const;

    sqlite3* m_db = nullptr;
    std::unique_ptr<Statements> m_statements;
    MinuteRollup m_minutes; // the calls of the batch being written
};

} // namespace Gatehouse
