// Pages of archived tool calls for the live table: newest first under a filter, read on a worker
// thread with its own read-only connection, and cancelled as soon as a newer request arrives.
#pragma once

#include "toolcallfilter.h"

#include "models/core/error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace Gatehouse {

class ArchivePager : public QObject
{
    Q_OBJECT

public:
    explicit ArchivePager(QString workspacePath, QObject* parent = nullptr);
    ~ArchivePager() override;

    // Asks for up to `limit` calls matching filter whose archive id is below beforeId (0: the
    // newest), newest first. Returns the request id that pageReady() will carry. A request
    // replaces any earlier one: only the newest is answered, an older one still running is
    // interrupted.
    quint64 requestPage(const ToolCallFilter& filter, qint64 beforeId, int limit);
    void cancel();

    // The query itself, for callers that already are on a worker thread. `interrupted` is polled
    // while SQLite works; when it returns true the query stops with ErrorCode::Cancelled.
    static Result<ToolCallBatch> queryPage(sqlite3* db, const ToolCallFilter& filter,
                                           qint64 beforeId, int limit,
                                           const std::function<bool()>& interrupted = {});

signals:
    // Emitted from the worker thread; `complete` is true when the archive has no older match.
    void pageReady(quint64 requestId, const Gatehouse::ToolCallBatch& calls, bool complete);
    void pageFailed(quint64 requestId, const QString& message);

private:
    struct Shared;
    void run();

    std::unique_ptr<Shared> m_shared;
};

} // namespace Gatehouse
