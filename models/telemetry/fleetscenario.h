// A simulated fleet of tunnel gateways and sandbox hosts with realistic agent traffic and a named
// set of seeded violations, each described in a ground-truth document. Fully deterministic: the
// same options always give the same endpoints, documents and event bytes.
#pragma once

#include "models/core/error.h"
#include "models/feed/fleetcontent.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <memory>

namespace Gatehouse {

struct ScenarioOptions
{
    QString name = QStringLiteral("clean"); // one of FleetScenario::scenarioNames()
    quint64 seed = 1;
    double rate = 10.0;         // events a second, per endpoint
    QDateTime start;            // time of event 0; event i is due at start + i / rate
    int gateways = 2;           // 1 to 9
    int sandboxHosts = 2;       // 0 to 9
    int drillAfterSeconds = 60; // kill-switch-drill: when the drill starts, after start
    int drillStopSeconds = 90;  // kill-switch-drill: the agent's last call, after the drill
};

class FleetScenario : public FleetContent
{
public:
    static QStringList scenarioNames();
    static Result<std::unique_ptr<FleetScenario>> create(const ScenarioOptions& options);
    ~FleetScenario() override;

    QList<EndpointDescription> endpoints() const override;
    QByteArray infoJson(const QString& endpointId) const override;
    QByteArray postureJson(const QString& endpointId, const QDateTime& now) const override;
    QList<StreamEvent> eventsAfter(const QString& endpointId, qint64 afterSequence, int maxCount,
                                   const QDateTime& now) const override;

    // Event `sequence` (from 1) of an endpoint, due or not; empty for an unknown endpoint.
    QByteArray event(const QString& endpointId, qint64 sequence) const;
    QDateTime eventTime(qint64 sequence) const;
    // The newest sequence due at `now` (0 before the first).
    qint64 dueSequence(const QDateTime& now) const;

    // JSON: {"scenario", "seed", "findings": [{"control", "expected", "item", "description"}]}.
    // "expected" is "fail" for a seeded violation and "pass" for a drill that stops in time.
    QByteArray groundTruth() const;
    const ScenarioOptions& options() const { return m_options; }

private:
    struct World;
    explicit FleetScenario(ScenarioOptions options);

    ScenarioOptions m_options;
    std::unique_ptr<World> m_world;
};

} // namespace Gatehouse
