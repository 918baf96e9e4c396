// Measurement reads the archive on the workspace's own connection; for a large archive call it
// from a worker thread with a Workspace opened there.
#include "readinessevaluator.h"

#include "anomalybaselinesevaluator.h"
#include "credentialrotationevaluator.h"
#include "dataresidencyevaluator.h"
#include "humanattributionevaluator.h"
#include "killswitchevaluator.h"
#include "leastprivilegeevaluator.h"
#include "outboundonlyevaluator.h"
#include "sandboxisolationevaluator.h"
#include "secretsnotloggedevaluator.h"
#include "serviceidentityevaluator.h"
#include "siemintegrationevaluator.h"

#include "models/core/clock.h"
#include "models/evidence/evidencestore.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>

namespace Gatehouse {

using namespace Qt::StringLiterals;

ReadinessEvaluator::ReadinessEvaluator(Workspace& workspace, EvidenceStore& evidence,
                                       RegionCatalog regions)
    : m_workspace(workspace)
    , m_evidence(evidence)
    , m_regions(std::move(regions))
{
}

std::vector<std::unique_ptr<ControlEvaluator>> ReadinessEvaluator::measuredControls()
{
    std::vector<std::unique_ptr<ControlEvaluator>> all;
    all.push_back(std::make_unique<ServiceIdentityEvaluator>());
    all.push_back(std::make_unique<LeastPrivilegeEvaluator>());
    all.push_back(std::make_unique<CredentialRotationEvaluator>());
    all.push_back(std::make_unique<HumanAttributionEvaluator>());
    all.push_back(std::make_unique<OutboundOnlyEvaluator>());
    all.push_back(std::make_unique<SandboxIsolationEvaluator>());
    all.push_back(std::make_unique<DataResidencyEvaluator>());
    all.push_back(std::make_unique<SecretsNotLoggedEvaluator>());
    all.push_back(std::make_unique<SiemIntegrationEvaluator>());
    all.push_back(std::make_unique<AnomalyBaselinesEvaluator>());
    all.push_back(std::make_unique<KillSwitchEvaluator>());
    return all;
}

bool ReadinessEvaluator::isMeasured(Control control)
{
    return control != Control::GovernancePolicy && control != Control::Count;
}

Result<QList<ControlMeasurement>>
ReadinessEvaluator::measure(qint64 deploymentId, const QDateTime& from, const QDateTime& to) const
{
    auto input = EvaluationInput::load(m_workspace, deploymentId, from, to, m_regions);
    if (!input)
        return std::unexpected(input.error());
    QList<ControlMeasurement> results;
    const QDateTime now = m_workspace.clock().now();
    for (const auto& evaluator : measuredControls()) {
        ControlMeasurement m;
        if (input->sources.isEmpty()) {
            m = ControlMeasurement::notAssessed(
                evaluator->control(),
                QCoreApplication::translate("Gatehouse::ReadinessEvaluator",
                                            "No gateway or sandbox host is linked to the "
                                            "deployment; link its sources first."));
        } else {
            auto measured = evaluator->evaluate(*input);
            if (!measured)
                return std::unexpected(measured.error());
            m = *measured;
        }
        m.from = input->from;
        m.to = input->to;
        m.measuredAt = now;
        m.sources = input->sources;
        m.agents = input->agents;
        results.append(m);
    }
    return results;
}

Result<void> ReadinessEvaluator::store(ControlMeasurement& m, qint64 deploymentId,
                                       const QString& actor)
{
    EvidenceStore::NewEvidence request;
    request.deploymentId = deploymentId;
    request.control = m.control;
    request.source = u"telemetry"_s;
    request.collectedAt = m.measuredAt;
    request.title =
        QCoreApplication::translate("Gatehouse::ReadinessEvaluator", "Measured %1: %2 (%3 to %4)")
            .arg(controlSlug(m.control), controlStatusSlug(m.status), toIsoUtc(m.from),
                 toIsoUtc(m.to));
    auto added = m_evidence.addMeasured(request, m.toJson(), actor);
    if (!added)
        return std::unexpected(added.error());
    m.evidenceId = added->id;
    return {};
}

Result<void> ReadinessEvaluator::recordDrills(const EvaluationInput& input, const QString& actor)
{
    DrillLog log(m_workspace);
    for (const KillSwitchDrill& d : input.drills) {
        Result<void> error;
        const auto o = KillSwitchEvaluator::measure(
            input, d.agentId, d.startedAt.toMSecsSinceEpoch(),
            d.endedAt.isValid() ? d.endedAt.toMSecsSinceEpoch() : 0, &error);
        if (!error)
            return error;
        if (o.timeToStopMs < 0 || (d.timeToStopMs && *d.timeToStopMs == o.timeToStopMs))
            continue;
        const auto last =
            o.lastCallMs >= 0
                ? std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(o.lastCallMs, Qt::UTC))
                : std::nullopt;
        if (auto done = log.recordMeasurement(d.id, last, o.timeToStopMs, actor); !done)
            return done;
    }
    return {};
}

Result<QList<ControlMeasurement>> ReadinessEvaluator::measureAndStore(qint64 deploymentId,
                                                                      const QDateTime& from,
                                                                      const QDateTime& to,
                                                                      const QString& actor)
{
    auto results = measure(deploymentId, from, to);
    if (!results)
        return results;
    for (ControlMeasurement& m : *results) {
        if (auto stored = store(m, deploymentId, actor); !stored)
            return std::unexpected(stored.error());
    }
    auto input = EvaluationInput::load(m_workspace, deploymentId, from, to, m_regions);
    if (!input)
        return std::unexpected(input.error());
    if (auto recorded = recordDrills(*input, actor); !recorded)
        return std::unexpected(recorded.error());
    return results;
}

} // namespace Gatehouse
