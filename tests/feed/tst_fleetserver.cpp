// The simulator as a client that misbehaves would see it: anything but GET is refused with 405
// and recorded, a missing token gets 401, streams carry heartbeats, /metrics is Prometheus text.
#include "models/simulator/fleetserver.h"
#include "testfleetcontent.h"
#include "testpki.h"

#include <QSslSocket>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Token = QByteArrayLiteral("server-test-token");

} // namespace

class FleetServerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void answers_data();
    void answers();
    void nonGetIsRefusedAndRecorded_data();
    void nonGetIsRefusedAndRecorded();
    void streamsCarryHeartbeats();
    void streamResumesAfterLastEventId();
    void metricsAreServed();
    void recordedRequestsAreBounded_data();
    void recordedRequestsAreBounded();

private:
    FleetServerSettings settings() const;
    // Sends raw bytes over TLS and returns everything received until the server closes or
    // the wait ends.
    QByteArray exchange(const QByteArray& request, int waitMs = 5000);
    static QByteArray get(const QByteArray& target, bool withToken = true,
                          const QByteArray& extra = {});

    TestPki m_pki;
    TestFleetContent m_content{{u"gw-a"_s, u"sb-b"_s}, 30};
    SystemClock m_clock;
    std::unique_ptr<FleetServer> m_server;
};

void FleetServerTest::init()
{
    m_server = std::make_unique<FleetServer>(m_content, m_clock, settings());
    QVERIFY(m_server->listen());
}

FleetServerSettings FleetServerTest::settings() const
{
    FleetServerSettings settings;
    settings.certificate = m_pki.server.certificate();
    settings.key = m_pki.server.key();
    settings.bearerToken = Token;
    settings.heartbeatMs = 100;
    return settings;
}

QByteArray FleetServerTest::get(const QByteArray& target, bool withToken, const QByteArray& extra)
{
    QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra;
    if (withToken)
        request += "Authorization: Bearer " + Token + "\r\n";
    return request + "\r\n";
}

QByteArray FleetServerTest::exchange(const QByteArray& request, int waitMs)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_pki.ca->certificate()});
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, m_server->port());
    // The server runs in this thread, so wait with the event loop running, never blocking.
    QElapsedTimer handshake;
    handshake.start();
    while (!socket.isEncrypted() && handshake.elapsed() < 5000)
        QTest::qWait(5);
    if (!socket.isEncrypted()) {
        qWarning() << socket.state() << socket.sslHandshakeErrors() << socket.error();
        return "no TLS: " + socket.errorString().toUtf8();
    }
    socket.write(request);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(10);
        received += socket.readAll();
    }
    return received + socket.readAll();
}

void FleetServerTest::answers_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("bodyPart");
    QTest::newRow("info") << get("/gw-a/v1/info") << QByteArray("HTTP/1.1 200 OK")
                          << QByteArray("\"id\":\"gw-a\"");
    QTest::newRow("posture") << get("/sb-b/v1/posture") << QByteArray("HTTP/1.1 200 OK")
                             << QByteArray("\"id\":\"sb-b\"");
    QTest::newRow("no token") << get("/gw-a/v1/info", false)
                              << QByteArray("HTTP/1.1 401 Unauthorized")
                              << QByteArray("WWW-Authenticate: Bearer");
    QTest::newRow("wrong token") << get("/gw-a/v1/info", false, "Authorization: Bearer nope\r\n")
                                 << QByteArray("HTTP/1.1 401") << QByteArray();
    QTest::newRow("unknown endpoint")
        << get("/gw-z/v1/info") << QByteArray("HTTP/1.1 404") << QByteArray();
    QTest::newRow("unknown resource")
        << get("/gw-a/v1/secrets") << QByteArray("HTTP/1.1 404") << QByteArray();
    QTest::newRow("not http") << QByteArray("hello\r\n\r\n") << QByteArray("HTTP/1.1 400")
                              << QByteArray();
}

