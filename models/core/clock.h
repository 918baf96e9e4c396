// The source of "now" for everything that stamps or ages data, injected so that tests and the
// simulator are deterministic.
#pragma once

#include <QDateTime>

namespace Gatehouse {

class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);

    QDateTime now() const override;
    void set(QDateTime time);
    void advance(qint64 milliseconds);

private:
    QDateTime m_now;
};

// The ISO 8601 text with milliseconds and a Z that Gatehouse stores and prints.
QString toIsoUtc(const QDateTime& time);
// Accepts "YYYY-MM-DD" (midnight UTC) and ISO 8601 date-times; an invalid QDateTime otherwise.
QDateTime parseIsoUtc(const QString& text);

} // namespace Gatehouse
