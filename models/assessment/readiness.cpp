// Slugs, texts and the readiness rule of the checklist.
#include "readiness.h"

#include <QCoreApplication>

#include <algorithm>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::Readiness)
};

struct ControlText
{
    const char16_t* slug;
    const char* title;
    const char* criterion;
};

constexpr std::array<ControlText, ControlCount> Controls = {{
    {u"service-identity", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Service identity"),
     QT_TRANSLATE_NOOP("Gatehouse::Readiness",
                       "Every agent has its own credentials; no credential is used by two agents; "
                       "no call lacks an agent id.")},
    {u"least-privilege", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Least privilege"),
     QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Default-deny is on; every granted write scope has "
                                               "an approval; no write call without a grant.")},
    {u"credential-rotation", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Credential rotation"),
     QT_TRANSLATE_NOOP(
         "Gatehouse::Readiness",
         "No credential in use is older than 24 hours; a break-glass policy is attached.")},
    {u"human-attribution", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Human attribution"),
     QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Every call in the period traces back to a human.")},
    {u"outbound-only", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Outbound only"),
     QT_TRANSLATE_NOOP(
         "Gatehouse::Readiness",
         "No listener on a non-loopback address; the tunnel is established outbound.")},
    {u"sandbox-isolation", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Sandbox isolation"),
     QT_TRANSLATE_NOOP(
         "Gatehouse::Readiness",
         "Every sandbox is ephemeral and network-isolated; a pivot test within 90 days.")},
    {u"data-residency", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Data residency"),
     QT_TRANSLATE_NOOP("Gatehouse::Readiness", "No call processed data outside its jurisdiction.")},
    {u"secrets-not-logged", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Secrets not logged"),
     QT_TRANSLATE_NOOP("Gatehouse::Readiness",
                       "No secret reached the orchestration side unredacted.")},
    {u"siem-integration", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "SIEM integration"),
     QT_TRANSLATE_NOOP(
         "Gatehouse::Readiness",
         "Every gateway and host ships logs; the last delivery is within 15 minutes.")},
    {u"anomaly-baselines", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Anomaly baselines"),
     QT_TRANSLATE_NOOP("Gatehouse::Readiness", "At least 30 days of baseline before production.")},
    {u"kill-switch", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Kill switch"),
     QT_TRANSLATE_NOOP("Gatehouse::Readiness",
                       "A drill within 90 days stopped the agent in under 5 minutes.")},
    {u"governance-policy", QT_TRANSLATE_NOOP("Gatehouse::Readiness", "Governance policy"),
     QT_TRANSLATE_NOOP("Gatehouse::Readiness",
                       "A policy signed off by legal, security and a business sponsor.")},
}};

} // namespace

QString controlSlug(Control control)
{
    return QString::fromUtf16(Controls[size_t(control)].slug);
}

std::optional<Control> controlFromSlug(QStringView slug)
{
    for (int i = 0; i < ControlCount; ++i) {
        if (slug == QStringView(Controls[size_t(i)].slug))
            return Control(i);
    }
    return std::nullopt;
}

QString controlTitle(Control control)
{
    return Text::tr(Controls[size_t(control)].title);
}

QString controlCriterion(Control control)
{
    return Text::tr(Controls[size_t(control)].criterion);
}

ControlGroup controlGroup(Control control)
{
    return ControlGroup(int(control) / 4);
}

std::array<Control, 4> controlsOf(ControlGroup group)
{
    const int first = int(group) * 4;
    return {Control(first), Control(first + 1), Control(first + 2), Control(first + 3)};
}

QString controlGroupTitle(ControlGroup group)
{
    switch (group) {
    case ControlGroup::IdentityAndAccess:
        return Text::tr("Identity and access");
    case ControlGroup::NetworkAndExecution:
        return Text::tr("Network and execution");
    case ControlGroup::ObservabilityAndGovernance:
        return Text::tr("Observability and governance");
    case ControlGroup::Count:
        break;
    }
    return {};
}

std::optional<int> defaultMaxEvidenceAgeDays(Control control)
{
    switch (control) {
    case Control::KillSwitch:
        return 90;
    case Control::AnomalyBaselines:
        return 30;
    default:
        return std::nullopt;
    }
}

QString controlStatusSlug(ControlStatus status)
{
    switch (status) {
    case ControlStatus::NotAssessed:
        return u"not-assessed"_s;
    case ControlStatus::Pass:
        return u"pass"_s;
    case ControlStatus::Fail:
        return u"fail"_s;
    case ControlStatus::NotApplicable:
        return u"not-applicable"_s;
    }
    return {};
}

std::optional<ControlStatus> controlStatusFromSlug(QStringView slug)
{
    for (ControlStatus status : {ControlStatus::NotAssessed, ControlStatus::Pass,
                                 ControlStatus::Fail, ControlStatus::NotApplicable}) {
        if (slug == controlStatusSlug(status))
            return status;
    }
    return std::nullopt;
}

QString controlStatusTitle(ControlStatus status)
{
    switch (status) {
    case ControlStatus::NotAssessed:
        return Text::tr("Not assessed");
    case ControlStatus::Pass:
        return Text::tr("Pass");
    case ControlStatus::Fail:
        return Text::tr("Fail");
    case ControlStatus::NotApplicable:
        return Text::tr("Not applicable");
    }
    return {};
}

QString readinessSlug(Readiness readiness)
{
    switch (readiness) {
    case Readiness::NotReady:
        return u"not-ready"_s;
    case Readiness::Pilot:
        return u"pilot"_s;
    case Readiness::LaunchReady:
        return u"launch-ready"_s;
    }
    return {};
}

QString readinessTitle(Readiness readiness)
{
    switch (readiness) {
    case Readiness::NotReady:
        return Text::tr("Not ready");
    case Readiness::Pilot:
        return Text::tr("Pilot");
    case Readiness::LaunchReady:
        return Text::tr("Launch-ready");
    }
    return {};
}

Readiness readinessFor(int satisfied)
{
    if (satisfied >= ControlCount)
        return Readiness::LaunchReady;
    if (satisfied >= ControlCount - 2)
        return Readiness::Pilot;
    return Readiness::NotReady;
}

ReadinessChecklist::ReadinessChecklist()
{
    for (int i = 0; i < ControlCount; ++i)
        m_states[size_t(i)].control = Control(i);
}

void ReadinessChecklist::set(const ControlState& state)
{
    m_states[size_t(state.control)] = state;
}

const ControlState& ReadinessChecklist::state(Control control) const
{
    return m_states[size_t(control)];
}

int ReadinessChecklist::satisfiedCount() const
{
    return countWith(ControlStatus::Pass) + countWith(ControlStatus::NotApplicable);
}

int ReadinessChecklist::countWith(ControlStatus status) const
{
    return int(std::count_if(m_states.begin(), m_states.end(),
                             [status](const ControlState& s) { return s.status == status; }));
}

} // namespace Gatehouse
