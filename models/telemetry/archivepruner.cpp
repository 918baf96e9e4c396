// One DELETE a table, each limited to a step's rows through the table's time index, so a step
// costs about the same on a day-old file as on a year-old one. Drills are not pruned: a few
// rows a drill, and the kill-switch control looks 90 days back for one.
#include "archivepruner.h"

#include "retentionsetting.h"

#include "models/core/clock.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePruner)
};

constexpr qint64 DayMs = 24LL * 3600 * 1000;

// How a table's time is kept, so the cut is bound in its unit.
enum class Unit
{
    Nanoseconds,
    Milliseconds,
    IsoText,
    RollupMilliseconds, // the minute rollup, cut at MinuteKeepDays at least
};

struct PrunedTable
{
    const char* sql;
    Unit unit;
};

// ?1 is the cut, ?2 the rows of a step. A source's newest posture is kept whatever its age: the
// evaluators read it as the source's present state, and it is one row a source.
const PrunedTable Tables[] = {
    {"DELETE FROM telemetry_call WHERE id IN"
     " (SELECT id FROM telemetry_call WHERE start_ns < ?1 LIMIT ?2)",
     Unit::Nanoseconds},
    {"DELETE FROM telemetry_execution WHERE id IN"
     " (SELECT id FROM telemetry_execution WHERE start_ns < ?1 LIMIT ?2)",
     Unit::Nanoseconds},
    {"DELETE FROM telemetry_reject WHERE id IN"
     " (SELECT id FROM telemetry_reject WHERE received_ms < ?1 LIMIT ?2)",
     Unit::Milliseconds},
    {"DELETE FROM telemetry_gap WHERE id IN"
     " (SELECT id FROM telemetry_gap WHERE recorded_ms < ?1 LIMIT ?2)",
     Unit::Milliseconds},
    {"DELETE FROM telemetry_posture WHERE id IN"
     " (SELECT id FROM telemetry_posture AS p WHERE fetched_at < ?1 AND EXISTS"
     " (SELECT 1 FROM telemetry_posture AS n WHERE n.source = p.source AND n.id > p.id)"
     " LIMIT ?2)",
     Unit::IsoText},
    // Event keys go last: while a call is kept, so is the key that stops its event coming twice.
    // An event resent after its key went would be stored again; feeds resume after the newest
    // sequence held, so only a replay older than the retention could do that.
    {"DELETE FROM telemetry_event WHERE rowid IN"
     " (SELECT rowid FROM telemetry_event WHERE received_ms < ?1 LIMIT ?2)",
     Unit::Milliseconds},
    // The rollup is pruned too, though at about a hundred bytes a minute and agent: a busy
    // fleet's year of minutes would still be gigabytes. Kept at least as long as the band needs.
    {"DELETE FROM telemetry_minute WHERE (minute_ms, source, agent_id) IN"
     " (SELECT minute_ms, source, agent_id FROM telemetry_minute WHERE minute_ms < ?1 LIMIT ?2)",
     Unit::RollupMilliseconds},
};

} // namespace

ArchivePruner::ArchivePruner(sqlite3* db, int rowsPerStep)
    : m_db(db)
    , m_rowsPerStep(rowsPerStep)
{
    static_assert(std::size(Tables) == TableCount);
}

ArchivePruner::~ArchivePruner()
{
    for (sqlite3_stmt* statement : m_statements)
        sqlite3_finalize(statement);
}

Result<void> ArchivePruner::prepare()
{
    for (int i = 0; i < TableCount; ++i) {
        if (m_statements[i])
            continue;
        if (sqlite3_prepare_v3(m_db, Tables[i].sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statements[i],
                               nullptr)
            != SQLITE_OK)
            return std::unexpected(sqliteError(Text::tr("Preparing the telemetry retention")));
    }
    return {};
}

Result<int> ArchivePruner::readDays() const
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT value FROM meta WHERE key = ?1", -1, &statement, nullptr)
        != SQLITE_OK)
        return std::unexpected(sqliteError(Text::tr("Reading the telemetry retention")));
    sqlite3_bind_text(statement, 1, RetentionSetting::Key, -1, SQLITE_STATIC);
    int days = RetentionSetting::Off;
    if (sqlite3_step(statement) == SQLITE_ROW)
        days = RetentionSetting::fromText(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    return days;
}

Result<void> ArchivePruner::begin(const QDateTime& now)
{
    auto days = readDays();
    if (!days)
        return std::unexpected(days.error());
    m_days = *days;
    m_roundRows = 0;
    m_table = TableCount;
    if (m_days == RetentionSetting::Off)
        return {};
    if (auto ok = prepare(); !ok)
        return ok;
    m_cut = now.addMSecs(-qint64(m_days) * DayMs);
    m_table = 0;
    return {};
}

void ArchivePruner::bindCut(sqlite3_stmt* statement, int table) const
{
    const qint64 cutMs = m_cut.toMSecsSinceEpoch();
    switch (Tables[table].unit) {
    case Unit::Nanoseconds:
        sqlite3_bind_int64(statement, 1, cutMs * 1000000);
        break;
    case Unit::Milliseconds:
        sqlite3_bind_int64(statement, 1, cutMs);
        break;
    case Unit::IsoText: {
        const QByteArray iso = toIsoUtc(m_cut).toUtf8();
        sqlite3_bind_text(statement, 1, iso.constData(), int(iso.size()), SQLITE_TRANSIENT);
        break;
    }
    case Unit::RollupMilliseconds:
        sqlite3_bind_int64(statement, 1, cutMs - qMax(0, MinuteKeepDays - m_days) * DayMs);
        break;
    }
    sqlite3_bind_int(statement, 2, m_rowsPerStep);
}

Result<qint64> ArchivePruner::step()
{
    if (!isBusy())
        return 0;
    sqlite3_stmt* statement = m_statements[m_table];
    bindCut(statement, m_table);
    auto deleted = deleteChunk(statement);
    if (!deleted) {
        m_table = TableCount;
        return deleted;
    }
    m_roundRows += *deleted;
    if (*deleted < m_rowsPerStep)
        ++m_table;
    return deleted;
}

Result<qint64> ArchivePruner::deleteChunk(sqlite3_stmt* statement)
{
    if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(Text::tr("Pruning the telemetry archive")));
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    const qint64 deleted = sqlite3_changes64(m_db);
    if (rc != SQLITE_DONE || sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error error = sqliteError(Text::tr("Pruning the telemetry archive"));
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return std::unexpected(error);
    }
    return deleted;
}

Result<qint64> ArchivePruner::pruneAll(const QDateTime& now)
{
    if (auto ok = begin(now); !ok)
        return std::unexpected(ok.error());
    while (isBusy()) {
        if (auto ok = step(); !ok)
            return ok;
    }
    return m_roundRows;
}

Error ArchivePruner::sqliteError(const QString& doing) const
{
    return Error{ErrorCode::Database,
                 // The archive's own wording, translated once.
                 QCoreApplication::translate("Archive",
                                             "%1 failed: %2. Check that the disk has room and "
                                             "that no other program holds the workspace.")
                     .arg(doing, QString::fromUtf8(sqlite3_errmsg(m_db)))};
}

} // namespace Gatehouse
