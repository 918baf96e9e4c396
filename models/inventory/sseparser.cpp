// Line-by-line parsing of server-sent events, as the HTML living standard describes them.
#include "sseparser.h"

namespace Gatehouse {

QList<QByteArray> SseParser::feed(const QByteArray& bytes)
{
    m_buffer += bytes;
    QList<QByteArray> events;
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = m_buffer.mid(start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        takeLine(std::move(line), events);
        start = newline + 1;
    }
    m_buffer.remove(0, start);
    return events;
}

void SseParser::takeLine(QByteArray line, QList<QByteArray>& events)
{
    if (line.isEmpty()) {
        if (m_hasData && !m_data.isEmpty())
            events.append(m_data);
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (!line.startsWith("data:"))
        return; // comments, id, event and retry lines carry nothing the client needs
    QByteArray value = line.mid(5);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (m_hasData)
        m_data += '\n';
    m_data += value;
    m_hasData = true;
}

} // namespace Gatehouse
