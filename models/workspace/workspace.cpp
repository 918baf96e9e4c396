// Opening, checking and migrating the workspace file.
#include "workspace.h"

#include "audittrail.h"
#include "schema.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::Workspace)
};

// The facts of an SQLite file header that decide whether the file may be opened at all.
struct FileHeader
{
    bool empty = false;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
};

// The application id and schema version as SQLite sees them, write-ahead log included. The
// connection is read-only, so the file cannot change.
std::optional<FileHeader> headerThroughSqlite(const QString& path)
{
    sqlite3* db = nullptr;
    std::optional<FileHeader> header;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        auto pragma = [db](const char* sql) -> std::optional<qint64> {
            sqlite3_stmt* statement = nullptr;
            std::optional<qint64> value;
            if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
                && sqlite3_step(statement) == SQLITE_ROW)
                value = sqlite3_column_int64(statement, 0);
            sqlite3_finalize(statement);
            return value;
        };
        const auto applicationId = pragma("PRAGMA application_id");
        const auto userVersion = pragma("PRAGMA user_version");
        if (applicationId && userVersion)
            header = FileHeader{false, quint32(*applicationId), qint32(*userVersion)};
    }
    sqlite3_close(db);
    return header;
}

// Reads the 100-byte SQLite header without letting SQLite touch the file: a foreign or damaged
// file is refused here, so opening it can never change it.
Result<FileHeader> readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Text::tr("Cannot read the workspace %1: %2.").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return FileHeader{true, 0, 0};

    const QByteArray header = file.read(100);
    const QString notWorkspace = Text::tr(
        "%1 is not a Gatehouse workspace (%2). Choose a workspace file, or create one with "
        "'gatehouse-cli workspace init'.");
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fail(ErrorCode::ForeignFile,
                    notWorkspace.arg(path, Text::tr("not an SQLite database")));

    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    const bool pageCountValid =
        qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageCountValid && qint64(pageSize) * pages > size))
        return fail(
            ErrorCode::Corrupt,
            Text::tr("The workspace %1 is damaged: the file is shorter than its header says. "
                     "Restore it from a backup; it was not changed.")
                .arg(path));

    FileHeader result;
    result.userVersion = qFromBigEndian<qint32>(bytes + 60);
    result.applicationId = qFromBigEndian<quint32>(bytes + 68);
    // Changes not yet checkpointed, the header's among them, live in the -wal file beside it:
    // then only SQLite, reading without writing, can say what the header really holds.
    if (result.applicationId != Workspace::ApplicationId && QFile::exists(path + u"-wal"_s)) {
        if (const auto logged = headerThroughSqlite(path))
            result = *logged;
    }
    if (result.applicationId != Workspace::ApplicationId)
        return fail(ErrorCode::ForeignFile,
                    notWorkspace.arg(path, Text::tr("an SQLite database of another application")));
    if (result.userVersion > Workspace::latestSchemaVersion())
        return fail(
            ErrorCode::NewerSchema,
            Text::tr("The workspace %1 was written by a newer Gatehouse (schema %2, this version "
                     "reads up to %3). Open it with that version; it was not changed.")
                .arg(path)
                .arg(result.userVersion)
                .arg(Workspace::latestSchemaVersion()));
    return result;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"gatehouse-workspace-%1"_s.arg(++counter);
}

Result<void> execAll(QSqlDatabase& db, const QStringList& statements, const QString& doing)
{
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return std::unexpected(databaseError(doing, query.lastError().text()));
    }
    return {};
}

// The whole-file check that catches damage the header cannot show. On large files the full
// check runs only on request, because it reads every page.
constexpr qint64 QuickCheckLimit = 256ll * 1024 * 1024;

Result<void> quickCheck(QSqlDatabase& db, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check(1)"_s) || !query.next()
        || query.value(0).toString() != "ok"_L1) {
        const QString cause =
            query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        return fail(
            ErrorCode::Corrupt,
            Text::tr("The workspace %1 is damaged (%2). Restore it from a backup; it was not "
                     "changed.")
                .arg(path, cause));
    }
    return {};
}

} // namespace

Error databaseError(const QString& doing, const QString& driverText)
{
    return Error{ErrorCode::Database, Text::tr("%1 failed: %2").arg(doing, driverText.trimmed())};
}

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                           const QString& doing)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return std::unexpected(databaseError(doing, query.lastError().text()));
    for (const QVariant& value : values) {
        // A null QString means "empty" to every caller; only a typeless QVariant binds NULL.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(u""_s) : value);
    }
    if (!query.exec())
        return std::unexpected(databaseError(doing, query.lastError().text()));
    return query;
}

