// One serialized JSON-RPC message on its way to an MCP server. Only JsonRpcClient can make one,
// after checking the method against the read-only allow-list, so a transport has no way to send
// anything the allow-list did not pass.
#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace Gatehouse {

class OutgoingMessage
{
public:
    QString method() const { return m_method; }
    // The request id; 0 for a notification.
    qint64 id() const { return m_id; }
    bool isNotification() const { return m_id == 0; }
    // The compact JSON text, without a trailing newline.
    QByteArray bytes() const { return m_bytes; }

private:
    friend class JsonRpcClient;
    OutgoingMessage(QString method, qint64 id, QByteArray bytes)
        : m_method(std::move(method))
        , m_id(id)
        , m_bytes(std::move(bytes))
    {
    }

    QString m_method;
    qint64 m_id = 0;
    QByteArray m_bytes;
};

} // namespace Gatehouse
