// Streams are close-delimited HTTP/1.1 bodies: no chunked encoding, the end of the connection
// ends the stream, which is how a dropped connection looks to the client as well.
#include "fleetconnection.h"

#include "models/simulator/fleetserver.h"

#include <QTcpSocket>

namespace Gatehouse {

namespace {

constexpr qsizetype MaxHeadBytes = 16 * 1024;
constexpr qint64 MaxQueuedBytes = 1024 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Error";
    }
}

} // namespace

FleetConnection::FleetConnection(QTcpSocket* socket, FleetServer& server)
    : QObject(&server)
    , m_socket(socket)
    , m_server(server)
    , m_tick(this)
    , m_heartbeat(this)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &FleetConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(&m_tick, &QTimer::timeout, this, &FleetConnection::onTick);
    connect(&m_heartbeat, &QTimer::timeout, this, &FleetConnection::onHeartbeat);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &FleetConnection::onReadyRead, Qt::QueuedConnection);
}

FleetConnection::~FleetConnection() = default;

void FleetConnection::drop()
{
    m_closing = true;
    m_tick.stop();
    m_heartbeat.stop();
    m_socket->abort();
    deleteLater();
}

void FleetConnection::close()
{
    m_closing = true;
    m_tick.stop();
    m_heartbeat.stop();
    m_socket->disconnectFromHost();
}

void FleetConnection::write(const QByteArray& bytes)
{
    if (!m_closing)
        m_socket->write(bytes);
}

void FleetConnection::onReadyRead()
{
    if (m_handled) {
        m_socket->readAll();
        return;
    }
    m_head += m_socket->read(MaxHeadBytes + 1 - m_head.size());
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0 && m_head.size() <= MaxHeadBytes)
        return;
    m_handled = true;
    const auto request = end < 0 ? std::nullopt : HttpRequestHead::parse(m_head.first(end));
    if (!request) {
        RecordedRequest recorded;
        recorded.method = m_head.left(16);
        recorded.status = 400;
        recorded.at = m_server.clock().now();
        m_server.record(recorded);
        respond(400, "text/plain", "not an HTTP/1.1 request head\n");
        return;
    }
    handle(*request);
}

void FleetConnection::handle(const HttpRequestHead& request)
{
    RecordedRequest recorded;
    recorded.method = request.method;
    recorded.target = request.target;
    recorded.lastEventId = request.header("Last-Event-ID");
    recorded.authorized = m_server.authorized(request);
    recorded.at = m_server.clock().now();
    for (const auto& [name, value] : request.headers) {
        const bool secret = QByteArrayView(name).compare("Authorization", Qt::CaseInsensitive) == 0;
        recorded.headers.append({name, secret ? QByteArray("<redacted>") : value});
    }
    const auto [endpointId, resource] = m_server.route(request.path);
    const bool metrics = request.path == "/metrics" && m_server.settings().serveMetrics;
    if (request.method != "GET")
        recorded.status = 405;
    else if (endpointId.isEmpty() && !metrics)
        recorded.status = 404;
    else if (!recorded.authorized)
        recorded.status = 401;
    else
        recorded.status = 200;
    m_server.record(recorded);

    const QDateTime now = m_server.clock().now();
    if (recorded.status == 405)
        respond(405, "text/plain", "this server only answers GET\n", "Allow: GET\r\n");
    else if (recorded.status == 404)
        respond(404, "text/plain", "no such endpoint or resource\n");
    else if (recorded.status == 401)
        respond(401, "text/plain", "a bearer token is required\n",
                "WWW-Authenticate: Bearer realm=\"gatehouse-simulator\"\r\n");
    else if (metrics)
        respond(200, "text/plain; version=0.0.4", m_server.metricsText());
    else if (resource == "info")
        respond(200, "application/json", m_server.content().infoJson(endpointId));
    else if (resource == "posture")
        respond(200, "application/json", m_server.content().postureJson(endpointId, now));
    else
        startStream(endpointId, request);
}

void FleetConnection::respond(int status, const QByteArray& contentType, const QByteArray& body,
                              const QByteArray& extraHeaders)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    write(response + body);
    close();
}

