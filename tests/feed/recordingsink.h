// An IngestSink for tests that keeps everything it is handed, safe to call from the feed thread.
#pragma once

#include "models/feed/ingestsink.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>

namespace Gatehouse::Testing {

class RecordingSink : public IngestSink
{
public:
    void submitEvent(const QString& sourceId, qint64 sequence, const QByteArray& payload) override;
    void submitGap(const QString& sourceId, qint64 fromSequence, qint64 toSequence) override;
    void submitPosture(const QString& sourceId, const QByteArray& postureJson,
                       const QDateTime& at) override;
    void submitReject(const QString& sourceId, qint64 sequence, const QString& reason) override;

    // How many times each sequence arrived for one source.
    QHash<qint64, int> deliveries(const QString& sourceId) const;
    qint64 eventCount() const;
    QList<QPair<qint64, qint64>> gaps(const QString& sourceId) const;
    int postureCount() const;
    int rejectCount() const;
    QList<QByteArray> payloads() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QHash<qint64, int>> m_deliveries;
    QHash<QString, QList<QPair<qint64, qint64>>> m_gaps;
    QList<QByteArray> m_payloads;
    qint64 m_events = 0;
    int m_postures = 0;
    int m_rejects = 0;
};

} // namespace Gatehouse::Testing
