// One row of the workspace's meta table; the previous name goes into the audit entry so the
// trail shows what changed.
#include "organisationsetting.h"

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
    Q_DECLARE_TR_FUNCTIONS(OrganisationSetting)
};

const QString Key = u"report.organisation"_s;
constexpr qsizetype MaxLength = 200;

} // namespace

Result<QString> OrganisationSetting::read(Workspace& workspace)
{
    auto q = runQuery(workspace.database(), u"SELECT value FROM meta WHERE key = ?"_s, {Key},
                      Text::tr("Reading the organisation name"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> OrganisationSetting::write(Workspace& workspace, const QString& name,
                                        const QString& actor)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxLength)
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("The organisation name must have 1 to %1 characters.").arg(MaxLength));
    auto previous = read(workspace);
    if (!previous)
        return std::unexpected(previous.error());
    return workspace.transaction([&]() -> Result<void> {
        auto stored = runQuery(workspace.database(),
                               u"INSERT INTO meta (key, value) VALUES (?, ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                               {Key, trimmed}, Text::tr("Storing the organisation name"));
        if (!stored)
            return std::unexpected(stored.error());
        const QJsonObject details{{u"name"_s, trimmed}, {u"previous"_s, *previous}};
        auto entry = workspace.audit().append(
            actor, u"workspace.set-organisation"_s, u"workspace"_s,
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
}

} // namespace Gatehouse
