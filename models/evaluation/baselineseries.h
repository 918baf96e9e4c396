// What the baseline chart draws for one subject (the deployment or one agent) and one metric:
// the hourly values, the band the robust rule accepts around each hour's baseline, and the
// hours outside it.
#pragma once

#include "baselineanalysis.h"

#include <QCoreApplication>
#include <QPointF>

namespace Gatehouse {

struct BaselineSeries
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::BaselineSeries)

public:
    // x: Unix milliseconds of the hour's start.
    QList<QPointF> points;
    // At every point's x: baseline -/+ threshold x scale (never below zero), closed onto the
    // value where the hour has no baseline; empty when no hour has one.
    QList<QPointF> lower;
    QList<QPointF> upper;
    QList<QPointF> anomalies;

    static BaselineSeries of(const BaselineAnalysis& analysis, const QString& agent,
                             const QString& metric,
                             double threshold = BaselineAnalysis::DefaultThreshold);
    // The metric keys BaselineAnalysis uses, in chooser order, and their titles.
    static QStringList metrics();
    static QString metricTitle(const QString& metric);
};

} // namespace Gatehouse
