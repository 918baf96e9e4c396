// A negative threshold makes BaselineAnalysis::detect report every hour with its baseline and
// scale, which is exactly the band; the anomalies are the hours beyond the real threshold.
#include "baselineseries.h"

#include <cmath>

namespace Gatehouse {

using namespace Qt::StringLiterals;

BaselineSeries BaselineSeries::of(const BaselineAnalysis& analysis, const QString& agent,
                                  const QString& metric, double threshold)
{
    BaselineSeries s;
    const auto series = analysis.series(agent, metric);
    for (const auto& [hour, value] : series)
        s.points.append(QPointF(double(hour), value));
    for (const Anomaly& a : BaselineAnalysis::detect(agent, metric, series, -1)) {
        const double x = double(a.hourMs);
        s.lower.append(QPointF(x, qMax(0.0, a.baseline - threshold * a.scale)));
        s.upper.append(QPointF(x, a.baseline + threshold * a.scale));
        if (std::abs(a.score) > threshold)
            s.anomalies.append(QPointF(x, a.value));
    }
    return s;
}

QStringList BaselineSeries::metrics()
{
    return {u"calls"_s, u"tokensIn"_s, u"tokensOut"_s, u"durationP50Ms"_s, u"durationP95Ms"_s};
}

QString BaselineSeries::metricTitle(const QString& metric)
{
    if (metric == "calls"_L1)
        return tr("Tool calls");
    if (metric == "tokensIn"_L1)
        return tr("Tokens in");
    if (metric == "tokensOut"_L1)
        return tr("Tokens out");
    if (metric == "durationP50Ms"_L1)
        return tr("Duration p50 (ms)");
    if (metric == "durationP95Ms"_L1)
        return tr("Duration p95 (ms)");
    return metric;
}

} // namespace Gatehouse
