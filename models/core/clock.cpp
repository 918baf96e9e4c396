// System, manual and scaled clocks, and the one timestamp format of the workspace.
#include "clock.h"

#include <QTimeZone>

namespace Gatehouse {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{
}

QDateTime ManualClock::now() const
{
    const QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(QDateTime time)
{
    const QMutexLocker lock(&m_mutex);
    m_now = time.toUTC();
}

void ManualClock::advance(qint64 milliseconds)
{
    const QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(milliseconds);
}

ScaledClock::ScaledClock(double factor)
    : m_start(QDateTime::currentDateTimeUtc())
    , m_factor(factor)
{
    m_elapsed.start();
}

QDateTime ScaledClock::now() const
{
    const double scaledMs = double(m_elapsed.nsecsElapsed()) * m_factor / 1e6;
    return m_start.addMSecs(qint64(scaledMs));
}

QString toIsoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIsoUtc(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime && !trimmed.contains(u'+') && !trimmed.endsWith(u'Z'))
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

} // namespace Gatehouse
