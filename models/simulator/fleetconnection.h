// One client connection to the simulated fleet: reads a request head, answers a document or an
// error and closes, or keeps writing an event stream with heartbeats and the planned faults.
#pragma once

#include "models/feed/fleetcontent.h"
#include "models/simulator/httprequesthead.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace Gatehouse {

class FleetServer;

class FleetConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of socket.
    FleetConnection(QTcpSocket* socket, FleetServer& server);
    ~FleetConnection() override;

    bool isStreaming() const { return m_streaming; }
    void drop();

private:
    void onReadyRead();
    void handle(const HttpRequestHead& request);
    void respond(int status, const QByteArray& contentType, const QByteArray& body,
                 const QByteArray& extraHeaders = {});
    void startStream(const QString& endpointId, const HttpRequestHead& request);
    void onTick();
    void onHeartbeat();
    void emitEvent(const StreamEvent& event);
    void writeFrame(const StreamEvent& event);
    void writeJunk(qint64 sequence);
    bool writeEndless();
    void write(const QByteArray& bytes);
    void close();

    QTcpSocket* m_socket;
    FleetServer& m_server;
    QByteArray m_head;
    bool m_handled = false;
    bool m_streaming = false;
    bool m_closing = false;
    QString m_endpointId;
    qint64 m_fetchedUpTo = 0;
    qint64 m_writtenOnConnection = 0;
    qint64 m_endlessLeft = 0;
    std::optional<StreamEvent> m_held;
    QTimer m_tick;
    QTimer m_heartbeat;
};

} // namespace Gatehouse
