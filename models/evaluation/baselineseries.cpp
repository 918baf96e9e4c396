// A negative threshold makes BaselineAnalysis::detect report every hour it can score with its
// baseline and scale, which is the band; the anomalies are the hours beyond the real threshold.
#include "baselineseries.h"

#include <QHash>

#include <cmath>

namespace Gatehouse {

using namespace Qt::StringLiterals;

BaselineSeries BaselineSeries::of(const BaselineAnalysis& analysis, const QString& agent,
                                  const QString& metric, double threshold)
{
    BaselineSeries s;
    const auto series = analysis.series(agent, metric);
    QHash<qint64, Anomaly> scored;
    for (const Anomaly& a : BaselineAnalysis::detect(agent, metric, series, -1))
        scored.insert(a.hourMs, a);
    for (const auto& [hour, value] : series) {
        const double x = double(hour);
        s.points.append(QPointF(x, value));
        const auto it = scored.constFind(hour);
        // An area cannot have holes: where an hour has no baseline (too few samples, or all its
        // group's values equal), the band closes onto the value.
        if (it == scored.cend()) {
            s.lower.append(QPointF(x, value));
            s.upper.append(QPointF(x, value));
            continue;
        }
        s.lower.append(QPointF(x, qMax(0.0, it->baseline - threshold * it->scale)));
        s.upper.append(QPointF(x, it->baseline + threshold * it->scale));
        if (std::abs(it->score) > threshold)
            s.anomalies.append(QPointF(x, value));
    }
    if (scored.isEmpty()) {
        s.lower.clear();
        s.upper.clear();
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
