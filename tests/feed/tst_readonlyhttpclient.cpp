// The read-only client against real TLS servers on loopback: every way the connection can be
// wrong gives its own clear error, and the rules about plain http hold before anything is sent.
#include "models/feed/readonlyhttpclient.h"
#include "models/feed/spkipin.h"
#include "models/simulator/fleetserver.h"
#include "recordingsink.h"
#include "residentmemory.h"
#include "testfleetcontent.h"
#include "testpki.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Token = QByteArrayLiteral("test-token-123");

// Safe to evaluate when there is no error (QVERIFY2 always evaluates its message).
QString errorText(const HttpExchange* exchange)
{
    return exchange->error() ? exchange->error()->message : QString();
}

} // namespace

class ReadOnlyHttpClientTest : public QObject
{
    Q_OBJECT

private slots:
    void tlsOutcomes_data();
    void tlsOutcomes();
    void pinMismatchSendsNothing();
    void pinAcceptsBase64AndHex();
    void httpStatusesAreErrors_data();
    void httpStatusesAreErrors();
    void connectionRefused();
    void silentServerTimesOut();
    void oversizedDocumentIsRefused();
    void plainHttpToOtherHostsIsRefused_data();
    void plainHttpToOtherHostsIsRefused();
    void plainHttpToLoopbackWorksWithWarning();
    void clientCertificate();
    void clientKeyWithWrongPasswordIsRefused();
    void pollingHoldsNothingPerRequest();

private:
    std::unique_ptr<FleetServer> startServer(const IssuedCertificate& certificate,
                                             FleetServerSettings settings = FleetServerSettings());
    ClientSettings clientFor(const FleetServer& server, const QString& caFile) const;
    static HttpExchange* fetch(ReadOnlyHttpClient& client, const QString& path);

    TestPki m_pki;
    TestFleetContent m_content;
    SystemClock m_clock;
};

std::unique_ptr<FleetServer>
ReadOnlyHttpClientTest::startServer(const IssuedCertificate& certificate,
                                    FleetServerSettings settings)
{
    settings.certificate = certificate.certificate();
    settings.key = certificate.key();
    settings.bearerToken = Token;
    auto server = std::make_unique<FleetServer>(m_content, m_clock, settings);
    const auto listening = server->listen();
    if (!listening)
        qWarning() << listening.error().message;
    return server;
}

ClientSettings ReadOnlyHttpClientTest::clientFor(const FleetServer& server,
                                                 const QString& caFile) const
{
    ClientSettings settings;
    settings.baseUrl = server.endpointUrl(u"gw-test-1"_s);
    settings.caFile = caFile;
    settings.bearerToken = SecretBuffer::fromView(Token);
    return settings;
}

HttpExchange* ReadOnlyHttpClientTest::fetch(ReadOnlyHttpClient& client, const QString& path)
{
    HttpExchange* exchange = client.fetchDocument(path);
    QSignalSpy finished(exchange, &HttpExchange::finished);
    if (!finished.wait(20000))
        qWarning() << "no answer from" << exchange->target();
    return exchange;
}

void ReadOnlyHttpClientTest::tlsOutcomes_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("trustOtherCa");
    QTest::addColumn<QString>("expected"); // empty: success
    QTest::newRow("trusted") << u"server"_s << false << QString();
    QTest::newRow("wrong CA configured") << u"server"_s << true << u"is not signed by a CA"_s;
    QTest::newRow("issued by another CA") << u"other"_s << false << u"is not signed by a CA"_s;
    QTest::newRow("expired") << u"expired"_s << false << u"expired on"_s;
    QTest::newRow("wrong host name")
        << u"wrongHost"_s << false << u"issued for gateway.example.invalid"_s;
}

void ReadOnlyHttpClientTest::tlsOutcomes()
{
    QFETCH(QString, certificate);
    QFETCH(bool, trustOtherCa);
    QFETCH(QString, expected);
    const IssuedCertificate& chosen = certificate == u"server"    ? m_pki.server
                                      : certificate == u"other"   ? m_pki.fromOtherCa
                                      : certificate == u"expired" ? m_pki.expired
                                                                  : m_pki.wrongHost;
    auto server = startServer(chosen);
    auto client = ReadOnlyHttpClient::create(
        clientFor(*server, trustOtherCa ? m_pki.otherCaFile : m_pki.caFile));
    QVERIFY(client);
    HttpExchange* exchange = fetch(**client, u"/v1/info"_s);
    if (expected.isEmpty()) {
        QVERIFY2(!exchange->error(), qPrintable(errorText(exchange)));
        QVERIFY(exchange->body().contains("\"gw-test-1\""));
        return;
    }
    QVERIFY(exchange->error());
    QCOMPARE(exchange->error()->code, ErrorCode::Tls);
    QVERIFY2(exchange->error()->message.contains(expected), qPrintable(errorText(exchange)));
    QVERIFY(!exchange->retryable());
    QVERIFY(server->requests().isEmpty());
}

