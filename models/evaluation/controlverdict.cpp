// The measured result is read back from the evidence it was stored as, so what the checklist
// shows is exactly what the hashed evidence says.
#include "controlverdict.h"

#include "models/evidence/evidencestore.h"

#include <QCoreApplication>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

ControlStatus combined(ControlStatus manual, std::optional<ControlStatus> measured)
{
    if (manual == ControlStatus::Fail || measured == ControlStatus::Fail)
        return ControlStatus::Fail;
    if (manual == ControlStatus::NotApplicable)
        return ControlStatus::NotApplicable;
    if (manual == ControlStatus::Pass || measured == ControlStatus::Pass)
        return ControlStatus::Pass;
    return ControlStatus::NotAssessed;
}

} // namespace

ControlVerdict ControlVerdict::combine(const ControlState& manual,
                                       const std::optional<ControlMeasurement>& measured)
{
    ControlVerdict v;
    v.control = manual.control;
    v.manual = manual;
    v.measured = measured;
    const std::optional<ControlStatus> m =
        measured ? std::optional<ControlStatus>(measured->status) : std::nullopt;
    v.shown = combined(manual.status, m);
    v.conflict = m
                 && ((manual.status == ControlStatus::Pass && *m == ControlStatus::Fail)
                     || (manual.status == ControlStatus::Fail && *m == ControlStatus::Pass));
    v.explanation =
        QCoreApplication::translate("Gatehouse::ControlVerdict", "manual %1 / measured %2 -> %3")
            .arg(controlStatusSlug(manual.status), m ? controlStatusSlug(*m) : u"none"_s,
                 controlStatusSlug(v.shown));
    return v;
}

QList<ControlVerdict> ControlVerdict::combineAll(const ReadinessChecklist& checklist,
                                                 const QMap<Control, ControlMeasurement>& measured)
{
    QList<ControlVerdict> all;
    for (int i = 0; i < ControlCount; ++i) {
        const Control c = Control(i);
        ControlState state = checklist.state(c);
        state.control = c;
        const auto it = measured.constFind(c);
        all.append(combine(state, it == measured.cend() ? std::nullopt
                                                        : std::optional<ControlMeasurement>(*it)));
    }
    return all;
}

Readiness ControlVerdict::readinessOf(const QList<ControlVerdict>& verdicts)
{
    const auto satisfied = std::count_if(verdicts.begin(), verdicts.end(), [](const auto& v) {
        return v.shown == ControlStatus::Pass || v.shown == ControlStatus::NotApplicable;
    });
    return readinessFor(int(satisfied));
}

Result<QMap<Control, ControlMeasurement>>
ControlVerdict::latestMeasured(const EvidenceStore& evidence, qint64 deploymentId)
{
    auto all = evidence.list(deploymentId);
    if (!all)
        return std::unexpected(all.error());
    QMap<Control, ControlMeasurement> latest;
    for (const Evidence& e : *all) {
        if (e.kind != EvidenceKind::Measured || e.source != "telemetry"_L1)
            continue;
        auto content = evidence.smallContent(e.id);
        if (!content)
            return std::unexpected(content.error());
        auto m = ControlMeasurement::fromJson(*content);
        if (!m)
            continue;
        m->evidenceId = e.id;
        if (!latest.contains(m->control) || latest[m->control].evidenceId < e.id)
            latest.insert(m->control, *m);
    }
    return latest;
}

} // namespace Gatehouse
