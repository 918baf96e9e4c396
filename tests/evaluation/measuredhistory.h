// A deployment's history of stored measurements, written as the readiness evaluator writes them,
// and the full scan that once found the newest per control, kept as the reference to compare with.
#pragma once

#include "models/evaluation/controlmeasurement.h"
#include "models/evidence/evidencestore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace Gatehouse::TestSupport {

// A measurement of `control` as one evaluation at `at` stores it: a few counts and, when it
// fails, two offending items.
inline ControlMeasurement sampleMeasurement(Control control, int evaluation, const QDateTime& at)
{
    const QJsonObject counts{{QStringLiteral("calls"), 1200 + evaluation},
                             {QStringLiteral("evaluation"), evaluation}};
    ControlMeasurement m =
        (evaluation + int(control)) % 3 == 0
            ? ControlMeasurement::failed(
                control, QStringLiteral("2 calls broke the rule"), counts,
                QJsonArray{QJsonObject{{QStringLiteral("agent"), QStringLiteral("agt-a")}},
                           QJsonObject{{QStringLiteral("agent"), QStringLiteral("agt-b")}}})
            : ControlMeasurement::passed(control, QStringLiteral("every call kept the rule"),
                                         counts);
    m.from = at.addDays(-7);
    m.to = at;
    m.measuredAt = at;
    m.sources = {QStringLiteral("gw-1")};
    m.agents = {QStringLiteral("agt-a"), QStringLiteral("agt-b")};
    return m;
}

// Stores the measurement as measured evidence, the way ReadinessEvaluator does.
inline qint64 storeMeasurement(EvidenceStore& store, qint64 deploymentId,
                               const ControlMeasurement& m,
                               const QString& source = QStringLiteral("telemetry"))
{
    EvidenceStore::NewEvidence request;
    request.deploymentId = deploymentId;
    request.control = m.control;
    request.source = source;
    request.collectedAt = m.measuredAt;
    request.title = QStringLiteral("Measured %1").arg(controlSlug(m.control));
    auto added = store.addMeasured(request, m.toJson(), QStringLiteral("evaluator"));
    if (!added)
        qFatal("cannot store a measurement: %s", qPrintable(added.error().message));
    return added->id;
}

// Reads every measured item of the deployment and keeps the newest per control.
inline QMap<Control, ControlMeasurement> scanLatestMeasured(const EvidenceStore& store,
                                                            qint64 deploymentId)
{
    auto all = store.list(deploymentId);
    if (!all)
        qFatal("cannot list evidence: %s", qPrintable(all.error().message));
    QMap<Control, ControlMeasurement> latest;
    for (const Evidence& e : *all) {
        if (e.kind != EvidenceKind::Measured || e.source != QLatin1StringView("telemetry"))
            continue;
        auto m = ControlMeasurement::fromJson(store.smallContent(e.id).value_or(QByteArray()));
        if (!m)
            continue;
        m->evidenceId = e.id;
        if (!latest.contains(m->control) || latest[m->control].evidenceId < e.id)
            latest.insert(m->control, *m);
    }
    return latest;
}

} // namespace Gatehouse::TestSupport
