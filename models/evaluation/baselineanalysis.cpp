// The median and MAD ignore a few wild hours, where a mean and standard deviation would be
// dragged towards them; grouping by hour of week keeps the Monday-morning peak from looking odd.
#include "baselineanalysis.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr int MinGroupSamples = 3;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    const qsizetype k =
        qMin(values.size() - 1, qsizetype(std::ceil(p * double(values.size()))) - 1);
    std::nth_element(values.begin(), values.begin() + qMax<qsizetype>(0, k), values.end());
    return values[qMax<qsizetype>(0, k)];
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    const qsizetype mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + mid, values.end());
    double m = values[mid];
    if (values.size() % 2 == 0)
        m = (m + *std::max_element(values.begin(), values.begin() + mid)) / 2;
    return m;
}

// 1.4826 x MAD, or 1.2533 x mean absolute deviation when more than half the values are equal.
double robustScale(const QList<double>& values, double centre)
{
    QList<double> deviations;
    double sum = 0;
    for (const double v : values) {
        deviations.append(std::abs(v - centre));
        sum += std::abs(v - centre);
    }
    const double mad = 1.4826 * median(deviations);
    return mad > 0 ? mad : 1.2533 * sum / double(qMax<qsizetype>(1, values.size()));
}

struct Accumulator
{
    qint64 calls = 0, tokensIn = 0, tokensOut = 0;
    QList<double> durationsMs;
};

HourlyMetrics finish(const QString& agent, qint64 hourMs, const Accumulator& a)
{
    return {agent,
            hourMs,
            a.calls,
            a.tokensIn,
            a.tokensOut,
            percentile(a.durationsMs, 0.5),
            percentile(a.durationsMs, 0.95)};
}

double metricOf(const HourlyMetrics& h, const QString& metric)
{
    if (metric == "calls"_L1)
        return double(h.calls);
    if (metric == "tokensIn"_L1)
        return double(h.tokensIn);
    if (metric == "tokensOut"_L1)
        return double(h.tokensOut);
    return metric == "durationP50Ms"_L1 ? h.durationP50Ms : h.durationP95Ms;
}

int groupOf(qint64 hourMs, const QString& grouping)
{
    const qint64 hour = hourMs / HourMs;
    if (grouping == "hour-of-week"_L1)
        return int(hour % 168);
    return grouping == "hour-of-day"_L1 ? int(hour % 24) : 0;
}

} // namespace

Result<BaselineAnalysis> BaselineAnalysis::load(const EvaluationInput& input)
{
    auto q = input.select(u"telemetry_call"_s,
                          u"agent_id, start_ns / 3600000000000, tokens_in, tokens_out,"
                          " duration_ns"_s);
    if (!q)
        return std::unexpected(q.error());
    QMap<QPair<QString, qint64>, Accumulator> hours;
    while (q->next()) {
        const qint64 hour = q->value(1).toLongLong() * HourMs;
        for (const QString& agent : {q->value(0).toString(), AllAgents}) {
            Accumulator& a = hours[{agent, hour}];
            ++a.calls;
            a.tokensIn += qMax<qint64>(0, q->value(2).toLongLong());
            a.tokensOut += qMax<qint64>(0, q->value(3).toLongLong());
            a.durationsMs.append(double(q->value(4).toLongLong()) / 1e6);
        }
    }
    QList<HourlyMetrics> hourly;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        hourly.append(finish(it.key().first, it.key().second, it.value()));
    return fromHourly(std::move(hourly));
}

BaselineAnalysis BaselineAnalysis::fromHourly(QList<HourlyMetrics> hourly)
{
    std::sort(hourly.begin(), hourly.end(), [](const HourlyMetrics& a, const HourlyMetrics& b) {
        return a.agent != b.agent ? a.agent < b.agent : a.hourMs < b.hourMs;
    });
    BaselineAnalysis analysis;
    analysis.m_hourly = std::move(hourly);
    return analysis;
}

double BaselineAnalysis::coverageDays() const
{
    qint64 hours = 0;
    for (const HourlyMetrics& h : m_hourly)
        hours += h.agent == AllAgents && h.calls > 0;
    return double(hours) / 24.0;
}

QStringList BaselineAnalysis::agents() const
{
    QStringList all;
    for (const HourlyMetrics& h : m_hourly) {
        if (all.isEmpty() || all.last() != h.agent)
            all.append(h.agent);
    }
    return all;
}

QList<QPair<qint64, double>> BaselineAnalysis::series(const QString& agent,
                                                      const QString& metric) const
{
    // Counts are zero in an hour without calls; durations are unknown there, so left out.
    const bool counted = !metric.startsWith("duration"_L1);
    QList<QPair<qint64, double>> points;
    for (const HourlyMetrics& h : m_hourly) {
        if (h.agent != agent)
            continue;
        while (counted && !points.isEmpty() && points.last().first + HourMs < h.hourMs)
            points.append({points.last().first + HourMs, 0.0});
        points.append({h.hourMs, metricOf(h, metric)});
    }
    return points;
}

QList<Anomaly> BaselineAnalysis::detect(const QString& agent, const QString& metric,
                                        const QList<QPair<qint64, double>>& series,
                                        double threshold)
{
    if (series.size() < MinGroupSamples * 2)
        return {};
    const qint64 spanHours = (series.last().first - series.first().first) / HourMs + 1;
    const QString grouping = spanHours >= 3 * 168  ? u"hour-of-week"_s
                             : spanHours >= 3 * 24 ? u"hour-of-day"_s
                                                   : u"overall"_s;
    QHash<int, QList<double>> groups;
    for (const auto& [hour, value] : series)
        groups[groupOf(hour, grouping)].append(value);
    QList<Anomaly> found;
    for (const auto& [hour, value] : series) {
        const QList<double>& group = groups[groupOf(hour, grouping)];
        if (group.size() < MinGroupSamples)
            continue;
        const double centre = median(group);
        const double scale = robustScale(group, centre);
        if (scale <= 0)
            continue;
        const double score = (value - centre) / scale;
        if (std::abs(score) > threshold)
            found.append({agent, metric, hour, value, centre, scale, score, grouping});
    }
    return found;
}

QList<Anomaly> BaselineAnalysis::anomalies(double threshold) const
{
    static const QStringList metrics = {u"calls"_s, u"tokensIn"_s, u"tokensOut"_s,
                                        u"durationP50Ms"_s, u"durationP95Ms"_s};
    QList<Anomaly> all;
    for (const QString& agent : agents()) {
        for (const QString& metric : metrics)
            all.append(detect(agent, metric, series(agent, metric), threshold));
    }
    std::sort(all.begin(), all.end(), [](const Anomaly& a, const Anomaly& b) {
        return std::abs(a.score) > std::abs(b.score);
    });
    return all;
}

} // namespace Gatehouse
