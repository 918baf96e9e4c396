// Opening, creating and migrating workspaces, and refusing files that are not ours without
// touching them.
#include "models/core/clock.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/schema.h"
#include "models/workspace/workspace.h"

#include "resultcheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// Runs SQL on a file directly through SQLite, the way another program would.
void sqliteExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsAndReopens();
    void existingModeRefusesMissingFile();
    void refusesWithoutTouching_data();
    void refusesWithoutTouching();
    void refusesCorruptPages();
    void transactionRollsBackOnError();
    void migrationsAreNumberedWithoutHoles();
    void checkReportsIntegrity();
    void secondConnectionWhileTheFirstIsOpen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};
    QString path(const QString& name) const { return m_dir->filePath(name); }
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspace::createsAndReopens()
{
    const QString file = path(u"ws.gatehouse"_s);
    {
        auto workspace = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, m_clock);
        QVERIFY_RESULT(workspace);
        QCOMPARE((*workspace)->schemaVersion(), Workspace::latestSchemaVersion());
        QSqlQuery query((*workspace)->database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY((*workspace)->handle() != nullptr);
    }
    auto reopened = Workspace::open(file, Workspace::OpenMode::Existing, m_clock);
    QVERIFY_RESULT(reopened);
    // Creating the schema is itself recorded, once.
    const auto entries = (*reopened)->audit().count();
    QVERIFY_RESULT(entries);
    QCOMPARE(*entries, 1);
}

void TestWorkspace::existingModeRefusesMissingFile()
{
    const QString file = path(u"missing.gatehouse"_s);
    auto workspace = Workspace::open(file, Workspace::OpenMode::Existing, m_clock);
    QVERIFY(!workspace);
    QCOMPARE(workspace.error().code, ErrorCode::NotFound);
    QVERIFY(workspace.error().message.contains(file));
    QVERIFY(!QFile::exists(file));
}

void TestWorkspace::refusesWithoutTouching_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("text file") << u"text"_s << int(ErrorCode::ForeignFile);
    QTest::newRow("another application's database") << u"foreign"_s << int(ErrorCode::ForeignFile);
    QTest::newRow("newer schema") << u"newer"_s << int(ErrorCode::NewerSchema);
    QTest::newRow("truncated") << u"truncated"_s << int(ErrorCode::Corrupt);
    QTest::newRow("short garbage") << u"short"_s << int(ErrorCode::ForeignFile);
}

void TestWorkspace::refusesWithoutTouching()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    const QString file = path(u"bad.gatehouse"_s);
    if (kind == "text"_L1) {
        writeFile(file, QByteArray("name,owner\nclaims,ana\n").repeated(50));
    } else if (kind == "short"_L1) {
        writeFile(file, "SQLite");
    } else if (kind == "foreign"_L1) {
        sqliteExec(file, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    } else {
        {
            auto created = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, m_clock);
            QVERIFY(created);
        }
        if (kind == "newer"_L1) {
            sqliteExec(file, "PRAGMA journal_mode=DELETE; PRAGMA user_version=999;");
        } else {
            sqliteExec(file, "PRAGMA journal_mode=DELETE;");
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        }
    }
    const QByteArray before = fileHash(file);

    for (auto mode : {Workspace::OpenMode::Existing, Workspace::OpenMode::CreateIfMissing}) {
        auto workspace = Workspace::open(file, mode, m_clock);
        QVERIFY(!workspace);
        QCOMPARE(int(workspace.error().code), code);
        QVERIFY2(workspace.error().message.contains(file), qPrintable(workspace.error().message));
    }
    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFile::exists(file + u"-wal"_s));
}

void TestWorkspace::refusesCorruptPages()
{
    const QString file = path(u"corrupt.gatehouse"_s);
    {
        auto workspace = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, m_clock);
        QVERIFY(workspace);
        QSqlQuery query((*workspace)->database());
        for (int i = 0; i < 200; ++i)
            QVERIFY(query.exec(u"INSERT INTO meta(key, value) VALUES ('k%1', '%2')"_s.arg(i).arg(
                QString(200, u'x'))));
    }
    sqliteExec(file, "PRAGMA journal_mode=DELETE;");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Scribble over the second page, inside the b-tree of a table.
        QVERIFY(f.seek(4096 + 8));
        f.write(QByteArray(2000, '\xA5'));
    }
    const QByteArray before = fileHash(file);
    auto workspace = Workspace::open(file, Workspace::OpenMode::Existing, m_clock);
    QVERIFY(!workspace);
    QCOMPARE(workspace.error().code, ErrorCode::Corrupt);
    QVERIFY(workspace.error().message.contains(u"damaged"_s));
    QCOMPARE(fileHash(file), before);
}

void TestWorkspace::transactionRollsBackOnError()
{
    auto workspace =
        Workspace::open(path(u"tx.gatehouse"_s), Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY(workspace);
    Workspace& ws = **workspace;
    const qint64 entries = ws.audit().count().value();
    auto result = ws.transaction([&]() -> Result<void> {
        if (auto entry = ws.audit().append(u"ana"_s, u"test.step"_s, u"x"_s); !entry)
            return std::unexpected(entry.error());
        return fail(ErrorCode::InvalidArgument, u"the second step failed"_s);
    });
    QVERIFY(!result);
    QCOMPARE(result.error().message, u"the second step failed"_s);
    QCOMPARE(ws.audit().count().value(), entries);
    QVERIFY(ws.audit().verify()->intact);
}

void TestWorkspace::migrationsAreNumberedWithoutHoles()
{
    int expected = 1;
    for (const Migration& migration : schemaMigrations()) {
        QCOMPARE(migration.version, expected++);
        QVERIFY(!migration.statements.isEmpty());
    }
}

void TestWorkspace::checkReportsIntegrity()
{
    auto workspace =
        Workspace::open(path(u"check.gatehouse"_s), Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY(workspace);
    const auto report = (*workspace)->check();
    QVERIFY(report);
    QVERIFY(report->integrityOk);
    QVERIFY(report->auditOk);
    QCOMPARE(report->auditEntries, 1);
}

void TestWorkspace::secondConnectionWhileTheFirstIsOpen()
{
    // A worker thread opens its own connection on the workspace the window holds open; what the
    // first connection wrote may still sit in the write-ahead log.
    const QString file = path(u"shared.gatehouse"_s);
    auto first = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(first);
    QSqlQuery query((*first)->database());
    QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
    QVERIFY_RESULT((*first)->audit().append(u"ana"_s, u"test.step"_s, u"x"_s));
    auto second = Workspace::open(file, Workspace::OpenMode::Existing, m_clock);
    QVERIFY_RESULT(second);
    QCOMPARE((*second)->audit().count().value(), 2);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
