// Line splitting follows the event-stream rules: LF, CRLF or a lone CR end a line, a blank line
// ends an event, a leading colon marks a comment.
#include "ssestream.h"

#include <cstring>

namespace Gatehouse {

namespace {

// memchr is vectorised; a CR is rare, so it is only looked for before the next LF.
qsizetype findLineEnd(QByteArrayView bytes, qsizetype from)
{
    const char* begin = bytes.data() + from;
    const size_t length = size_t(bytes.size() - from);
    const auto* lf = static_cast<const char*>(std::memchr(begin, '\n', length));
    const size_t searchCr = lf ? size_t(lf - begin) : length;
    const auto* cr = static_cast<const char*>(std::memchr(begin, '\r', searchCr));
    const char* end = cr ? cr : lf;
    return end ? from + (end - begin) : -1;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

SseStream::SseStream(Limits limits)
    : m_limits(limits)
{
}

void SseStream::feed(QByteArrayView chunk, QList<Item>& out)
{
    qsizetype pos = 0;
    while (pos < chunk.size()) {
        if (m_afterCr) {
            m_afterCr = false;
            if (chunk[pos] == '\n') {
                ++pos;
                continue;
            }
        }
        const qsizetype end = findLineEnd(chunk, pos);
        if (end < 0) {
            appendToLine(chunk.sliced(pos));
            return;
        }
        appendToLine(chunk.sliced(pos, end - pos));
        m_afterCr = chunk[end] == '\r';
        pos = end + 1;
        finishLine(out);
    }
}

void SseStream::reset()
{
    m_line.clear();
    m_afterCr = false;
    m_lineTooLong = false;
    clearEvent();
}

void SseStream::clearEvent()
{
    m_eventTooLarge = false;
    m_hasData = false;
    m_hasId = false;
    m_data.clear();
    m_id.clear();
    m_type.clear();
}

void SseStream::appendToLine(QByteArrayView bytes)
{
    if (m_lineTooLong || bytes.isEmpty())
        return;
    if (m_line.size() + bytes.size() > m_limits.maxLineBytes) {
        m_lineTooLong = true;
        m_line.clear();
        m_line.squeeze();
        startOversized();
        return;
    }
    m_line.append(bytes);
}

void SseStream::startOversized()
{
    m_eventTooLarge = true;
    m_data.clear();
    m_data.squeeze();
}

void SseStream::finishLine(QList<Item>& out)
{
    if (m_lineTooLong) {
        m_lineTooLong = false;
        return;
    }
    const QByteArray line = std::exchange(m_line, {});
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon == 0) {
        QByteArrayView text = QByteArrayView(line).sliced(1);
        if (text.startsWith(' '))
            text = text.sliced(1);
        out.append(Item{Item::Kind::Comment, false, {}, {}, text.toByteArray(), -1});
        return;
    }
    const QByteArrayView name =
        colon < 0 ? QByteArrayView(line) : QByteArrayView(line).first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : QByteArrayView(line).sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    processField(name, value, out);
}

void SseStream::processField(QByteArrayView name, QByteArrayView value, QList<Item>& out)
{
    if (name == "data") {
        appendData(value);
    } else if (name == "id") {
        m_hasId = true;
        m_id = value.toByteArray();
    } else if (name == "event") {
        m_type = value.toByteArray();
    } else if (name == "retry" && isDigits(value) && value.size() < 10) {
        out.append(Item{Item::Kind::Retry, false, {}, {}, {}, value.toByteArray().toLongLong()});
    }
}

void SseStream::appendData(QByteArrayView value)
{
    const bool first = !m_hasData;
    m_hasData = true;
    if (m_eventTooLarge)
        return;
    if (m_data.size() + value.size() + 1 > m_limits.maxEventBytes) {
        startOversized();
        return;
    }
    if (!first)
        m_data.append('\n');
    m_data.append(value);
}

void SseStream::dispatch(QList<Item>& out)
{
    if (m_eventTooLarge) {
        out.append(Item{Item::Kind::Oversized, m_hasId, m_id, m_type, {}, -1});
    } else if (m_hasData) {
        out.append(Item{Item::Kind::Event, m_hasId, m_id, m_type, m_data, -1});
    }
    clearEvent();
}

} // namespace Gatehouse
