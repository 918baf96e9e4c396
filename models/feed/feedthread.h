// The network thread: owns the feeds (and so their QNetworkAccessManagers) so that no socket,
// TLS handshake or SSE parsing runs on the GUI thread.
#pragma once

#include <QList>
#include <QObject>
#include <QThread>

#include <memory>

namespace Gatehouse {

class SourceFeed;

class FeedThread : public QObject
{
    Q_OBJECT

public:
    explicit FeedThread(QObject* parent = nullptr);
    // Stops and deletes every feed inside the thread, then ends it.
    ~FeedThread() override;

    // Moves a parentless feed into the thread and starts it there. The pointer stays valid
    // until remove() or the FeedThread's end; connect to its signals (they arrive queued) and
    // read its thread-safe getters, but call nothing else on it from outside.
    SourceFeed* adopt(std::unique_ptr<SourceFeed> feed);
    // Stops and deletes one feed, waiting until it is gone.
    void remove(SourceFeed* feed);
    QList<SourceFeed*> feeds() const { return m_feeds; }

private:
    QThread m_thread;
    QList<SourceFeed*> m_feeds;
};

} // namespace Gatehouse
