// Hourly metrics of a deployment and of each of its agents (tool calls, tokens in and out, call
// duration p50 and p95), the archive's coverage in days, and the hours that depart from the
// baseline by a robust rule: distance from the median in units of the scaled median absolute
// deviation, per hour of the week once three weeks exist, else per hour of the day, else overall.
#pragma once

#include "evaluationinput.h"

#include <QList>
#include <QPair>

namespace Gatehouse {

struct HourlyMetrics
{
    QString agent;     // BaselineAnalysis::AllAgents for the deployment as a whole
    qint64 hourMs = 0; // start of the hour, Unix milliseconds
    qint64 calls = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    double durationP50Ms = 0;
    double durationP95Ms = 0;
};

struct Anomaly
{
    QString agent;
    QString metric; // "calls", "tokensIn", "tokensOut", "durationP50Ms", "durationP95Ms"
    qint64 hourMs = 0;
    double value = 0;
    double baseline = 0; // the median of the hour's group
    double scale = 0;    // 1.4826 x MAD of the group
    double score = 0;    // (value - baseline) / scale
    QString grouping;    // "hour-of-week", "hour-of-day" or "overall"
};

class BaselineAnalysis
{
public:
    static inline const QString AllAgents = QStringLiteral("*");
    // Scores beyond this are anomalies; 3.5 is the usual cut for the modified z-score.
    static constexpr double DefaultThreshold = 3.5;

    static Result<BaselineAnalysis> load(const EvaluationInput& input);
    static BaselineAnalysis fromHourly(QList<HourlyMetrics> hourly);

    // Hours with at least one call, over 24.
    double coverageDays() const;
    const QList<HourlyMetrics>& hourly() const { return m_hourly; }
    QStringList agents() const;
    // The deployment's and every agent's anomalies, largest first.
    QList<Anomaly> anomalies(double threshold = DefaultThreshold) const;

    // One metric's series of (hour, value), in hour order.
    static QList<Anomaly> detect(const QString& agent, const QString& metric,
                                 const QList<QPair<qint64, double>>& series, double threshold);
    // One agent's (or AllAgents') metric by hour; counts are zero in hours without calls.
    QList<QPair<qint64, double>> series(const QString& agent, const QString& metric) const;

private:
    QList<HourlyMetrics> m_hourly; // by agent, then hour
};

} // namespace Gatehouse
