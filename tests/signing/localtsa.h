// A time-stamping authority on loopback for tests: a minimal HTTP server that hands each POSTed
// request to `openssl ts -reply` with the test PKI's TSA certificate.
#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

#include <atomic>

namespace Gatehouse::Testing {

class TestPki;

class LocalTsa : public QObject
{
public:
    explicit LocalTsa(TestPki& pki);

    bool listening() const { return m_server.isListening(); }
    QUrl url() const;
    int requestsServed() const { return m_served; }
    int requestsReceived() const { return m_received; }
    // A silent authority reads each request and never answers, as one that hangs would.
    void setSilent(bool silent) { m_silent = silent; }

private:
    void accept();
    void respond(QTcpSocket* socket, const QByteArray& query);

    TestPki& m_pki;
    QTcpServer m_server;
    int m_served = 0;
    std::atomic<int> m_received = 0; // read by tests from other threads
    bool m_silent = false;
};

} // namespace Gatehouse::Testing