void FleetConnection::startStream(const QString& endpointId, const HttpRequestHead& request)
{
    m_streaming = true;
    m_endpointId = endpointId;
    m_fetchedUpTo = std::max<qint64>(0, request.header("Last-Event-ID").toLongLong());
    m_endlessLeft = m_server.settings().faults.endlessBytes;
    const FleetServerSettings& settings = m_server.settings();
    write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
          "Connection: close\r\n\r\n");
    write("retry: " + QByteArray::number(settings.retryMs) + "\n: stream of " + endpointId.toUtf8()
          + " after " + QByteArray::number(m_fetchedUpTo) + "\n\n");
    const int slow = settings.faults.slowMs;
    m_tick.start(slow > 0 ? slow : settings.tickMs);
    m_heartbeat.start(settings.heartbeatMs);
    onTick();
}

void FleetConnection::onTick()
{
    if (m_closing || m_socket->bytesToWrite() > MaxQueuedBytes)
        return;
    if (m_endlessLeft > 0 && m_writtenOnConnection > 0 && writeEndless())
        return;
    const FleetServerSettings& settings = m_server.settings();
    const int maxCount = settings.faults.slowMs > 0 ? 1 : settings.maxEventsPerTick;
    const QList<StreamEvent> events = m_server.content().eventsAfter(
        m_endpointId, m_fetchedUpTo, maxCount, m_server.clock().now());
    for (const StreamEvent& event : events) {
        if (m_closing)
            return;
        m_fetchedUpTo = event.sequence;
        emitEvent(event);
    }
}

bool FleetConnection::writeEndless()
{
    const bool first = m_endlessLeft == m_server.settings().faults.endlessBytes;
    const qint64 piece = std::min<qint64>(m_endlessLeft, 256 * 1024);
    write((first ? QByteArray("data: ") : QByteArray()) + QByteArray(piece, 'x'));
    m_endlessLeft -= piece;
    if (m_endlessLeft == 0)
        write("\n\n");
    return true;
}

void FleetConnection::emitEvent(const StreamEvent& event)
{
    const FaultPlan& faults = m_server.settings().faults;
    const qint64 sequence = event.sequence;
    auto every = [sequence](int n) { return n > 0 && sequence % n == 0; };
    if (every(faults.gapEvery)) {
        const QByteArray number = QByteArray::number(sequence);
        write("event: gap\nid: " + number + "\ndata: {\"from\":" + number + ",\"to\":" + number
              + "}\n\n");
        return;
    }
    if (every(faults.jumpEvery))
        return;
    if (every(faults.reorderEvery) && !m_held) {
        m_held = event;
        return;
    }
    writeFrame(event);
    if (m_held)
        writeFrame(*std::exchange(m_held, std::nullopt));
    if (every(faults.duplicateEvery))
        writeFrame(event);
    if (every(faults.malformedEvery) || every(faults.oversizedEvery))
        writeJunk(sequence);
}

void FleetConnection::writeFrame(const StreamEvent& event)
{
    const QByteArray frame =
        "id: " + QByteArray::number(event.sequence) + "\ndata: " + event.data + "\n\n";
    if (m_server.settings().faults.slowMs > 0) {
        write(frame.first(frame.size() / 2));
        m_socket->flush();
        write(frame.sliced(frame.size() / 2));
    } else {
        write(frame);
    }
    m_server.countEventWritten(m_endpointId);
    ++m_writtenOnConnection;
    const int dropEvery = m_server.settings().faults.dropEvery;
    if (dropEvery > 0 && m_writtenOnConnection % dropEvery == 0)
        close();
}

void FleetConnection::writeJunk(qint64 sequence)
{
    const FaultPlan& faults = m_server.settings().faults;
    if (faults.malformedEvery > 0 && sequence % faults.malformedEvery == 0)
        write("data: {\"resourceLogs\":[{\"broken\n\n");
    if (faults.oversizedEvery > 0 && sequence % faults.oversizedEvery == 0)
        write("data: " + QByteArray(faults.oversizedBytes, 'o') + "\n\n");
}

void FleetConnection::onHeartbeat()
{
    // A heartbeat would end the endless line, which is the point of that fault.
    const bool inEndlessLine =
        m_endlessLeft > 0 && m_endlessLeft < m_server.settings().faults.endlessBytes;
    if (m_closing || inEndlessLine)
        return;
    if (m_held)
        writeFrame(*std::exchange(m_held, std::nullopt));
    write(": hb " + toIsoUtc(m_server.clock().now()).toLatin1() + ' '
          + QByteArray::number(m_fetchedUpTo) + "\n\n");
}

} // namespace Gatehouse
