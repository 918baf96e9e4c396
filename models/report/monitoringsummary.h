// What the captured telemetry says about a deployment over the report's period. Empty until
// telemetry exists for the period; the report then says so instead of showing zeros.
#pragma once

#include <QList>
#include <QString>

namespace Gatehouse {

struct MonitoringSummary
{
    // One measured figure: "Tool calls", "12,408", "30-day baseline 11,900".
    struct Figure
    {
        QString label;
        QString value;
        QString note;
    };
    // Something the period's telemetry shows that a reader must look at.
    struct Finding
    {
        QString area; // e.g. "residency", "attribution", "anomaly", "kill-switch"
        QString detail;
    };

    QList<Figure> figures;
    QList<Finding> findings;
    // TODO: the region map and the call-volume charts as vector drawings - the report shows the
    // figures as a table only - when the telemetry capability exposes its series to models/.

    bool isEmpty() const { return figures.isEmpty() && findings.isEmpty(); }
};

} // namespace Gatehouse
