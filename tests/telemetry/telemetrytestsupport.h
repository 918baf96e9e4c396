// Shared set-up of the telemetry tests: a fresh migrated workspace in a temporary directory and
// one-line queries against it through a connection of the test's own.
#pragma once

#include "models/core/clock.h"
#include "models/workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

namespace Gatehouse::TestSupport {

class ScratchWorkspace
{
public:
    ScratchWorkspace()
        : m_clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC))
    {
        m_path = m_dir.filePath(QStringLiteral("test.gatehouse"));
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing, m_clock);
        if (!workspace)
            qFatal("cannot create the test workspace: %s", qPrintable(workspace.error().message));
        m_workspace = std::move(*workspace);
    }

    QString path() const { return m_path; }
    ManualClock& clock() { return m_clock; }

    // The first column of the first row of sql, as a number.
    qint64 number(const char* sql) const
    {
        sqlite3* db = nullptr;
        sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* statement = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return value;
    }

    QByteArray text(const char* sql) const
    {
        sqlite3* db = nullptr;
        sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* statement = nullptr;
        QByteArray value;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, 0)),
                               sqlite3_column_bytes(statement, 0));
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return value;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace Gatehouse::TestSupport
