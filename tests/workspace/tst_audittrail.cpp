// The audit trail: appends chain, and every kind of tampering with the SQLite file is caught and
// named by the first entry that no longer fits.
#include "models/core/clock.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include "resultcheck.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void appendsAChain();
    void hashCoversEveryField_data();
    void hashCoversEveryField();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void appendOnlyInsideSqlite();

private:
    // A workspace with the creation entry plus four more, closed again.
    void writeFiveEntries();
    void tamper(const QByteArray& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};
};

void TestAuditTrail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"audit.gatehouse"_s);
}

void TestAuditTrail::writeFiveEntries()
{
    auto workspace = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY(workspace);
    for (int i = 2; i <= 5; ++i) {
        m_clock.advance(60'000);
        auto entry =
            (*workspace)
                ->audit()
                .append(u"ana"_s, u"test.step"_s, u"object:%1"_s.arg(i), u"{\"i\":%1}"_s.arg(i));
        QVERIFY(entry);
        QCOMPARE(entry->sequence, i);
    }
}

void TestAuditTrail::tamper(const QByteArray& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
    const QByteArray script =
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + sql;
    char* message = nullptr;
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &message);
    const QByteArray text = message ? QByteArray(message) : QByteArray();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, text.constData());
}

void TestAuditTrail::appendsAChain()
{
    writeFiveEntries();
    auto workspace = Workspace::open(m_path, Workspace::OpenMode::Existing, m_clock);
    QVERIFY(workspace);
    const auto verification = (*workspace)->audit().verify();
    QVERIFY(verification);
    QVERIFY2(verification->intact, qPrintable(verification->reason));
    QCOMPARE(verification->entries, 5);
    QCOMPARE(verification->headHash, (*workspace)->audit().head()->hash);
    QCOMPARE(verification->headHash.size(), 64);
}

void TestAuditTrail::hashCoversEveryField_data()
{
    QTest::addColumn<int>("field");
    for (int i = 0; i < 7; ++i)
        QTest::addRow("field %d", i) << i;
}

void TestAuditTrail::hashCoversEveryField()
{
    QFETCH(int, field);
    AuditEntry entry{7,
                     QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::utc()),
                     u"ana"_s,
                     u"evidence.add"_s,
                     u"evidence:1"_s,
                     u"{}"_s,
                     AuditTrail::genesisHash(),
                     {}};
    const QByteArray original = entry.computeHash();
    switch (field) {
    case 0:
        entry.sequence = 8;
        break;
    case 1:
        entry.at = entry.at.addMSecs(1);
        break;
    case 2:
        entry.actor = u"anb"_s;
        break;
    case 3:
        entry.action = u"evidence.adD"_s;
        break;
    case 4:
        entry.object = u"evidence:2"_s;
        break;
    case 5:
        entry.details = u"{ }"_s;
        break;
    case 6:
        entry.previousHash[0] = '1';
        break;
    }
    QVERIFY(entry.computeHash() != original);
}

void TestAuditTrail::tamperingIsDetected_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<qint64>("firstBad");
    QTest::newRow("actor edited") << QByteArray(
        "UPDATE audit_log SET actor='eve' WHERE sequence=3;")
                                  << qint64(3);
    QTest::newRow("details edited")
        << QByteArray("UPDATE audit_log SET details='{\"i\":9}' WHERE sequence=4;") << qint64(4);
    QTest::newRow("time reformatted")
        << QByteArray("UPDATE audit_log SET at=replace(at, 'Z', '+00:00') WHERE sequence=2;")
        << qint64(2);
    QTest::newRow("middle deleted")
        << QByteArray("DELETE FROM audit_log WHERE sequence=3;") << qint64(3);
    QTest::newRow("newest deleted")
        << QByteArray("DELETE FROM audit_log WHERE sequence=5;") << qint64(5);
    QTest::newRow("rows reordered")
        << QByteArray("UPDATE audit_log SET sequence=-2 WHERE sequence=2;"
                      "UPDATE audit_log SET sequence=2 WHERE sequence=3;"
                      "UPDATE audit_log SET sequence=3 WHERE sequence=-2;")
        << qint64(2);
    QTest::newRow("entry rehashed without its successor")
        << QByteArray("UPDATE audit_log SET hash=(SELECT hash FROM audit_log WHERE sequence=4)"
                      " WHERE sequence=3;")
        << qint64(3);
    QTest::newRow("recorded head moved")
        << QByteArray("UPDATE meta SET value='4:' || (SELECT hash FROM audit_log WHERE sequence=4)"
                      " WHERE key='audit_head';")
        << qint64(1);
}

void TestAuditTrail::tamperingIsDetected()
{
    QFETCH(QByteArray, sql);
    QFETCH(qint64, firstBad);
    writeFiveEntries();
    tamper(sql);

    auto workspace = Workspace::open(m_path, Workspace::OpenMode::Existing, m_clock);
    QVERIFY(workspace);
    const auto verification = (*workspace)->audit().verify();
    QVERIFY(verification);
    QVERIFY(!verification->intact);
    QCOMPARE(verification->firstBadSequence, firstBad);
    QVERIFY(!verification->reason.isEmpty());
}

void TestAuditTrail::appendOnlyInsideSqlite()
{
    writeFiveEntries();
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "UPDATE audit_log SET actor='eve'", nullptr, nullptr, nullptr),
             SQLITE_CONSTRAINT);
    QCOMPARE(sqlite3_exec(db, "DELETE FROM audit_log", nullptr, nullptr, nullptr),
             SQLITE_CONSTRAINT);
    sqlite3_close(db);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
