// Gathers a ReportData from a workspace: deployments, their matrix and checklist, their
// evidence with its freshness, and the audit trail's head, so the renderer needs no database.
#pragma once

#include "models/core/error.h"
#include "models/regions/regioncatalog.h"
#include "models/report/reportdata.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Gatehouse {

class Clock;
class Workspace;
struct Deployment;
struct Evidence;

class ReportBuilder
{
public:
    struct Options
    {
        QStringList deployments; // names, in the order the report lists them
        // Both invalid for a point-in-time report; evidence added after `to` is left out. The
        // monitoring summary of a point-in-time report covers the 30 days before it.
        QDateTime from;
        QDateTime to;
        // Empty: the workspace's organisation setting.
        QString organisation;
        QList<ReportSignOff> signOffs;
    };

    // Both must outlive the builder.
    ReportBuilder(Workspace& workspace, const Clock& clock);

    Result<ReportData> build(const Options& options) const;

private:
    Result<ReportDeployment> buildDeployment(const Deployment& deployment, const QDateTime& from,
                                             const QDateTime& asOf,
                                             const RegionCatalog& regions) const;
    Result<QString> organisation(const Options& options) const;
    Result<QList<Evidence>> evidenceUpTo(qint64 deploymentId, const QDateTime& asOf) const;

    Workspace& m_workspace;
    const Clock& m_clock;
};

} // namespace Gatehouse
