// Small helpers the evaluators share: one translation context, times from nanoseconds, and
// the bound on how many offending items a measurement lists.
#pragma once

#include "models/core/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace Gatehouse::Evaluation {

// A measurement lists this many offending items at most; the counts keep the full numbers.
inline constexpr int MaxOffending = 200;

// The translation context of the evaluators' messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::Evaluation)
};

inline QDateTime fromNs(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC);
}

inline QString isoFromNs(qint64 ns)
{
    return toIsoUtc(fromNs(ns));
}

inline void appendBounded(QJsonArray& items, const QJsonObject& item)
{
    if (items.size() < MaxOffending)
        items.append(item);
}

} // namespace Gatehouse::Evaluation
