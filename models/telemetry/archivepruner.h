// Retention for the telemetry archive: deletes what is older than the workspace's retention, a
// few thousand rows a transaction, so the writer's batches go on between the steps.
#pragma once

#include "models/core/error.h"

#include <QDateTime>

struct sqlite3;
struct sqlite3_stmt;

namespace Gatehouse {

class ArchivePruner
{
public:
    // The rollup's minutes feed the charts' baseline band of 35 days; they are kept at least
    // that long whatever the retention.
    static constexpr int MinuteKeepDays = 35;

    // Works on the connection of the archive's writer, which must outlive the pruner.
    explicit ArchivePruner(sqlite3* db, int rowsPerStep = 2000);
    ~ArchivePruner();
    ArchivePruner(const ArchivePruner&) = delete;
    ArchivePruner& operator=(const ArchivePruner&) = delete;

    // Reads the retention and starts a round that deletes what is older than `now` minus it.
    // With retention off no round starts and isBusy() stays false.
    Result<void> begin(const QDateTime& now);
    bool isBusy() const { return m_table < TableCount; }
    // Deletes up to rowsPerStep rows in one transaction; the number deleted.
    Result<qint64> step();
    // What the current or last round deleted, and the time it cut at.
    qint64 roundRows() const { return m_roundRows; }
    QDateTime cut() const { return m_cut; }
    int retentionDays() const { return m_days; }

    // begin() and step() until done, for the command line and tests.
    Result<qint64> pruneAll(const QDateTime& now);

private:
    static constexpr int TableCount = 7;

    Result<int> readDays() const;
    Result<void> prepare();
    void bindCut(sqlite3_stmt* statement, int table) const;
    Result<qint64> deleteChunk(sqlite3_stmt* statement);
    Error sqliteError(const QString& doing) const;

    sqlite3* m_db = nullptr;
    const int m_rowsPerStep;
    sqlite3_stmt* m_statements[TableCount] = {};
    int m_table = TableCount; // the table the round is at; TableCount when idle
    int m_days = 0;
    QDateTime m_cut;
    qint64 m_roundRows = 0;
};

} // namespace Gatehouse
