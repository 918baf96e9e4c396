// An incremental reader of text/event-stream bodies: fed bytes as they arrive, it hands back the
// data of each complete event. Events without data (priming events, comments) are skipped.
#pragma once

#include <QByteArray>
#include <QList>

namespace Gatehouse {

class SseParser
{
public:
    QList<QByteArray> feed(const QByteArray& bytes);
    // Bytes held back waiting for the end of an event.
    qsizetype pending() const { return m_buffer.size() + m_data.size(); }

private:
    void takeLine(QByteArray line, QList<QByteArray>& events);

    QByteArray m_buffer;
    QByteArray m_data;
    bool m_hasData = false;
};

} // namespace Gatehouse
