// gatehouse-cli workspace set-retention | workspace info: how long the telemetry archive keeps
// what it receives, and what it holds now.
#include "clicommand.h"

#include "models/telemetry/archivestatistics.h"
#include "models/telemetry/retentionsetting.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatehouseCli)
};

// "off" or a whole number of days in range; nullopt otherwise.
std::optional<int> parseDays(const QString& text)
{
    if (text.compare("off"_L1, Qt::CaseInsensitive) == 0)
        return RetentionSetting::Off;
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < RetentionSetting::MinDays || days > RetentionSetting::MaxDays)
        return std::nullopt;
    return days;
}

QString retentionText(int days)
{
    return days == RetentionSetting::Off ? Text::tr("keep everything")
                                         : Text::tr("%n day(s)", nullptr, days);
}

int runSetRetention(Invocation& run)
{
    const std::optional<int> days =
        run.positional().size() == 1 ? parseDays(run.positional().first()) : std::nullopt;
    if (!days)
        return run.failWith(Text::tr("Give the days to keep as one whole number from %1 to %2, "
                                     "or off to keep everything.")
                                .arg(RetentionSetting::MinDays)
                                .arg(RetentionSetting::MaxDays));
    auto workspace = run.openWorkspace();
    if (!workspace)
        return run.failWith(workspace.error());
    if (Result<void> set = RetentionSetting::write(**workspace, *days, run.actor()); !set)
        return run.failWith(set.error());
    if (run.json()) {
        run.printJson(QJsonDocument(QJsonObject{{u"retention_days"_s, *days}}));
    } else if (*days == RetentionSetting::Off) {
        run.out() << Text::tr("%1 now keeps all telemetry.").arg((*workspace)->path()) << Qt::endl;
    } else {
        run.out() << Text::tr("%1 now keeps telemetry for %n day(s); older telemetry is deleted "
                              "while a watch session runs.",
                              nullptr, *days)
                         .arg((*workspace)->path())
                  << Qt::endl;
    }
    return 0;
}

QJsonValue isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toIsoUtc(time)) : QJsonValue();
}

void printInfoJson(Invocation& run, Workspace& workspace, int days,
                   const ArchiveStatistics& archive)
{
    QJsonObject rows;
    for (const auto& [table, count] : archive.rows)
        rows.insert(table, count);
    run.printJson(QJsonDocument(QJsonObject{{u"path"_s, workspace.path()},
                                            {u"schema"_s, workspace.schemaVersion()},
                                            {u"size_bytes"_s, QFileInfo(workspace.path()).size()},
                                            {u"retention_days"_s, days},
                                            {u"oldest_call"_s, isoOrNull(archive.oldestCall)},
                                            {u"newest_call"_s, isoOrNull(archive.newestCall)},
                                            {u"rows"_s, rows}}));
}

void printInfoText(Invocation& run, Workspace& workspace, int days,
                   const ArchiveStatistics& archive)
{
    const QLocale locale;
    run.out() << Text::tr("Workspace: %1 (schema %2, %3)")
                     .arg(workspace.path())
                     .arg(workspace.schemaVersion())
                     .arg(locale.formattedDataSize(QFileInfo(workspace.path()).size()))
              << '\n'
              << Text::tr("Telemetry retention: %1").arg(retentionText(days)) << '\n';
    if (archive.oldestCall.isValid())
        run.out() << Text::tr("Calls held: %1 to %2")
                         .arg(toIsoUtc(archive.oldestCall), toIsoUtc(archive.newestCall))
                  << '\n';
    else
        run.out() << Text::tr("Calls held: none") << '\n';
    for (const auto& [table, count] : archive.rows)
        run.out() << "  " << table << "  " << count << '\n';
    run.out().flush();
}

int runInfo(Invocation& run)
{
    auto workspace = run.openWorkspace();
    if (!workspace)
        return run.failWith(workspace.error());
    const auto days = RetentionSetting::read(**workspace);
    if (!days)
        return run.failWith(days.error());
    const auto archive = ArchiveStatistics::load(**workspace, true);
    if (!archive)
        return run.failWith(archive.error());
    if (run.json())
        printInfoJson(run, **workspace, *days, *archive);
    else
        printInfoText(run, **workspace, *days, *archive);
    return 0;
}

} // namespace

void addRetentionCommands(std::vector<Command>& commands)
{
    commands.push_back({{u"workspace"_s, u"info"_s},
                        {},
                        Text::tr("Show the workspace's size, telemetry retention, the time span "
                                 "of the calls held and the rows of each archive table"),
                        {},
                        runInfo});
    commands.push_back(
        {{u"workspace"_s, u"set-retention"_s},
         u"DAYS|off"_s,
         Text::tr("Keep telemetry for DAYS days (1 to 3650), deleting older telemetry while a "
                  "watch session runs; off keeps everything"),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(u"DAYS"_s, Text::tr("Days to keep, 1 to 3650, or off."));
         },
         runSetRetention});
}

} // namespace Gatehouse::Cli
