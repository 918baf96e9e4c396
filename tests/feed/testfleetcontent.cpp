// Payloads are tiny OTLP/JSON log requests; the feed never looks inside them.
#include "testfleetcontent.h"

#include <QMutexLocker>

namespace Gatehouse::Testing {

TestFleetContent::TestFleetContent(QStringList endpointIds, qint64 eventCount)
    : m_ids(std::move(endpointIds))
    , m_eventCount(eventCount)
{
}

void TestFleetContent::setEventCount(qint64 count)
{
    QMutexLocker lock(&m_mutex);
    m_eventCount = count;
}

QByteArray TestFleetContent::payload(const QString& endpointId, qint64 sequence)
{
    return R"({"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":")"
           + endpointId.toUtf8() + R"("}}]},"scopeLogs":[{"logRecords":[{"body":{"intValue":")"
           + QByteArray::number(sequence) + R"("}}]}]}]})";
}

QList<EndpointDescription> TestFleetContent::endpoints() const
{
    QList<EndpointDescription> list;
    for (const QString& id : m_ids) {
        const bool sandbox = id.startsWith(u"sb");
        list.append({id,
                     sandbox ? QStringLiteral("sandbox-host") : QStringLiteral("tunnel-gateway"),
                     QStringLiteral("eu-central-1"), QStringLiteral("0.0-test")});
    }
    return list;
}

QByteArray TestFleetContent::infoJson(const QString& endpointId) const
{
    return R"({"id":")" + endpointId.toUtf8()
           + R"(","kind":"tunnel-gateway","version":"0.0-test","region":"eu-central-1"})";
}

QByteArray TestFleetContent::postureJson(const QString& endpointId, const QDateTime& now) const
{
    return R"({"id":")" + endpointId.toUtf8() + R"(","at":")" + now.toString(Qt::ISODate).toUtf8()
           + R"(","listeners":[]})";
}

QList<StreamEvent> TestFleetContent::eventsAfter(const QString& endpointId, qint64 afterSequence,
                                                 int maxCount, const QDateTime& now) const
{
    Q_UNUSED(now);
    qint64 last = 0;
    {
        QMutexLocker lock(&m_mutex);
        last = m_eventCount;
    }
    QList<StreamEvent> events;
    for (qint64 s = afterSequence + 1; s <= last && events.size() < maxCount; ++s)
        events.append(StreamEvent{s, payload(endpointId, s)});
    return events;
}

} // namespace Gatehouse::Testing
