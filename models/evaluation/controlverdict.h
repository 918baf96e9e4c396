// What the checklist shows for a control: the manual state and the latest measured result side
// by side, combined so that a manual pass never hides a measured fail.
#pragma once

#include "controlmeasurement.h"

#include "models/assessment/readiness.h"

#include <QMap>

#include <optional>

namespace Gatehouse {

class EvidenceStore;

struct ControlVerdict
{
    Control control = Control::ServiceIdentity;
    ControlStatus shown = ControlStatus::NotAssessed; // what counts towards readiness
    ControlState manual;
    std::optional<ControlMeasurement> measured;
    // True when the manual and the measured status disagree (pass against fail).
    bool conflict = false;
    // e.g. "manual pass / measured fail -> fail", translated.
    QString explanation;

    // Fail wins from either side; otherwise a pass from either side passes; a justified
    // not-applicable stands unless a measurement fails.
    static ControlVerdict combine(const ControlState& manual,
                                  const std::optional<ControlMeasurement>& measured);
    // All twelve controls of a checklist with the measurements of a deployment.
    static QList<ControlVerdict> combineAll(const ReadinessChecklist& checklist,
                                            const QMap<Control, ControlMeasurement>& measured);
    static Readiness readinessOf(const QList<ControlVerdict>& verdicts);

    // The newest measured result of each control of a deployment, from its telemetry evidence;
    // reads one item a control, however many evaluations the deployment has had.
    static Result<QMap<Control, ControlMeasurement>> latestMeasured(const EvidenceStore& evidence,
                                                                    qint64 deploymentId);
};

} // namespace Gatehouse
