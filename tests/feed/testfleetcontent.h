// A small, predictable fleet for the feed tests: a few endpoints whose events are all due at
// once, numbered 1..N, with payloads that name their endpoint and sequence.
#pragma once

#include "models/feed/fleetcontent.h"

#include <QHash>
#include <QMutex>

namespace Gatehouse::Testing {

class TestFleetContent : public FleetContent
{
public:
    explicit TestFleetContent(QStringList endpointIds = {QStringLiteral("gw-test-1")},
                              qint64 eventCount = 100);

    void setEventCount(qint64 count);
    static QByteArray payload(const QString& endpointId, qint64 sequence);

    QList<EndpointDescription> endpoints() const override;
    QByteArray infoJson(const QString& endpointId) const override;
    QByteArray postureJson(const QString& endpointId, const QDateTime& now) const override;
    QList<StreamEvent> eventsAfter(const QString& endpointId, qint64 afterSequence, int maxCount,
                                   const QDateTime& now) const override;

private:
    QStringList m_ids;
    mutable QMutex m_mutex;
    qint64 m_eventCount;
};

} // namespace Gatehouse::Testing
