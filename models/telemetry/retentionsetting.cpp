// The previous value goes into the audit entry so the trail shows what changed; turning
// retention off removes the row, which reads as it did before retention existed.
#include "retentionsetting.h"

#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RetentionSetting)
};

Result<void> store(Workspace& workspace, int days)
{
    const QString key = QString::fromLatin1(RetentionSetting::Key);
    auto q =
        days == RetentionSetting::Off
            ? runQuery(workspace.database(), u"DELETE FROM meta WHERE key = ?"_s, {key},
                       Text::tr("Storing the telemetry retention"))
            : runQuery(workspace.database(),
                       u"INSERT INTO meta (key, value) VALUES (?, ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                       {key, QString::number(days)}, Text::tr("Storing the telemetry retention"));
    return q ? Result<void>{} : std::unexpected(q.error());
}

} // namespace

int RetentionSetting::fromText(const QString& text)
{
    bool ok = false;
    const int days = text.toInt(&ok);
    return ok && days >= MinDays && days <= MaxDays ? days : Off;
}

Result<int> RetentionSetting::read(Workspace& workspace)
{
    auto q = runQuery(workspace.database(), u"SELECT value FROM meta WHERE key = ?"_s,
                      {QString::fromLatin1(Key)}, Text::tr("Reading the telemetry retention"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? fromText(q->value(0).toString()) : Off;
}

Result<void> RetentionSetting::write(Workspace& workspace, int days, const QString& actor)
{
    if (days != Off && (days < MinDays || days > MaxDays))
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("The telemetry retention must be %1 to %2 days, or off.")
                        .arg(MinDays)
                        .arg(MaxDays));
    auto previous = read(workspace);
    if (!previous)
        return std::unexpected(previous.error());
    return workspace.transaction([&]() -> Result<void> {
        if (auto stored = store(workspace, days); !stored)
            return stored;
        const QJsonObject details{{u"days"_s, days}, {u"previous"_s, *previous}};
        auto entry = workspace.audit().append(
            actor, u"workspace.set-retention"_s, u"workspace"_s,
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
}

} // namespace Gatehouse
