// The median and scale come from BaselineAnalysis::detect, asked to score every hour (a negative
// threshold lets all through), so the charts and the anomaly-baselines control judge alike.
#include "minutebaseline.h"

#include <QMap>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 3'600'000;

int groupOf(qint64 hourMs, const QString& grouping)
{
    const qint64 hour = hourMs / HourMs;
    if (grouping == "hour-of-week"_L1)
        return int(hour % 168);
    return grouping == "hour-of-day"_L1 ? int(hour % 24) : 0;
}

double valueOf(const HourlyMetrics& hour, const QString& metric)
{
    if (metric == "calls"_L1)
        return double(hour.calls);
    if (metric == "tokens"_L1)
        return double(hour.tokensIn + hour.tokensOut);
    return metric == "durationP50Ms"_L1 ? hour.durationP50Ms : hour.durationP95Ms;
}

// Counts are zero in hours without calls; durations are unknown there, so left out.
QList<QPair<qint64, double>> seriesOf(const QMap<qint64, HourlyMetrics>& hours,
                                      const QString& metric)
{
    const bool counted = !metric.startsWith("duration"_L1);
    QList<QPair<qint64, double>> series;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
        while (counted && !series.isEmpty() && series.last().first + HourMs < it.key())
            series.append({series.last().first + HourMs, 0.0});
        if (counted || it->calls > 0)
            series.append({it.key(), valueOf(*it, metric)});
    }
    return series;
}

} // namespace

QStringList MinuteBaseline::metrics()
{
    return {u"calls"_s, u"tokens"_s, u"durationP50Ms"_s, u"durationP95Ms"_s};
}

MinuteBaseline MinuteBaseline::fromHourly(const QList<HourlyMetrics>& hourly, double threshold)
{
    MinuteBaseline baseline;
    baseline.m_threshold = threshold;
    baseline.m_coverageDays = BaselineAnalysis::fromHourly(hourly).coverageDays();
    QMap<qint64, HourlyMetrics> hours;
    for (const HourlyMetrics& hour : hourly) {
        if (hour.agent == BaselineAnalysis::AllAgents)
            hours.insert(hour.hourMs, hour);
    }
    for (const QString& metric : metrics())
        baseline.learn(metric, seriesOf(hours, metric));
    return baseline;
}

void MinuteBaseline::learn(const QString& metric, const QList<QPair<qint64, double>>& series)
{
    for (const Anomaly& scored :
         BaselineAnalysis::detect(BaselineAnalysis::AllAgents, metric, series, -1.0)) {
        m_grouping.insert(metric, scored.grouping);
        m_groups[metric].insert(groupOf(scored.hourMs, scored.grouping),
                                Group{scored.baseline, scored.scale});
    }
}

std::optional<QPointF> MinuteBaseline::band(const QString& metric, qint64 minuteMs) const
{
    const auto groups = m_groups.constFind(metric);
    if (groups == m_groups.constEnd())
        return std::nullopt;
    const auto group = groups->constFind(groupOf(minuteMs, m_grouping.value(metric)));
    if (group == groups->constEnd())
        return std::nullopt;
    const double perMinute = metric.startsWith("duration"_L1) ? 1.0 : 1.0 / 60.0;
    return QPointF(qMax(0.0, group->centre - m_threshold * group->scale) * perMinute,
                   (group->centre + m_threshold * group->scale) * perMinute);
}

std::pair<QList<QPointF>, QList<QPointF>> MinuteBaseline::edges(const QString& metric,
                                                                const QList<double>& xs) const
{
    QList<QPointF> lower;
    QList<QPointF> upper;
    if (!isUsable())
        return {};
    for (const double x : xs) {
        const auto range = band(metric, qint64(x));
        if (!range)
            return {};
        lower.append(QPointF(x, range->x()));
        upper.append(QPointF(x, range->y()));
    }
    return {lower, upper};
}

} // namespace Gatehouse
