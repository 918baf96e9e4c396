// The links are a few rows per deployment; QtSql on the opening thread is fine.
#include "deploymentlinks.h"

#include "models/core/clock.h"
#include "models/regions/regioncatalog.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::DeploymentLinks)
};

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<void> checkIds(const QStringList& ids, const QString& what)
{
    if (ids.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("Name at least one %1.").arg(what));
    for (const QString& id : ids) {
        if (id.trimmed().isEmpty() || id.trimmed() != id)
            return fail(
                ErrorCode::InvalidArgument,
                Text::tr("The %1 id '%2' is empty or has surrounding spaces.").arg(what, id));
    }
    return {};
}

} // namespace

DeploymentLinks::DeploymentLinks(Workspace& workspace)
    : m_workspace(workspace)
{
}

Result<void> DeploymentLinks::change(qint64 deploymentId, const QString& sql,
                                     const QStringList& values, const QString& action,
                                     const QString& actor)
{
    const QString now = toIsoUtc(m_workspace.clock().now());
    return m_workspace.transaction([&]() -> Result<void> {
        for (const QString& value : values) {
            QVariantList bound{deploymentId, value};
            if (sql.startsWith("INSERT"_L1))
                bound << now << actor;
            auto done = runQuery(m_workspace.database(), sql, bound,
                                 Text::tr("Changing the links of deployment %1").arg(deploymentId));
            if (!done)
                return std::unexpected(done.error());
        }
        const QJsonObject details{{u"ids"_s, QJsonArray::fromStringList(values)}};
        auto entry = m_workspace.audit().append(actor, action, u"deployment:%1"_s.arg(deploymentId),
                                                compact(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
}

Result<void> DeploymentLinks::linkSources(qint64 deploymentId, const QStringList& sources,
                                          const QString& actor)
{
    if (auto valid = checkIds(sources, Text::tr("source")); !valid)
        return valid;
    return change(deploymentId,
                  u"INSERT OR IGNORE INTO deployment_source (deployment_id, source, added_at,"
                  " added_by) VALUES (?, ?, ?, ?)"_s,
                  sources, u"deployment.link-source"_s, actor);
}

Result<void> DeploymentLinks::linkAgents(qint64 deploymentId, const QStringList& agents,
                                         const QString& actor)
{
    if (auto valid = checkIds(agents, Text::tr("agent")); !valid)
        return valid;
    return change(deploymentId,
                  u"INSERT OR IGNORE INTO deployment_agent (deployment_id, agent_id, added_at,"
                  " added_by) VALUES (?, ?, ?, ?)"_s,
                  agents, u"deployment.link-agent"_s, actor);
}

Result<void> DeploymentLinks::unlinkSources(qint64 deploymentId, const QStringList& sources,
                                            const QString& actor)
{
    return change(deploymentId,
                  u"DELETE FROM deployment_source WHERE deployment_id = ? AND source = ?"_s,
                  sources, u"deployment.unlink-source"_s, actor);
}

Result<void> DeploymentLinks::unlinkAgents(qint64 deploymentId, const QStringList& agents,
                                           const QString& actor)
{
    return change(deploymentId,
                  u"DELETE FROM deployment_agent WHERE deployment_id = ? AND agent_id = ?"_s,
                  agents, u"deployment.unlink-agent"_s, actor);
}

Result<QStringList> DeploymentLinks::column(const QString& sql, qint64 deploymentId) const
{
    auto query = runQuery(m_workspace.database(), sql, {deploymentId},
                          Text::tr("Reading the links of deployment %1").arg(deploymentId));
    if (!query)
        return std::unexpected(query.error());
    QStringList values;
    while (query->next())
        values.append(query->value(0).toString());
    return values;
}

Result<QStringList> DeploymentLinks::sources(qint64 deploymentId) const
{
    return column(u"SELECT source FROM deployment_source WHERE deployment_id = ? ORDER BY source"_s,
                  deploymentId);
}

Result<QStringList> DeploymentLinks::agents(qint64 deploymentId) const
{
    return column(
        u"SELECT agent_id FROM deployment_agent WHERE deployment_id = ? ORDER BY agent_id"_s,
        deploymentId);
}

Result<void> DeploymentLinks::allowTransfer(qint64 deploymentId, const TransferRule& rule,
                                            const QString& actor)
{
    if (rule.dataJurisdiction.isEmpty() || rule.computeJurisdiction.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("A transfer rule names the data's and the compute's jurisdiction."));
    const QString now = toIsoUtc(m_workspace.clock().now());
    return m_workspace.transaction([&]() -> Result<void> {
        auto done = runQuery(m_workspace.database(),
                             u"INSERT OR REPLACE INTO transfer_rule (deployment_id,"
                             " data_jurisdiction, compute_jurisdiction, note, added_at, added_by)"
                             " VALUES (?, ?, ?, ?, ?, ?)"_s,
                             {deploymentId, rule.dataJurisdiction.toUpper(),
                              rule.computeJurisdiction.toUpper(), rule.note, now, actor},
                             Text::tr("Adding a transfer rule"));
        if (!done)
            return std::unexpected(done.error());
        const QJsonObject details{{u"data"_s, rule.dataJurisdiction},
                                  {u"compute"_s, rule.computeJurisdiction},
                                  {u"note"_s, rule.note}};
        auto entry =
            m_workspace.audit().append(actor, u"deployment.allow-transfer"_s,
                                       u"deployment:%1"_s.arg(deploymentId), compact(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
}

Result<void> DeploymentLinks::forbidTransfer(qint64 deploymentId, const TransferRule& rule,
                                             const QString& actor)
{
    return m_workspace.transaction([&]() -> Result<void> {
        auto done = runQuery(
            m_workspace.database(),
            u"DELETE FROM transfer_rule WHERE deployment_id = ?"
            " AND data_jurisdiction = ? AND compute_jurisdiction = ?"_s,
            {deploymentId, rule.dataJurisdiction.toUpper(), rule.computeJurisdiction.toUpper()},
            Text::tr("Removing a transfer rule"));
        if (!done)
            return std::unexpected(done.error());
        const QJsonObject details{{u"data"_s, rule.dataJurisdiction},
                                  {u"compute"_s, rule.computeJurisdiction}};
        auto entry =
            m_workspace.audit().append(actor, u"deployment.forbid-transfer"_s,
                                       u"deployment:%1"_s.arg(deploymentId), compact(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
}

Result<TransferPolicy> DeploymentLinks::transferPolicy(qint64 deploymentId) const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT data_jurisdiction, compute_jurisdiction, note FROM transfer_rule"
                          " WHERE deployment_id = ? ORDER BY 1, 2"_s,
                          {deploymentId}, Text::tr("Reading the transfer rules"));
    if (!query)
        return std::unexpected(query.error());
    QList<TransferRule> rules;
    while (query->next())
        rules.append(
            {query->value(0).toString(), query->value(1).toString(), query->value(2).toString()});
    return TransferPolicy(rules);
}

Result<void> DeploymentLinks::addSite(const Region& site, const QString& actor)
{
    // Checked against the bundled catalog, so a site cannot take a cloud region's code.
    auto probe = RegionCatalog::builtIn();
    if (!probe)
        return std::unexpected(probe.error());
    if (auto valid = probe->addSite(site); !valid)
        return valid;
    const QString now = toIsoUtc(m_workspace.clock().now());
    return m_workspace.transaction([&]() -> Result<void> {
        auto done = runQuery(m_workspace.database(),
                             u"INSERT OR REPLACE INTO region_site (code, name, city, country,"
                             " latitude, longitude, jurisdiction, added_at, added_by)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {site.code, site.name, site.city, site.country.toUpper(),
                              site.latitude, site.longitude, site.jurisdiction, now, actor},
                             Text::tr("Adding the site %1").arg(site.code));
        if (!done)
            return std::unexpected(done.error());
        const QJsonObject details{{u"code"_s, site.code}, {u"country"_s, site.country}};
        auto entry = m_workspace.audit().append(actor, u"region.add-site"_s,
                                                u"site:%1"_s.arg(site.code), compact(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
}

Result<QList<Region>> DeploymentLinks::sites() const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT code, name, city, country, latitude, longitude, jurisdiction"
                          " FROM region_site ORDER BY code"_s,
                          {}, Text::tr("Reading the on-premises sites"));
    if (!query)
        return std::unexpected(query.error());
    QList<Region> result;
    while (query->next()) {
        Region r;
        r.provider = u"on-premises"_s;
        r.code = query->value(0).toString();
        r.name = query->value(1).toString();
        r.city = query->value(2).toString();
        r.country = query->value(3).toString();
        r.latitude = query->value(4).toDouble();
        r.longitude = query->value(5).toDouble();
        r.jurisdiction = query->value(6).toString();
        result.append(r);
    }
    return result;
}

Result<void> DeploymentLinks::addSitesTo(RegionCatalog& catalog) const
{
    auto all = sites();
    if (!all)
        return std::unexpected(all.error());
    for (const Region& site : *all) {
        if (auto added = catalog.addSite(site); !added)
            return added;
    }
    return {};
}

} // namespace Gatehouse