Workspace::Workspace(QString path, QString connectionName, const Clock& clock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock)
    , m_audit(std::make_unique<AuditTrail>([this] { return database(); }, clock))
{
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Workspace::defaultPath()
{
    // Shared by gatehouse and gatehouse-cli, so not the per-application data folder.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir)
        .filePath(u"gatehouse/workspace.gatehouse"_s);
}

int Workspace::latestSchemaVersion()
{
    return schemaMigrations().empty() ? 0 : schemaMigrations().back().version;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, OpenMode mode,
                                                   const Clock& clock)
{
    const QFileInfo info(path);
    if (!info.exists() && mode != OpenMode::CreateIfMissing)
        return fail(
            ErrorCode::NotFound,
            Text::tr("There is no workspace at %1. Create one with 'gatehouse-cli workspace "
                     "init' or choose another file.")
                .arg(path));
    if (info.exists() && !info.isFile())
        return fail(ErrorCode::Io, Text::tr("%1 is not a file.").arg(path));

    bool fresh = !info.exists();
    if (!fresh) {
        const auto header = readHeader(path);
        if (!header)
            return std::unexpected(header.error());
        fresh = header->empty;
        if (fresh && mode != OpenMode::CreateIfMissing)
            return fail(ErrorCode::ForeignFile,
                        Text::tr("%1 is empty, not a workspace. Create one with 'gatehouse-cli "
                                 "workspace init'.")
                            .arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(ErrorCode::Io,
                    Text::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), name, clock));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(info.absoluteFilePath());
    if (!db.open())
        return fail(ErrorCode::Io,
                    Text::tr("Cannot open the workspace %1: %2").arg(path, db.lastError().text()));

    if (!fresh && mode != OpenMode::AnotherConnection && info.size() <= QuickCheckLimit) {
        if (auto checked = quickCheck(db, path); !checked)
            return std::unexpected(checked.error());
    }
    const QStringList setup = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s,
                               u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s};
    if (auto configured = execAll(db, setup, Text::tr("Configuring the workspace")); !configured)
        return std::unexpected(configured.error());
    if (auto migrated = workspace->migrate(); !migrated)
        return std::unexpected(migrated.error());
    return workspace;
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3* Workspace::handle() const
{
    const QVariant value = database().driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(value.constData());
}

int Workspace::schemaVersion() const
{
    QSqlQuery query(database());
    return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : -1;
}

Result<void> Workspace::transaction(const std::function<Result<void>()>& body)
{
    // Nested calls join the outer transaction, so operations compose.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> result = body();
        --m_transactionDepth;
        return result;
    }

    QSqlDatabase db = database();
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return std::unexpected(
            databaseError(Text::tr("Starting a transaction"), begin.lastError().text()));

    ++m_transactionDepth;
    Result<void> result = body();
    --m_transactionDepth;

    QSqlQuery end(db);
    if (result && end.exec(u"COMMIT"_s))
        return result;
    if (result)
        result =
            std::unexpected(databaseError(Text::tr("Saving the change"), end.lastError().text()));
    QSqlQuery rollback(db);
    rollback.exec(u"ROLLBACK"_s);
    return result;
}

Result<void> Workspace::migrate()
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current >= latest)
        return {};

    auto migrated = transaction([&]() -> Result<void> {
        QSqlDatabase db = database();
        for (const Migration& migration : schemaMigrations()) {
            if (migration.version <= current)
                continue;
            qCInfo(lcStore) << "applying migration" << migration.version << migration.description;
            const QString doing = Text::tr("Applying schema migration %1").arg(migration.version);
            if (auto applied = execAll(db, migration.statements, doing); !applied)
                return applied;
        }
        QStringList stamp = {u"PRAGMA user_version = %1"_s.arg(latest),
                             u"PRAGMA application_id = %1"_s.arg(qint32(ApplicationId))};
        if (current == 0)
            stamp << u"INSERT INTO meta(key, value) VALUES ('created_at', '%1')"_s.arg(
                toIsoUtc(m_clock.now()));
        if (auto stamped = execAll(db, stamp, Text::tr("Recording the schema version")); !stamped)
            return stamped;
        const QString details = u"{\"from\":%1,\"to\":%2}"_s.arg(current).arg(latest);
        const auto entry =
            m_audit->append(u"gatehouse"_s, u"workspace.migrate"_s, u"workspace"_s, details);
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
    if (!migrated)
        return migrated;
    // The new header goes into the main file at once, so that other connections, which judge
    // the file by its header before opening it, see a Gatehouse workspace of this version.
    QSqlQuery checkpoint(database());
    checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return {};
}

Result<Workspace::CheckReport> Workspace::check()
{
    CheckReport report;
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return std::unexpected(
            databaseError(Text::tr("Checking integrity"), query.lastError().text()));
    while (query.next())
        report.integrityMessages << query.value(0).toString();
    report.integrityOk = report.integrityMessages == QStringList{u"ok"_s};

    const auto verification = m_audit->verify();
    if (!verification)
        return std::unexpected(verification.error());
    report.auditOk = verification->intact;
    report.auditEntries = verification->entries;
    report.auditMessage = verification->reason;
    return report;
}

} // namespace Gatehouse
