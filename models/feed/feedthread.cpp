// Feeds are deleted inside the network thread because their sockets and timers belong to it.
#include "feedthread.h"

#include "models/feed/sourcefeed.h"

namespace Gatehouse {

FeedThread::FeedThread(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Gatehouse::FeedState>();
    qRegisterMetaType<Gatehouse::FeedStatistics>();
    m_thread.setObjectName(QStringLiteral("gatehouse-feeds"));
    m_thread.start();
}

FeedThread::~FeedThread()
{
    const QList<SourceFeed*> feeds = m_feeds;
    for (SourceFeed* feed : feeds)
        remove(feed);
    m_thread.quit();
    m_thread.wait();
}

SourceFeed* FeedThread::adopt(std::unique_ptr<SourceFeed> feed)
{
    SourceFeed* raw = feed.release();
    raw->moveToThread(&m_thread);
    m_feeds.append(raw);
    QMetaObject::invokeMethod(
        raw, [raw] { raw->start(); }, Qt::QueuedConnection);
    return raw;
}

void FeedThread::remove(SourceFeed* feed)
{
    if (!m_feeds.removeOne(feed))
        return;
    QMetaObject::invokeMethod(
        feed,
        [feed] {
            feed->stop();
            delete feed;
        },
        Qt::BlockingQueuedConnection);
}

} // namespace Gatehouse
