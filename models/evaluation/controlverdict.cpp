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

// The measurement stored in `e`, or nothing when its snapshot was not written by Gatehouse for
// that control.
Result<std::optional<ControlMeasurement>> measurementOf(const EvidenceStore& evidence,
                                                        const Evidence& e)
{
    auto content = evidence.smallContent(e.id);
    if (!content)
        return std::unexpected(content.error());
    auto m = ControlMeasurement::fromJson(*content);
    if (!m || m->control != e.control)
        return std::optional<ControlMeasurement>();
    m->evidenceId = e.id;
    return std::optional<ControlMeasurement>(*m);
}

// Only when the newest snapshot of a control is unreadable: the newest readable one before it.
Result<std::optional<ControlMeasurement>> olderMeasurement(const EvidenceStore& evidence,
                                                           const Evidence& unreadable)
{
    auto all = evidence.list(unreadable.deploymentId, unreadable.control);
    if (!all)
        return std::unexpected(all.error());
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->id >= unreadable.id || it->kind != unreadable.kind
            || it->source != unreadable.source)
            continue;
        auto m = measurementOf(evidence, *it);
        if (!m || *m)
            return m;
    }
    return std::optional<ControlMeasurement>();
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
    auto newest = evidence.newestPerControl(deploymentId, EvidenceKind::Measured, u"telemetry"_s);
    if (!newest)
        return std::unexpected(newest.error());
    QMap<Control, ControlMeasurement> latest;
    for (const Evidence& e : std::as_const(*newest)) {
        auto m = measurementOf(evidence, e);
        if (m && !*m)
            m = olderMeasurement(evidence, e);
        if (!m)
            return std::unexpected(m.error());
        if (*m)
            latest.insert(e.control, **m);
    }
    return latest;
}

} // namespace Gatehouse
