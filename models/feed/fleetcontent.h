// What a simulated fleet serves, seen from the server: endpoints, their info and posture
// documents, and each endpoint's numbered event stream. The server knows nothing about OTLP.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Gatehouse {

struct EndpointDescription
{
    QString id;     // unique within the fleet, e.g. "gw-eu-1"
    QString kind;   // "tunnel-gateway" or "sandbox-host"
    QString region; // provider region code, e.g. "eu-central-1"
    QString version;
};

struct StreamEvent
{
    qint64 sequence = 0; // the SSE id: strictly increasing per endpoint, from 1
    QByteArray data;     // one OTLP/JSON export request on a single line
};

class FleetContent
{
public:
    virtual ~FleetContent() = default;

    virtual QList<EndpointDescription> endpoints() const = 0;
    // The JSON documents of GET /v1/info and GET /v1/posture for one endpoint.
    virtual QByteArray infoJson(const QString& endpointId) const = 0;
    virtual QByteArray postureJson(const QString& endpointId, const QDateTime& now) const = 0;
    // The endpoint's events with a sequence above afterSequence that are due at `now`, at most
    // maxCount of them, in sequence order. The same seed always yields the same events.
    virtual QList<StreamEvent> eventsAfter(const QString& endpointId, qint64 afterSequence,
                                           int maxCount, const QDateTime& now) const = 0;
};

} // namespace Gatehouse
