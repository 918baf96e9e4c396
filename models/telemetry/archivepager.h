// Pages of archived tool calls for the live table: newest first under a filter, read on a worker
// thread with its own read-only connection, and cancelled as soon as a newer request arrives.
#pragma once

#include "newestrequestworker.h"
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

    // A request scans the archive in windows of `windowRows` ids, newest first, and answers with
    // what it has found once `budgetMs` have passed, so a filter that matches little still shows
    // its first (partial) page quickly; asking again from resumeBeforeId continues the scan.
    void setScanLimits(qint64 windowRows, int budgetMs);

    // The query itself, for callers that already are on a worker thread. `interrupted` is polled
    // while SQLite works; when it returns true the query stops with ErrorCode::Cancelled.
    // fromId > 0 restricts the scan to ids from fromId up.
    static Result<ToolCallBatch> queryPage(sqlite3* db, const ToolCallFilter& filter,
                                           qint64 beforeId, int limit, qint64 fromId = 0,
                                           const std::function<bool()>& interrupted = {});

signals:
    // Emitted from the worker thread; `complete` is true when the archive has no older match,
    // otherwise the next page starts below resumeBeforeId.
    void pageReady(quint64 requestId, const Gatehouse::ToolCallBatch& calls, bool complete,
                   qint64 resumeBeforeId);
    void pageFailed(quint64 requestId, const QString& message);

private:
    struct Shared;
    struct Scan;
    NewestRequestWorker::Delivery answer(quint64 id, const ToolCallFilter& filter, qint64 beforeId,
                                         int limit, const std::function<bool()>& replaced);
    Result<Scan> scan(sqlite3* db, const ToolCallFilter& filter, qint64 beforeId, int limit,
                      const std::function<bool()>& replaced) const;

    std::unique_ptr<Shared> m_shared;
    NewestRequestWorker m_worker;
};

} // namespace Gatehouse
