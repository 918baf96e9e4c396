// Everything an evaluator reads for one deployment and period: the linked sources and agents,
// the latest posture of each source at the period's end, the transfer rules, the drills, and
// queries on the archive restricted to the deployment.
#pragma once

#include "drilllog.h"

#include "models/core/error.h"
#include "models/regions/regioncatalog.h"
#include "models/regions/transferpolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace Gatehouse {

class Workspace;

struct PostureView
{
    QString source;
    QString kind; // "tunnel-gateway" or "sandbox-host"
    QDateTime fetchedAt;
    QJsonObject document;
};

struct EvaluationInput
{
    qint64 deploymentId = 0;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    QStringList sources;
    QStringList agents;          // empty: every agent seen on the sources
    QList<PostureView> postures; // the newest snapshot of each source fetched by `to`
    QStringList sourcesWithoutPosture;
    TransferPolicy transfers;
    QList<KillSwitchDrill> drills;
    RegionCatalog regions;
    QByteArray redactionKey;
    QSqlDatabase database;

    static Result<EvaluationInput> load(Workspace& workspace, qint64 deploymentId,
                                        const QDateTime& from, const QDateTime& to,
                                        RegionCatalog regions);

    QList<PostureView> posturesOf(const QString& kind) const;
    // Runs "SELECT <select> FROM <table> WHERE <the deployment's rows> [AND <where>] <tail>";
    // table is telemetry_call or telemetry_execution. extra values bind after the filter's.
    Result<QSqlQuery> select(const QString& table, const QString& select, const QString& where = {},
                             const QString& tail = {}, const QVariantList& extra = {}) const;
    qint64 fromNs() const { return from.toMSecsSinceEpoch() * 1'000'000; }
    qint64 toNs() const { return to.toMSecsSinceEpoch() * 1'000'000; }
};

} // namespace Gatehouse
