// What the telemetry archive holds: the time span of its calls and the rows of each table, for
// the retention settings and `gatehouse-cli workspace info`.
#pragma once

#include "models/core/error.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Gatehouse {

class Workspace;

struct ArchiveStatistics
{
    QDateTime oldestCall; // invalid when no call is held
    QDateTime newestCall;
    QList<QPair<QString, qint64>> rows; // table name and rows, when counted

    // The span of the calls through the time index; counting the rows reads every table, which
    // takes seconds on a large archive, so it is asked for.
    static Result<ArchiveStatistics> load(Workspace& workspace, bool countRows);
};

} // namespace Gatehouse