void ReadOnlyHttpClientTest::pinMismatchSendsNothing()
{
    auto server = startServer(m_pki.server);
    ClientSettings settings = clientFor(*server, m_pki.caFile);
    settings.spkiSha256 = QByteArray(32, '\x5a');
    auto client = ReadOnlyHttpClient::create(settings);
    QVERIFY(client);
    HttpExchange* exchange = fetch(**client, u"/v1/info"_s);
    QVERIFY(exchange->error());
    QCOMPARE(exchange->error()->code, ErrorCode::Tls);
    QVERIFY2(exchange->error()->message.contains(u"not the pinned"_s),
             qPrintable(errorText(exchange)));
    QTest::qWait(100);
    QVERIFY(server->requests().isEmpty());
}

void ReadOnlyHttpClientTest::pinAcceptsBase64AndHex()
{
    const QByteArray pin = *SpkiPin::of(m_pki.server.certificate());
    QCOMPARE(*SpkiPin::parse(QString::fromLatin1(pin.toBase64())), pin);
    QCOMPARE(*SpkiPin::parse(QString::fromLatin1(pin.toHex(':'))), pin);
    QVERIFY(!SpkiPin::parse(u"abc"_s));

    auto server = startServer(m_pki.server);
    ClientSettings settings = clientFor(*server, m_pki.caFile);
    settings.spkiSha256 = pin;
    auto client = ReadOnlyHttpClient::create(settings);
    HttpExchange* exchange = fetch(**client, u"/v1/posture"_s);
    QVERIFY2(!exchange->error(), qPrintable(errorText(exchange)));
}

void ReadOnlyHttpClientTest::httpStatusesAreErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("no token") << u"/v1/info"_s << false << 401 << ErrorCode::Permission;
    QTest::newRow("unknown path") << u"/v1/nothing"_s << true << 404 << ErrorCode::Protocol;
}

void ReadOnlyHttpClientTest::httpStatusesAreErrors()
{
    QFETCH(QString, path);
    QFETCH(bool, withToken);
    QFETCH(int, status);
    QFETCH(ErrorCode, code);
    auto server = startServer(m_pki.server);
    ClientSettings settings = clientFor(*server, m_pki.caFile);
    if (!withToken)
        settings.bearerToken.clear();
    auto client = ReadOnlyHttpClient::create(settings);
    HttpExchange* exchange = fetch(**client, path);
    QVERIFY(exchange->error());
    QCOMPARE(exchange->httpStatus(), status);
    QCOMPARE(exchange->error()->code, code);
    QVERIFY(exchange->error()->message.contains(QString::number(status)));
    QVERIFY(!exchange->retryable());
}

void ReadOnlyHttpClientTest::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ClientSettings settings;
    settings.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(port));
    settings.caFile = m_pki.caFile;
    auto client = ReadOnlyHttpClient::create(settings);
    HttpExchange* exchange = fetch(**client, u"/v1/info"_s);
    QVERIFY(exchange->error());
    QCOMPARE(exchange->error()->code, ErrorCode::Network);
    QVERIFY2(exchange->error()->message.contains(u"refused the connection"_s),
             qPrintable(errorText(exchange)));
    QVERIFY(exchange->retryable());
}

void ReadOnlyHttpClientTest::silentServerTimesOut()
{
    // Accepts the connection and never says a word, not even the TLS handshake.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ClientSettings settings;
    settings.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort()));
    settings.caFile = m_pki.caFile;
    settings.idleTimeoutMs = 300;
    auto client = ReadOnlyHttpClient::create(settings);
    HttpExchange* exchange = fetch(**client, u"/v1/info"_s);
    QVERIFY(exchange->error());
    QCOMPARE(exchange->error()->code, ErrorCode::Network);
    QVERIFY2(exchange->error()->message.contains(u"timed out"_s), qPrintable(errorText(exchange)));
    QVERIFY(exchange->retryable());
}

void ReadOnlyHttpClientTest::oversizedDocumentIsRefused()
{
    auto server = startServer(m_pki.server);
    ClientSettings settings = clientFor(*server, m_pki.caFile);
    settings.maxDocumentBytes = 16;
    auto client = ReadOnlyHttpClient::create(settings);
    HttpExchange* exchange = fetch(**client, u"/v1/info"_s);
    QVERIFY(exchange->error());
    QCOMPARE(exchange->error()->code, ErrorCode::Protocol);
    QVERIFY(exchange->error()->message.contains(u"larger than 16 bytes"_s));
}

