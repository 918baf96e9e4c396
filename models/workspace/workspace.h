// One Gatehouse workspace: a single SQLite file holding assessments, evidence, the audit trail
// and captured telemetry. Opening checks the file before anything can write to it.
#pragma once

#include "models/core/clock.h"
#include "models/core/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3;

namespace Gatehouse {

class AuditTrail;

class Workspace
{
public:
    enum class OpenMode
    {
        // Open a workspace that must exist already.
        Existing,
        // Open it, creating and initialising the file when it is missing or empty.
        CreateIfMissing,
        // Another connection, for a worker thread, on a workspace this process already opened
        // and checked: the whole-file check is not run again.
        AnotherConnection,
    };

    // The application id stamped into the SQLite header ("GHWS"), so foreign files are told apart.
    static constexpr quint32 ApplicationId = 0x47485753;

    // Checks the file's header before SQLite is allowed near it: a foreign, truncated, corrupt or
    // newer file is refused with a message and left byte-for-byte as it was. Then applies the
    // pending schema migrations in one transaction. The clock must outlive the workspace.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, OpenMode mode,
                                                   const Clock& clock);

    // Where a workspace lives when the user names none.
    static QString defaultPath();

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    const Clock& clock() const { return m_clock; }

    // The QtSql connection of the thread that opened the workspace.
    QSqlDatabase database() const;
    // The same connection as SQLite sees it, for the hot paths that bind through the C API.
    sqlite3* handle() const;

    // Runs body inside BEGIN IMMEDIATE ... COMMIT; any error, or a failing body, rolls back so
    // nothing is written partially.
    Result<void> transaction(const std::function<Result<void>()>& body);

    AuditTrail& audit() { return *m_audit; }

    struct CheckReport
    {
        bool integrityOk = false;
        QStringList integrityMessages;
        bool auditOk = false;
        qint64 auditEntries = 0;
        QString auditMessage;
    };
    // SQLite's full integrity check and the audit-trail verification.
    Result<CheckReport> check();

private:
    Workspace(QString path, QString connectionName, const Clock& clock);
    Result<void> migrate();

    QString m_path;
    QString m_connectionName;
    const Clock& m_clock;
    std::unique_ptr<AuditTrail> m_audit;
    int m_transactionDepth = 0;
};

// Wraps a failed QSqlQuery or QSqlDatabase call into an Error that names what was being done.
Error databaseError(const QString& doing, const QString& driverText);

// Prepares sql, binds values in order and executes it; `doing` names the step for the error.
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                           const QString& doing);

} // namespace Gatehouse
