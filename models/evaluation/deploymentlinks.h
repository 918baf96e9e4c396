// Which gateways, sandbox hosts and agents belong to a deployment, and which cross-jurisdiction
// transfers it allows, so one workspace can hold several deployments. Every change is audited.
#pragma once

#include "models/core/error.h"
#include "models/regions/region.h"
#include "models/regions/transferpolicy.h"

#include <QList>
#include <QStringList>

namespace Gatehouse {

class Workspace;
class RegionCatalog;

class DeploymentLinks
{
public:
    explicit DeploymentLinks(Workspace& workspace);

    // Source ids as they appear in telemetry (a gateway's or sandbox host's id).
    Result<void> linkSources(qint64 deploymentId, const QStringList& sources, const QString& actor);
    Result<void> linkAgents(qint64 deploymentId, const QStringList& agents, const QString& actor);
    Result<void> unlinkSources(qint64 deploymentId, const QStringList& sources,
                               const QString& actor);
    Result<void> unlinkAgents(qint64 deploymentId, const QStringList& agents, const QString& actor);
    Result<QStringList> sources(qint64 deploymentId) const;
    Result<QStringList> agents(qint64 deploymentId) const;

    Result<void> allowTransfer(qint64 deploymentId, const TransferRule& rule, const QString& actor);
    Result<void> forbidTransfer(qint64 deploymentId, const TransferRule& rule,
                                const QString& actor);
    Result<TransferPolicy> transferPolicy(qint64 deploymentId) const;

    // On-premises sites, shared by every deployment of the workspace.
    Result<void> addSite(const Region& site, const QString& actor);
    Result<QList<Region>> sites() const;
    // Adds the workspace's sites to a catalog.
    Result<void> addSitesTo(RegionCatalog& catalog) const;

private:
    Result<void> change(qint64 deploymentId, const QString& sql, const QStringList& values,
                        const QString& action, const QString& actor);
    Result<QStringList> column(const QString& sql, qint64 deploymentId) const;

    Workspace& m_workspace;
};

} // namespace Gatehouse
