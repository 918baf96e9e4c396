// Read through the workspace's own connection; the writer's WAL lets these reads run while it
// writes.
#include "archivestatistics.h"

#include "models/workspace/workspace.h"

#include <QCoreApplication>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveStatistics)
};

const char* const CountedTables[] = {"telemetry_call",   "telemetry_execution", "telemetry_event",
                                     "telemetry_reject", "telemetry_gap",       "telemetry_posture",
                                     "telemetry_drill",  "telemetry_minute"};

QDateTime fromNs(const QVariant& ns)
{
    return ns.isNull() ? QDateTime()
                       : QDateTime::fromMSecsSinceEpoch(ns.toLongLong() / 1000000, Qt::UTC);
}

} // namespace

Result<ArchiveStatistics> ArchiveStatistics::load(Workspace& workspace, bool countRows)
{
    ArchiveStatistics statistics;
    auto span =
        runQuery(workspace.database(), u"SELECT MIN(start_ns), MAX(start_ns) FROM telemetry_call"_s,
                 {}, Text::tr("Reading the time span of the telemetry archive"));
    if (!span)
        return std::unexpected(span.error());
    if (span->next()) {
        statistics.oldestCall = fromNs(span->value(0));
        statistics.newestCall = fromNs(span->value(1));
    }
    for (const char* table : CountedTables) {
        if (!countRows)
            break;
        const QString name = QString::fromLatin1(table);
        auto count = runQuery(workspace.database(), u"SELECT COUNT(*) FROM "_s + name, {},
                              Text::tr("Counting the rows of %1").arg(name));
        if (!count)
            return std::unexpected(count.error());
        statistics.rows.append({name, count->next() ? count->value(0).toLongLong() : 0});
    }
    return statistics;
}

} // namespace Gatehouse
