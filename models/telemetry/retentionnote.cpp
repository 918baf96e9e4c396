// Two cheap reads: the setting's meta row and the first entry of the calls' time index.
#include "retentionnote.h"

#include "archivestatistics.h"
#include "retentionsetting.h"

#include <QCoreApplication>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RetentionNote)
};

} // namespace

Result<QString> RetentionNote::forPeriod(Workspace& workspace, const QDateTime& from)
{
    const auto days = RetentionSetting::read(workspace);
    if (!days)
        return std::unexpected(days.error());
    if (*days == RetentionSetting::Off)
        return QString();
    const auto archive = ArchiveStatistics::load(workspace, false);
    if (!archive)
        return std::unexpected(archive.error());
    if (!archive->oldestCall.isValid() || from >= archive->oldestCall)
        return QString();
    return Text::tr("The archive keeps %n day(s); calls before %1 are no longer held.", nullptr,
                    *days)
        .arg(archive->oldestCall.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
}

} // namespace Gatehouse
