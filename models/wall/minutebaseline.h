// The band a live chart draws behind a minute's value: the hourly baseline of the anomaly
// analysis (median and robust scale of the hour's group, by hour of week, hour of day or
// overall) scaled to a minute. Only where the archive holds enough history; none otherwise.
#pragma once

#include "models/evaluation/baselineanalysis.h"

#include <QHash>
#include <QPointF>

#include <optional>

namespace Gatehouse {

class MinuteBaseline
{
public:
    // The chart metrics that have a baseline; rejects have none.
    static QStringList metrics();
    // At least this much history (hours with calls, over 24) before a band is drawn.
    static constexpr double MinimumCoverageDays = 1.0;

    // The scope's hourly metrics (agent BaselineAnalysis::AllAgents), oldest first or not.
    static MinuteBaseline fromHourly(const QList<HourlyMetrics>& hourly,
                                     double threshold = BaselineAnalysis::DefaultThreshold);

    double coverageDays() const { return m_coverageDays; }
    bool isUsable() const { return m_coverageDays >= MinimumCoverageDays && !m_groups.isEmpty(); }
    // The accepted range of a metric in the minute starting at minuteMs, in per-minute units
    // for counts; nullopt where the hour's group has too little history.
    std::optional<QPointF> band(const QString& metric, qint64 minuteMs) const;
    // The band's edges at each x (Unix ms); both empty unless every x has a band.
    std::pair<QList<QPointF>, QList<QPointF>> edges(const QString& metric,
                                                    const QList<double>& xs) const;

private:
    struct Group
    {
        double centre = 0;
        double scale = 0;
    };
    void learn(const QString& metric, const QList<QPair<qint64, double>>& series);

    double m_threshold = BaselineAnalysis::DefaultThreshold;
    double m_coverageDays = 0;
    QHash<QString, QString> m_grouping;         // metric -> grouping
    QHash<QString, QHash<int, Group>> m_groups; // metric -> group -> baseline
};

} // namespace Gatehouse
