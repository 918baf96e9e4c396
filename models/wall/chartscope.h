// Which calls a live chart counts: all of them, one deployment's (its linked gateways and sandbox
// hosts, and its agents where it names any, as the evaluators read them), or one agent's. The
// same condition answers for calls in memory and, as SQL, for the archive.
#pragma once

#include "models/telemetry/toolcall.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace Gatehouse {

struct ChartScope
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::ChartScope)

public:
    enum class Kind
    {
        All,
        Deployment,
        Agent
    };

    Kind kind = Kind::All;
    QString title; // what the chooser shows
    qint64 deploymentId = 0;
    QStringList sources; // Deployment: the linked sources; none links nothing
    QStringList agents;  // Deployment: the linked agents (none: every agent); Agent: the one

    static ChartScope all();
    static ChartScope agent(const QString& agentId);
    static ChartScope deployment(qint64 id, const QString& name, const QStringList& sources,
                                 const QStringList& agents);

    bool matches(const ToolCall& call) const;
    // " AND ..." over telemetry_call with ? placeholders, its values appended to `values`.
    QString sqlCondition(QVariantList& values) const;

    bool operator==(const ChartScope& other) const = default;
};

} // namespace Gatehouse
