// The source of "now" for everything that stamps or ages data, injected so that tests and the
// simulator are deterministic.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>

namespace Gatehouse {

class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC.
    virtual QDateTime now() const = 0;
    // How many of this clock's milliseconds pass in one real millisecond. A span that a peer or a
    // viewer keeps in real time (a source's cadence, how long a wall panel shows) is this many
    // times longer on the clock.
    virtual double speed() const { return 1.0; }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that only moves when told to. Tests move it while worker threads read it, so it locks.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);

    QDateTime now() const override;
    double speed() const override { return m_speed; }
    void set(QDateTime time);
    void advance(qint64 milliseconds);
    // Makes the clock claim a speed, for tests of code that converts real spans.
    void setSpeed(double speed) { m_speed = speed; }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
    double m_speed = 1.0;
};

// A clock that starts at the system time and then runs `factor` times faster, so that a demo shows
// a day of traffic, and everything that ages or buckets data by time lives through days, in an
// hour of real time. Safe to read from any thread.
class ScaledClock final : public Clock
{
public:
    explicit ScaledClock(double factor);

    QDateTime now() const override;
    double speed() const override { return m_factor; }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
    double m_factor;
};

// The ISO 8601 text with milliseconds and a Z that Gatehouse stores and prints.
QString toIsoUtc(const QDateTime& time);
// Accepts "YYYY-MM-DD" (midnight UTC) and ISO 8601 date-times; an invalid QDateTime otherwise.
QDateTime parseIsoUtc(const QString& text);

} // namespace Gatehouse
