// Figures for the feed: how fast the SSE parser splits a stream, and how many events a second
// one SourceFeed takes from the simulator over TLS on loopback into a sink that only counts.
#include "models/feed/feedthread.h"
#include "models/feed/sourcefeed.h"
#include "models/feed/ssestream.h"
#include "models/simulator/fleetserver.h"
#include "testfleetcontent.h"
#include "testpki.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <atomic>
#include <cstdio>

using namespace Gatehouse;
using namespace Gatehouse::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype PayloadBytes = 1024;

QByteArray paddedPayload(qint64 sequence)
{
    QByteArray payload = TestFleetContent::payload(u"gw-bench"_s, sequence);
    payload.chop(1);
    payload += ",\"pad\":\"" + QByteArray(PayloadBytes - payload.size() - 10, 'p') + "\"}";
    return payload;
}

class BenchContent : public TestFleetContent
{
public:
    explicit BenchContent(qint64 count)
        : TestFleetContent({u"gw-bench"_s}, count)
        , m_count(count)
    {
    }
    QList<StreamEvent> eventsAfter(const QString&, qint64 after, int maxCount,
                                   const QDateTime&) const override
    {
        QList<StreamEvent> events;
        for (qint64 s = after + 1; s <= m_count && events.size() < maxCount; ++s)
            events.append(StreamEvent{s, paddedPayload(s)});
        return events;
    }

private:
    qint64 m_count;
};

class CountingSink : public IngestSink
{
public:
    void submitEvent(const QString&, qint64, const QByteArray&) override { ++events; }
    void submitGap(const QString&, qint64, qint64) override {}
    void submitPosture(const QString&, const QByteArray&, const QDateTime&) override {}
    std::atomic<qint64> events = 0;
};

void benchParser()
{
    constexpr int Events = 200000;
    QByteArray body;
    for (int i = 1; i <= Events; ++i)
        body += "id: " + QByteArray::number(i) + "\ndata: " + paddedPayload(i) + "\n\n";
    SseStream stream;
    QList<SseStream::Item> items;
    qint64 parsed = 0;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype at = 0; at < body.size(); at += 64 * 1024) {
        stream.feed(
            QByteArrayView(body).sliced(at, std::min<qsizetype>(64 * 1024, body.size() - at)),
            items);
        parsed += items.size();
        items.clear();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("sse parser: %lld events of %lld bytes in %.3f s: %.0f events/s, %.0f MB/s\n",
                static_cast<long long>(parsed), static_cast<long long>(PayloadBytes), seconds,
                double(parsed) / seconds, double(body.size()) / seconds / 1e6);
}

void benchFeed()
{
    constexpr qint64 Events = 100000;
    TestPki pki;
    BenchContent content(Events);
    SystemClock clock;
    FleetServerSettings settings;
    settings.certificate = pki.server.certificate();
    settings.key = pki.server.key();
    settings.bearerToken = "bench";
    settings.tickMs = 1;
    settings.maxEventsPerTick = 2000;
    FleetServer server(content, clock, settings);
    if (!server.listen())
        return;
    CountingSink sink;
    FeedSettings feedSettings;
    feedSettings.client.baseUrl = server.endpointUrl(u"gw-bench"_s);
    feedSettings.client.caFile = pki.caFile;
    feedSettings.client.bearerToken = SecretBuffer::fromView("bench");
    FeedThread thread;
    QElapsedTimer timer;
    timer.start();
    thread.adopt(std::make_unique<SourceFeed>(feedSettings, sink, clock));
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (sink.events >= Events || timer.elapsed() > 120000)
            QCoreApplication::quit();
    });
    poll.start(5);
    QCoreApplication::exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("feed over TLS loopback: %lld events of %lld bytes in %.3f s: %.0f events/s "
                "(server and feed in one process, two threads)\n",
                static_cast<long long>(sink.events.load()), static_cast<long long>(PayloadBytes),
                seconds, double(sink.events) / seconds);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    benchParser();
    benchFeed();
    return 0;
}
