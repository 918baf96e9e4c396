// Every accessor takes the lock because the feed may run in its own thread.
#include "recordingsink.h"

#include <QMutexLocker>

namespace Gatehouse::Testing {

void RecordingSink::submitEvent(const QString& sourceId, qint64 sequence, const QByteArray& payload)
{
    QMutexLocker lock(&m_mutex);
    ++m_deliveries[sourceId][sequence];
    ++m_events;
    if (m_payloads.size() < 1000)
        m_payloads.append(payload);
}

void RecordingSink::submitGap(const QString& sourceId, qint64 fromSequence, qint64 toSequence)
{
    QMutexLocker lock(&m_mutex);
    m_gaps[sourceId].append({fromSequence, toSequence});
}

void RecordingSink::submitPosture(const QString& sourceId, const QByteArray& postureJson,
                                  const QDateTime& at)
{
    Q_UNUSED(sourceId);
    Q_UNUSED(postureJson);
    Q_UNUSED(at);
    QMutexLocker lock(&m_mutex);
    ++m_postures;
}

void RecordingSink::submitReject(const QString& sourceId, qint64 sequence, const QString& reason)
{
    Q_UNUSED(sourceId);
    Q_UNUSED(sequence);
    Q_UNUSED(reason);
    QMutexLocker lock(&m_mutex);
    ++m_rejects;
}

QHash<qint64, int> RecordingSink::deliveries(const QString& sourceId) const
{
    QMutexLocker lock(&m_mutex);
    return m_deliveries.value(sourceId);
}

qint64 RecordingSink::eventCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_events;
}

QList<QPair<qint64, qint64>> RecordingSink::gaps(const QString& sourceId) const
{
    QMutexLocker lock(&m_mutex);
    return m_gaps.value(sourceId);
}

int RecordingSink::postureCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_postures;
}

int RecordingSink::rejectCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_rejects;
}

QList<QByteArray> RecordingSink::payloads() const
{
    QMutexLocker lock(&m_mutex);
    return m_payloads;
}

} // namespace Gatehouse::Testing
