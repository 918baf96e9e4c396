// The JSON shape is the evidence format: keys use the shared slugs, times are ISO 8601 UTC.
#include "controlmeasurement.h"

#include "models/core/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Gatehouse {

using namespace Qt::StringLiterals;

ControlMeasurement ControlMeasurement::notAssessed(Control control, const QString& reason)
{
    ControlMeasurement m;
    m.control = control;
    m.reason = reason;
    return m;
}

ControlMeasurement ControlMeasurement::passed(Control control, const QString& reason,
                                              QJsonObject counts)
{
    ControlMeasurement m;
    m.control = control;
    m.status = ControlStatus::Pass;
    m.reason = reason;
    m.counts = std::move(counts);
    return m;
}

ControlMeasurement ControlMeasurement::failed(Control control, const QString& reason,
                                              QJsonObject counts, QJsonArray offending)
{
    ControlMeasurement m;
    m.control = control;
    m.status = ControlStatus::Fail;
    m.reason = reason;
    m.counts = std::move(counts);
    m.offending = std::move(offending);
    return m;
}

QJsonObject ControlMeasurement::toJsonObject() const
{
    return QJsonObject{
        {u"control"_s, controlSlug(control)},
        {u"status"_s, controlStatusSlug(status)},
        {u"reason"_s, reason},
        {u"counts"_s, counts},
        {u"offending"_s, offending},
        {u"details"_s, details},
        {u"period"_s, QJsonObject{{u"from"_s, toIsoUtc(from)}, {u"to"_s, toIsoUtc(to)}}},
        {u"measuredAt"_s, toIsoUtc(measuredAt)},
        {u"sources"_s, QJsonArray::fromStringList(sources)},
        {u"agents"_s, QJsonArray::fromStringList(agents)},
        {u"method"_s, u"gatehouse-telemetry/1"_s}};
}

QByteArray ControlMeasurement::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

Result<ControlMeasurement> ControlMeasurement::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto control = controlFromSlug(o.value("control"_L1).toString());
    const auto status = controlStatusFromSlug(o.value("status"_L1).toString());
    if (!control || !status)
        return fail(ErrorCode::Corrupt,
                    QCoreApplication::translate("Gatehouse::ControlMeasurement",
                                                "A measured snapshot names no known control or "
                                                "status; it was not written by this Gatehouse."));
    ControlMeasurement m;
    m.control = *control;
    m.status = *status;
    m.reason = o.value("reason"_L1).toString();
    m.counts = o.value("counts"_L1).toObject();
    m.offending = o.value("offending"_L1).toArray();
    m.details = o.value("details"_L1).toObject();
    const QJsonObject period = o.value("period"_L1).toObject();
    m.from = parseIsoUtc(period.value("from"_L1).toString());
    m.to = parseIsoUtc(period.value("to"_L1).toString());
    m.measuredAt = parseIsoUtc(o.value("measuredAt"_L1).toString());
    for (const QJsonValue& v : o.value("sources"_L1).toArray())
        m.sources.append(v.toString());
    for (const QJsonValue& v : o.value("agents"_L1).toArray())
        m.agents.append(v.toString());
    return m;
}

} // namespace Gatehouse
