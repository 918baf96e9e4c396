// Appending to and verifying the hash-chained audit trail.
#include "audittrail.h"

#include "workspace.h"

#include "models/core/clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::AuditTrail)
};

// Length-prefixed fields, so no choice of field contents can make two entries encode alike.
void addField(QCryptographicHash& hash, const QByteArray& field)
{
    hash.addData(QByteArray::number(field.size()));
    hash.addData(":");
    hash.addData(field);
    hash.addData("\n");
}

AuditEntry entryFromQuery(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.at = parseIsoUtc(query.value(1).toString());
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.object = query.value(4).toString();
    entry.details = query.value(5).toString();
    entry.previousHash = query.value(6).toByteArray();
    entry.hash = query.value(7).toByteArray();
    return entry;
}

constexpr auto EntryColumns =
    "sequence, at, actor, action, object, details, previous_hash, hash"_L1;

// The one text form of an entry's time; verify() also refuses a stored time in any other form.
QString storedTime(const AuditEntry& entry)
{
    return toIsoUtc(entry.at);
}

Result<QString> metaValue(QSqlDatabase db, const QString& key)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return std::unexpected(
            databaseError(Text::tr("Reading the audit head"), query.lastError().text()));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

QByteArray AuditEntry::computeHash() const
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData("gatehouse-audit-v1\n");
    addField(digest, QByteArray::number(sequence));
    addField(digest, storedTime(*this).toUtf8());
    addField(digest, actor.toUtf8());
    addField(digest, action.toUtf8());
    addField(digest, object.toUtf8());
    addField(digest, details.toUtf8());
    addField(digest, previousHash);
    return digest.result().toHex();
}

AuditTrail::AuditTrail(std::function<QSqlDatabase()> database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{
}

QByteArray AuditTrail::genesisHash()
{
    return QByteArray(64, '0');
}

Result<AuditEntry> AuditTrail::head() const
{
    QSqlQuery query(m_database());
    if (!query.exec(u"SELECT %1 FROM audit_log ORDER BY sequence DESC LIMIT 1"_s.arg(EntryColumns)))
        return std::unexpected(
            databaseError(Text::tr("Reading the audit trail"), query.lastError().text()));
    if (!query.next())
        return AuditEntry{0, {}, {}, {}, {}, {}, {}, genesisHash()};
    return entryFromQuery(query);
}

Result<qint64> AuditTrail::count() const
{
    QSqlQuery query(m_database());
    if (!query.exec(u"SELECT count(*) FROM audit_log"_s) || !query.next())
        return std::unexpected(
            databaseError(Text::tr("Counting the audit trail"), query.lastError().text()));
    return query.value(0).toLongLong();
}

Result<AuditEntry> AuditTrail::append(const QString& actor, const QString& action,
                                      const QString& object, const QString& details)
{
    const auto last = head();
    if (!last)
        return last;

    AuditEntry entry;
    entry.sequence = last->sequence + 1;
    entry.at = m_clock.now();
    entry.actor = actor;
    entry.action = action;
    entry.object = object;
    entry.details = details.isEmpty() ? u"{}"_s : details;
    entry.previousHash = last->hash;
    entry.hash = entry.computeHash();

    QSqlDatabase db = m_database();
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO audit_log(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(EntryColumns));
    for (const QVariant& value :
         {QVariant(entry.sequence), QVariant(toIsoUtc(entry.at)), QVariant(entry.actor),
          QVariant(entry.action), QVariant(entry.object), QVariant(entry.details),
          QVariant(entry.previousHash), QVariant(entry.hash)})
        insert.addBindValue(value);
    if (!insert.exec())
        return std::unexpected(
            databaseError(Text::tr("Appending to the audit trail"), insert.lastError().text()));

    // The head is kept apart from the rows, so deleting the newest entries is detected too.
    QSqlQuery headUpdate(db);
    headUpdate.prepare(u"INSERT INTO meta(key, value) VALUES ('audit_head', ?)"
                       " ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    headUpdate.addBindValue(u"%1:%2"_s.arg(entry.sequence).arg(QString::fromLatin1(entry.hash)));
    if (!headUpdate.exec())
        return std::unexpected(
            databaseError(Text::tr("Recording the audit head"), headUpdate.lastError().text()));
    return entry;
}

Result<AuditVerification> AuditTrail::verify() const
{
    AuditVerification result;
    QSqlQuery query(m_database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM audit_log ORDER BY sequence"_s.arg(EntryColumns)))
        return std::unexpected(
            databaseError(Text::tr("Reading the audit trail"), query.lastError().text()));

    QByteArray previous = genesisHash();
    qint64 expected = 1;
    while (query.next()) {
        const AuditEntry entry = entryFromQuery(query);
        QString problem;
        if (entry.sequence != expected)
            problem = Text::tr("entry %1 is missing").arg(expected);
        else if (entry.previousHash != previous)
            problem = Text::tr("entry %1 does not follow the entry before it").arg(entry.sequence);
        else if (entry.computeHash() != entry.hash
                 || query.value(1).toString() != storedTime(entry))
            problem = Text::tr("entry %1 was changed after it was written").arg(entry.sequence);
        if (!problem.isEmpty()) {
            result.firstBadSequence = expected;
            result.entries = expected - 1;
            result.reason = problem;
            return result;
        }
        previous = entry.hash;
        ++expected;
    }
    result.entries = expected - 1;
    result.headHash = previous;

    const auto recordedHead = metaValue(m_database(), u"audit_head"_s);
    if (!recordedHead)
        return std::unexpected(recordedHead.error());
    const QString actualHead =
        result.entries == 0 ? QString()
                            : u"%1:%2"_s.arg(result.entries).arg(QString::fromLatin1(previous));
    if (*recordedHead != actualHead) {
        const qint64 recordedCount = recordedHead->section(u':', 0, 0).toLongLong();
        result.firstBadSequence = recordedCount > result.entries ? result.entries + 1 : 1;
        result.reason = recordedCount > result.entries
                            ? Text::tr("entries after %1 were deleted (the head recorded entry %2)")
                                  .arg(result.entries)
                                  .arg(recordedCount)
                            : Text::tr("the recorded head does not match the last entry");
        return result;
    }
    result.intact = true;
    result.reason = QCoreApplication::translate("Gatehouse::AuditTrail", "%n entries, chain intact",
                                                nullptr, int(result.entries));
    return result;
}

} // namespace Gatehouse
