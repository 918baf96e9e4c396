// A time-stamping authority on loopback for tests: a minimal HTTP server that hands each POSTed
// request to `openssl ts -reply` with the test PKI's TSA certificate.
#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

namespace Gatehouse::Testing {

class TestPki;

class LocalTsa : public QObject
{
public:
    explicit LocalTsa(TestPki& pki);

    bool listening() const { return m_server.isListening(); }
    QUrl url() const;
    int requestsServed() const { return m_served; }

private:
    void accept();
    void respond(QTcpSocket* socket, const QByteArray& query);

    TestPki& m_pki;
    QTcpServer m_server;
    int m_served = 0;
};

} // namespace Gatehouse::Testing
