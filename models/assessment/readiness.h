// The twelve readiness controls in their three groups, their statuses, and the readiness verdict
// computed from them.
#pragma once

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace Gatehouse {

enum class Control
{
    ServiceIdentity,
    LeastPrivilege,
    CredentialRotation,
    HumanAttribution,
    OutboundOnly,
    SandboxIsolation,
    DataResidency,
    SecretsNotLogged,
    SiemIntegration,
    AnomalyBaselines,
    KillSwitch,
    GovernancePolicy,
    Count
};
constexpr int ControlCount = int(Control::Count);

enum class ControlGroup
{
    IdentityAndAccess,
    NetworkAndExecution,
    ObservabilityAndGovernance,
    Count
};
constexpr int ControlGroupCount = int(ControlGroup::Count);

enum class ControlStatus
{
    NotAssessed,
    Pass,
    Fail,
    NotApplicable
};

enum class Readiness
{
    NotReady,
    Pilot,
    LaunchReady
};

QString controlSlug(Control control);
std::optional<Control> controlFromSlug(QStringView slug);
QString controlTitle(Control control);
// What must be true for the control to pass.
QString controlCriterion(Control control);
ControlGroup controlGroup(Control control);
// The four controls of a group, in checklist order.
std::array<Control, 4> controlsOf(ControlGroup group);
QString controlGroupTitle(ControlGroup group);
// Evidence older than this is expired for the control; nullopt when any age is acceptable.
std::optional<int> defaultMaxEvidenceAgeDays(Control control);

QString controlStatusSlug(ControlStatus status);
std::optional<ControlStatus> controlStatusFromSlug(QStringView slug);
QString controlStatusTitle(ControlStatus status);

QString readinessSlug(Readiness readiness);
QString readinessTitle(Readiness readiness);
// 12 satisfied launch-ready, 10 or 11 pilot, fewer not ready.
Readiness readinessFor(int satisfied);

struct ControlState
{
    Control control = Control::ServiceIdentity;
    ControlStatus status = ControlStatus::NotAssessed;
    QString note; // for not-applicable, the justification
    QString reviewer;
    QDateTime reviewedAt;
};

// The checklist of one deployment. A control counts as satisfied when it passed, or when it was
// justified as not applicable to this deployment.
class ReadinessChecklist
{
public:
    ReadinessChecklist();

    void set(const ControlState& state);
    const ControlState& state(Control control) const;

    int satisfiedCount() const;
    int countWith(ControlStatus status) const;
    Readiness readiness() const { return readinessFor(satisfiedCount()); }

private:
    std::array<ControlState, ControlCount> m_states;
};

} // namespace Gatehouse
