// What an evaluator measured for one control over one period: the status, a one-line reason,
// the counts behind it and the offending items. Stored as JSON evidence, read back for display.
#pragma once

#include "models/assessment/readiness.h"
#include "models/core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Gatehouse {

struct ControlMeasurement
{
    Control control = Control::ServiceIdentity;
    ControlStatus status = ControlStatus::NotAssessed; // pass, fail or not-assessed only
    QString reason;                                    // one line, translated
    QJsonObject counts;   // e.g. {"calls": 1200, "sharedCredentials": 1}
    QJsonArray offending; // one object an offending item, keys named per control
    QJsonObject details;  // control-specific extras (drills, anomalies, due date)

    // Set by the runner.
    QDateTime from;
    QDateTime to;
    QDateTime measuredAt;
    QStringList sources;
    QStringList agents;
    qint64 evidenceId = 0; // once stored

    static ControlMeasurement notAssessed(Control control, const QString& reason);
    static ControlMeasurement passed(Control control, const QString& reason, QJsonObject counts);
    static ControlMeasurement failed(Control control, const QString& reason, QJsonObject counts,
                                     QJsonArray offending);

    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
    static Result<ControlMeasurement> fromJson(const QByteArray& json);
};

} // namespace Gatehouse
