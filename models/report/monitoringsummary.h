// What the captured telemetry says about a deployment over the report's period: figures,
// findings, the calls per day and the data-to-compute region flows the report draws. Empty until
// telemetry exists for the period; the report then says so instead of showing zeros.
#pragma once

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>

#include <algorithm>

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
    // The calls of one UTC day, with the baseline band of that day when one exists.
    struct Day
    {
        QDate date;
        qint64 calls = 0;
        bool partial = false; // the period covers only part of the day
        bool hasBaseline = false;
        double baselineLow = 0;
        double baselineHigh = 0;
    };
    // Calls whose data rests in one region and were computed in another (or the same).
    struct Flow
    {
        QString dataRegion;
        QString computeRegion;
        QPointF dataAt; // longitude, latitude
        QPointF computeAt;
        qint64 calls = 0;
        bool crossesJurisdiction = false;
        bool allowedByRule = false; // a transfer rule allows the crossing
    };

    QList<Figure> figures;
    QList<Finding> findings;
    QList<Day> days;   // every day of the period, in order
    QList<Flow> flows; // known regions only, most calls first
    // Set when the period starts before the oldest call the archive's retention kept, so a
    // reader does not take the missing days for days without calls.
    QString retentionNote;

    bool isEmpty() const { return figures.isEmpty() && findings.isEmpty(); }
    bool hasBaseline() const
    {
        return std::any_of(days.begin(), days.end(), [](const Day& d) { return d.hasBaseline; });
    }
};

} // namespace Gatehouse
