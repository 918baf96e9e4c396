// Incremental parser of a text/event-stream body: bytes in, complete events, comments and retry
// hints out, with hard caps on line and event size so a hostile stream cannot grow memory.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Gatehouse {

// The caps that bound what one stream may make the parser hold.
struct SseLimits
{
    qsizetype maxLineBytes = 1024 * 1024;
    qsizetype maxEventBytes = 4 * 1024 * 1024;
};

class SseStream
{
public:
    using Limits = SseLimits;

    struct Item
    {
        enum class Kind
        {
            Event,
            Comment,
            Retry,
            Oversized
        };
        Kind kind = Kind::Event;
        bool hasId = false; // this event carried an id field
        QByteArray id;
        QByteArray type;     // the event field; empty means "message"
        QByteArray data;     // data lines joined by LF; for a comment, its text
        qint64 retryMs = -1; // for Retry
    };

    explicit SseStream(Limits limits = Limits());

    // Parses one more chunk of the body and appends every completed item to out.
    void feed(QByteArrayView chunk, QList<Item>& out);
    // Forgets a partial line or event, as at the start of a new connection.
    void reset();
    // What is held for an unfinished line or event; never above the two limits together.
    qsizetype bufferedBytes() const { return m_line.size() + m_data.size(); }

private:
    void appendToLine(QByteArrayView bytes);
    void finishLine(QList<Item>& out);
    void processField(QByteArrayView name, QByteArrayView value, QList<Item>& out);
    void appendData(QByteArrayView value);
    void dispatch(QList<Item>& out);
    void startOversized();
    void clearEvent();

    Limits m_limits;
    QByteArray m_line;
    bool m_afterCr = false;
    bool m_lineTooLong = false;
    bool m_eventTooLarge = false;
    bool m_hasData = false;
    bool m_hasId = false;
    QByteArray m_data;
    QByteArray m_id;
    QByteArray m_type;
};

} // namespace Gatehouse
