// Request parsing and the openssl call behind the loopback TSA.
#include "localtsa.h"

#include "testpki.h"

#include <QFile>
#include <QTcpSocket>

namespace Gatehouse::Testing {

LocalTsa::LocalTsa(TestPki& pki)
    : m_pki(pki)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LocalTsa::accept);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LocalTsa::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(m_server.serverPort()));
}

void LocalTsa::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto* buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray headers = buffer->left(headerEnd).toLower();
            const qsizetype at = headers.indexOf("content-length:");
            const qsizetype length = at < 0
                                         ? 0
                                         : headers.mid(at + 15, headers.indexOf('\r', at) - at - 15)
                                               .trimmed()
                                               .toLongLong();
            if (buffer->size() - headerEnd - 4 < length)
                return;
            ++m_received;
            if (m_silent)
                return;
            respond(socket, buffer->mid(headerEnd + 4, length));
        });
    }
}

void LocalTsa::respond(QTcpSocket* socket, const QByteArray& query)
{
    QFile request(m_pki.path(QStringLiteral("request.tsq")));
    if (request.open(QIODevice::WriteOnly))
        request.write(query);
    request.close();
    m_pki.run(QStringLiteral("openssl"),
              {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
               m_pki.tsaConfig(), QStringLiteral("-queryfile"), QStringLiteral("request.tsq"),
               QStringLiteral("-out"), QStringLiteral("reply.tsr")});
    QFile reply(m_pki.path(QStringLiteral("reply.tsr")));
    const QByteArray body = reply.open(QIODevice::ReadOnly) ? reply.readAll() : QByteArray();
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\n"
                  "Connection: close\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    ++m_served;
}

} // namespace Gatehouse::Testing
