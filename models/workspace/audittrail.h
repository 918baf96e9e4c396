// The append-only, hash-chained record of every change made through Gatehouse. Each entry's
// SHA-256 covers its own fields and the previous entry's hash, and the head is kept apart, so
// an edit, a deletion or a reordering made outside Gatehouse breaks the chain visibly.
#pragma once

#include "models/core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Gatehouse {

class Clock;

struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime at;
    QString actor;
    QString action;          // e.g. "deployment.add", "evidence.approve"
    QString object;          // e.g. "deployment:3", "evidence:17"
    QString details;         // compact JSON
    QByteArray previousHash; // hex
    QByteArray hash;         // hex

    // The SHA-256 of this entry's canonical encoding, chained on previousHash.
    QByteArray computeHash() const;
};

struct AuditVerification
{
    bool intact = false;
    qint64 entries = 0;
    QByteArray headHash;
    // The first entry that does not fit the chain, 0 when intact or when the head is missing.
    qint64 firstBadSequence = 0;
    QString reason;
};

class AuditTrail
{
public:
    AuditTrail(std::function<QSqlDatabase()> database, const Clock& clock);

    // Appends one entry. Call it inside the transaction that makes the change it records.
    Result<AuditEntry> append(const QString& actor, const QString& action, const QString& object,
                              const QString& details = {});

    Result<AuditVerification> verify() const;
    Result<AuditEntry> head() const;
    Result<qint64> count() const;

    static QByteArray genesisHash();

private:
    std::function<QSqlDatabase()> m_database;
    const Clock& m_clock;
};

} // namespace Gatehouse