void ReadOnlyHttpClientTest::plainHttpToOtherHostsIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("documentation address") << u"http://192.0.2.10:8080"_s;
    QTest::newRow("private address") << u"http://10.1.2.3"_s;
    QTest::newRow("host name") << u"http://gateway.example.invalid"_s;
    QTest::newRow("other scheme") << u"ftp://127.0.0.1/"_s;
}

void ReadOnlyHttpClientTest::plainHttpToOtherHostsIsRefused()
{
    // Refused while the client is made: no socket is ever opened to these addresses.
    QFETCH(QString, url);
    ClientSettings settings;
    settings.baseUrl = QUrl(url);
    const auto client = ReadOnlyHttpClient::create(settings);
    QVERIFY(!client);
    QVERIFY(client.error().code == ErrorCode::Tls
            || client.error().code == ErrorCode::InvalidArgument);
}

void ReadOnlyHttpClientTest::plainHttpToLoopbackWorksWithWarning()
{
    FleetServerSettings plain;
    plain.plainHttp = true;
    plain.bearerToken = Token;
    FleetServer server(m_content, m_clock, plain);
    QVERIFY(server.listen());
    ClientSettings settings;
    settings.baseUrl = server.endpointUrl(u"gw-test-1"_s);
    settings.bearerToken = SecretBuffer::fromView(Token);
    QCOMPARE(settings.baseUrl.scheme(), u"http"_s);
    auto client = ReadOnlyHttpClient::create(settings);
    QVERIFY(client);
    QVERIFY((*client)->insecureTransport());
    HttpExchange* exchange = fetch(**client, u"/v1/info"_s);
    QVERIFY2(!exchange->error(), qPrintable(errorText(exchange)));
}

void ReadOnlyHttpClientTest::clientCertificate()
{
    FleetServerSettings mutual;
    mutual.clientCertificateAuthorities = {m_pki.ca->certificate()};
    auto server = startServer(m_pki.server, mutual);

    auto without = ReadOnlyHttpClient::create(clientFor(*server, m_pki.caFile));
    HttpExchange* refused = fetch(**without, u"/v1/info"_s);
    QVERIFY(refused->error());

    ClientSettings settings = clientFor(*server, m_pki.caFile);
    settings.clientCertificateFile = m_pki.clientCertificateFile;
    settings.clientKeyFile = m_pki.clientKeyFile;
    settings.clientKeyPassword = SecretBuffer::fromView(m_pki.clientKeyPassword);
    auto with = ReadOnlyHttpClient::create(settings);
    QVERIFY2(with, with ? "" : qPrintable(with.error().message));
    HttpExchange* accepted = fetch(**with, u"/v1/info"_s);
    QVERIFY2(!accepted->error(), qPrintable(errorText(accepted)));
}

void ReadOnlyHttpClientTest::clientKeyWithWrongPasswordIsRefused()
{
    ClientSettings settings;
    settings.baseUrl = QUrl(u"https://127.0.0.1:1"_s);
    settings.clientCertificateFile = m_pki.clientCertificateFile;
    settings.clientKeyFile = m_pki.clientKeyFile;
    settings.clientKeyPassword = SecretBuffer::fromView("wrong");
    const auto client = ReadOnlyHttpClient::create(settings);
    QVERIFY(!client);
    QVERIFY(client.error().message.contains(u"wrong password"_s));
}

void ReadOnlyHttpClientTest::pollingHoldsNothingPerRequest()
{
    // The server keeps no record of the requests, so any growth is the client's.
    FleetServerSettings unrecorded;
    unrecorded.maxRecordedRequests = 0;
    auto server = startServer(m_pki.server, unrecorded);
    auto client = ReadOnlyHttpClient::create(clientFor(*server, m_pki.caFile));
    QVERIFY(client);
    const auto poll = [&](int requests) {
        for (int i = 0; i < requests; ++i) {
            std::unique_ptr<HttpExchange> exchange(fetch(**client, u"/v1/posture"_s));
            if (exchange->error())
                return false;
        }
        // Whatever is deleted later goes now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return true;
    };
    QVERIFY(poll(100));
    const qint64 warm = heapInUseBytes();
    QVERIFY(poll(500));
    const qint64 grown = heapInUseBytes() - warm;
    qInfo("heap after 100 requests: %lld KiB; 500 more held %lld KiB", warm / 1024, grown / 1024);
    // A manager shared by all requests kept about 8 KB of each: 4 MB here.
    QVERIFY2(grown < 1024 * 1024, qPrintable(QString::number(grown)));
}

QTEST_GUILESS_MAIN(ReadOnlyHttpClientTest)
#include "tst_readonlyhttpclient.moc"
