// The simulated fleet on loopback: one HTTPS port, one path prefix per endpoint
// (https://127.0.0.1:PORT/<endpoint-id>/v1/...), serving whatever a FleetContent holds.
#pragma once

#include "models/core/clock.h"
#include "models/core/error.h"
#include "models/feed/fleetcontent.h"
#include "models/simulator/fleetserversettings.h"
#include "models/simulator/recordedrequest.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>

class QTcpServer;

namespace Gatehouse {

class FleetConnection;
struct HttpRequestHead;

class FleetServer : public QObject
{
    Q_OBJECT

public:
    // content and clock must outlive the server.
    FleetServer(const FleetContent& content, const Clock& clock, FleetServerSettings settings,
                QObject* parent = nullptr);
    ~FleetServer() override;

    Result<void> listen();
    quint16 port() const;
    // The base URL a client is given for one endpoint.
    QUrl endpointUrl(const QString& endpointId) const;
    QUrl metricsUrl() const;

    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    qint64 eventsWritten(const QString& endpointId) const
    {
        return m_eventsWritten.value(endpointId);
    }
    int openStreams() const;
    // Closes every open event stream at once, as a network failure would.
    void dropAllStreams();

    // Used by the connections.
    const FleetContent& content() const { return m_content; }
    const Clock& clock() const { return m_clock; }
    const FleetServerSettings& settings() const { return m_settings; }
    void countEventWritten(const QString& endpointId) { ++m_eventsWritten[endpointId]; }
    void record(RecordedRequest request);
    // The endpoint a path names and the resource below it ("info", "posture", "events"), or an
    // empty id when the path names none.
    QPair<QString, QByteArray> route(const QByteArray& path) const;
    bool authorized(const HttpRequestHead& request) const;
    QByteArray metricsText() const;

private:
    void onNewConnection();

    const FleetContent& m_content;
    const Clock& m_clock;
    FleetServerSettings m_settings;
    std::unique_ptr<QTcpServer> m_server;
    QList<RecordedRequest> m_requests;
    QHash<QString, qint64> m_eventsWritten;
    qint64 m_rejectedMethods = 0;
    qint64 m_unauthorized = 0;
    qint64 m_requestCount = 0;
};

} // namespace Gatehouse