void FleetServerTest::answers()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, bodyPart);
    const QByteArray response = exchange(request);
    QVERIFY2(response.startsWith(statusLine), response.left(80).constData());
    QVERIFY(response.contains(bodyPart));
}

void FleetServerTest::nonGetIsRefusedAndRecorded_data()
{
    QTest::addColumn<QByteArray>("method");
    for (const char* method : {"POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"})
        QTest::newRow(method) << QByteArray(method);
}

void FleetServerTest::nonGetIsRefusedAndRecorded()
{
    QFETCH(QByteArray, method);
    const QByteArray request = method
                               + " /gw-a/v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                               + Token + "\r\nContent-Length: 2\r\n\r\n{}";
    const QByteArray response = exchange(request);
    QVERIFY2(response.startsWith("HTTP/1.1 405 Method Not Allowed"), response.left(60).constData());
    QVERIFY(response.contains("Allow: GET"));
    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, method);
    QCOMPARE(requests.first().status, 405);
    // The token is never kept in the record.
    for (const auto& [name, value] : requests.first().headers)
        QVERIFY(!value.contains(Token));
    QCOMPARE(m_server->eventsWritten(u"gw-a"_s), 0);
}

void FleetServerTest::streamsCarryHeartbeats()
{
    const QByteArray response = exchange(get("/gw-a/v1/events"), 450);
    QVERIFY(response.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(response.contains("Content-Type: text/event-stream"));
    QVERIFY(response.contains("retry: "));
    QVERIFY(response.contains("id: 1\ndata: {"));
    QVERIFY(response.contains("id: 30\ndata: {"));
    QVERIFY(response.count(": hb ") >= 2);
    QVERIFY(response.contains(" 30\n\n")); // heartbeats name the newest sequence
}

void FleetServerTest::streamResumesAfterLastEventId()
{
    const QByteArray response =
        exchange(get("/sb-b/v1/events", true, "Last-Event-ID: 27\r\n"), 300);
    QVERIFY(!response.contains("id: 27\n"));
    QVERIFY(response.contains("id: 28\n"));
    QVERIFY(response.contains("id: 30\n"));
    QCOMPARE(m_server->eventsWritten(u"sb-b"_s), 3);
    QCOMPARE(m_server->requests().first().lastEventId, QByteArray("27"));
}

void FleetServerTest::metricsAreServed()
{
    exchange(get("/gw-a/v1/events"), 200);
    exchange("POST /gw-a/v1/info HTTP/1.1\r\n\r\n");
    const QByteArray response = exchange(get("/metrics"));
    QVERIFY(response.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(response.contains("# TYPE gatehouse_simulator_events_total counter"));
    QVERIFY(response.contains("gatehouse_simulator_events_total{endpoint=\"gw-a\"} 30"));
    QVERIFY(response.contains("gatehouse_simulator_refused_total{reason=\"method\"} 1"));
}

void FleetServerTest::recordedRequestsAreBounded_data()
{
    QTest::addColumn<int>("bound");
    QTest::newRow("none kept, as in the demo") << 0;
    QTest::newRow("the newest two") << 2;
}

void FleetServerTest::recordedRequestsAreBounded()
{
    QFETCH(int, bound);
    FleetServerSettings bounded = settings();
    bounded.maxRecordedRequests = bound;
    m_server = std::make_unique<FleetServer>(m_content, m_clock, bounded);
    QVERIFY(m_server->listen());
    exchange(get("/gw-a/v1/info"));
    exchange(get("/gw-a/v1/posture"));
    const QByteArray metrics = exchange(get("/metrics"));

    // Whatever is kept, every request is counted.
    QVERIFY2(metrics.contains("gatehouse_simulator_requests_total 3\n"), metrics.constData());
    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), bound);
    if (bound == 2) {
        QCOMPARE(requests.at(0).target, "/gw-a/v1/posture");
        QCOMPARE(requests.at(1).target, "/metrics");
    }
}

QTEST_GUILESS_MAIN(FleetServerTest)
#include "tst_fleetserver.moc"
