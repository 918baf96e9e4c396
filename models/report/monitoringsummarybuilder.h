// Gathers a deployment's MonitoringSummary for a period from the telemetry archive, through the
// evaluation code that measures the controls, so the report and the checklist count alike.
#pragma once

#include "models/core/error.h"
#include "models/regions/regioncatalog.h"
#include "models/report/monitoringsummary.h"

#include <QDateTime>

namespace Gatehouse {

class Workspace;
struct EvaluationInput;
class BaselineAnalysis;
struct ControlMeasurement;

class MonitoringSummaryBuilder
{
public:
    // The workspace must outlive the builder.
    MonitoringSummaryBuilder(Workspace& workspace, RegionCatalog regions);

    // from inclusive, to exclusive. Empty when no source is linked or no call falls in the period.
    Result<MonitoringSummary> build(qint64 deploymentId, const QDateTime& from,
                                    const QDateTime& to) const;

private:
    void addVolume(const EvaluationInput& input, const BaselineAnalysis& baseline,
                   MonitoringSummary& summary) const;
    Result<void> addAttribution(const EvaluationInput& input, MonitoringSummary& summary) const;
    Result<void> addResidency(const EvaluationInput& input, MonitoringSummary& summary) const;
    Result<void> addFlows(const EvaluationInput& input, MonitoringSummary& summary) const;
    void addAnomalies(const BaselineAnalysis& baseline, MonitoringSummary& summary) const;
    Result<void> addDrills(const EvaluationInput& input, MonitoringSummary& summary) const;
    Result<void> addLatestMeasured(qint64 deploymentId, const QDateTime& to,
                                   MonitoringSummary& summary) const;

    Workspace& m_workspace;
    RegionCatalog m_regions;
};

} // namespace Gatehouse
