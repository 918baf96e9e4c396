// What "watching" a workspace means at run time: one ingest pipeline into the workspace's
// archive, and the feeds of the gateways and sandbox hosts on their own network thread.
#pragma once

#include "models/core/clock.h"
#include "models/core/error.h"
#include "models/feed/feedsettings.h"
#include "models/feed/feedthread.h"
#include "models/telemetry/ingestpipeline.h"

#include <QObject>

#include <memory>

namespace Gatehouse {

class SourceFeed;
class Workspace;

class WatchSession : public QObject
{
    Q_OBJECT

public:
    WatchSession(const QString& workspacePath, std::unique_ptr<SecretRedactor> redactor,
                 const Clock& clock, QObject* parent = nullptr);
    ~WatchSession() override;

    Result<void> start();
    // Feeds one gateway or sandbox host into the archive. settings.resumeAfter says what the
    // archive already holds (highestArchivedSequence), so a restart does not fetch it again.
    SourceFeed* addSource(FeedSettings settings);
    void removeSource(SourceFeed* feed);
    QList<SourceFeed*> sources() const { return m_feeds.feeds(); }

    IngestPipeline& pipeline() { return m_pipeline; }
    QString workspacePath() const { return m_workspacePath; }
    const Clock& clock() const { return m_clock; }

signals:
    void sourcesChanged();

private:
    const Clock& m_clock;
    QString m_workspacePath;
    IngestPipeline m_pipeline;
    FeedThread m_feeds;
};

// The newest sequence of a source that the workspace's archive holds, 0 for none.
Result<qint64> highestArchivedSequence(Workspace& workspace, const QString& sourceId);

} // namespace Gatehouse
