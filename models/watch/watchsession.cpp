// Wiring feeds into the ingest pipeline.
#include "watchsession.h"

#include "models/feed/sourcefeed.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>

namespace Gatehouse {

WatchSession::WatchSession(const QString& workspacePath, std::unique_ptr<SecretRedactor> redactor,
                           const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_workspacePath(workspacePath)
    , m_pipeline(workspacePath, std::move(redactor), clock)
{
}

WatchSession::~WatchSession()
{
    // Feeds first, so nothing is submitted to a stopped pipeline.
    for (SourceFeed* feed : m_feeds.feeds())
        m_feeds.remove(feed);
    m_pipeline.stop();
}

Result<void> WatchSession::start()
{
    return m_pipeline.start();
}

SourceFeed* WatchSession::addSource(FeedSettings settings)
{
    SourceFeed* feed = m_feeds.adopt(std::make_unique<SourceFeed>(settings, m_pipeline, m_clock));
    emit sourcesChanged();
    return feed;
}

void WatchSession::removeSource(SourceFeed* feed)
{
    m_feeds.remove(feed);
    emit sourcesChanged();
}

Result<qint64> highestArchivedSequence(Workspace& workspace, const QString& sourceId)
{
    auto query = runQuery(
        workspace.database(),
        QStringLiteral("SELECT max(sequence) FROM telemetry_event WHERE source = ?"), {sourceId},
        QCoreApplication::translate("Gatehouse::WatchSession", "Reading what the archive holds"));
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace Gatehouse
