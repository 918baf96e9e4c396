// Runs every measurable control's evaluator for a deployment and period, and stores each result
// as automatic evidence (a hashed JSON snapshot, source "telemetry") beside the manual evidence.
#pragma once

#include "controlevaluator.h"
#include "controlmeasurement.h"

#include "models/regions/regioncatalog.h"

#include <memory>
#include <vector>

namespace Gatehouse {

class EvidenceStore;
class Workspace;

class ReadinessEvaluator
{
public:
    ReadinessEvaluator(Workspace& workspace, EvidenceStore& evidence, RegionCatalog regions);

    // One evaluator for each control measured from telemetry (all but governance-policy).
    static std::vector<std::unique_ptr<ControlEvaluator>> measuredControls();
    static bool isMeasured(Control control);

    // Measures without storing anything.
    Result<QList<ControlMeasurement>> measure(qint64 deploymentId, const QDateTime& from,
                                              const QDateTime& to) const;
    // Measures, stores one evidence item per control (evidenceId is set on each result) and
    // records the time-to-stop of the console's drills.
    Result<QList<ControlMeasurement>> measureAndStore(qint64 deploymentId, const QDateTime& from,
                                                      const QDateTime& to, const QString& actor);

private:
    Result<void> store(ControlMeasurement& measurement, qint64 deploymentId, const QString& actor);
    Result<void> recordDrills(const EvaluationInput& input, const QString& actor);

    Workspace& m_workspace;
    EvidenceStore& m_evidence;
    RegionCatalog m_regions;
};

} // namespace Gatehouse
