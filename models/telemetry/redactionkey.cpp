// The key is 32 random bytes kept hex-encoded in the workspace's meta table.
#include "redactionkey.h"

#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedactionKey)
};

} // namespace

Result<QByteArray> RedactionKey::forWorkspace(Workspace& workspace)
{
    QSqlQuery read(workspace.database());
    read.prepare(u"SELECT value FROM meta WHERE key = 'telemetry.redaction_key'"_s);
    if (!read.exec())
        return std::unexpected(
            databaseError(Text::tr("Reading the redaction key"), read.lastError().text()));
    if (read.next())
        return QByteArray::fromHex(read.value(0).toString().toLatin1());

    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    QSqlQuery write(workspace.database());
    write.prepare(u"INSERT INTO meta (key, value) VALUES ('telemetry.redaction_key', ?)"_s);
    write.addBindValue(QString::fromLatin1(key.toHex()));
    if (!write.exec())
        return std::unexpected(
            databaseError(Text::tr("Storing the redaction key"), write.lastError().text()));
    return key;
}

} // namespace Gatehouse
