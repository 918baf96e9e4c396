// The one path every received payload takes: a bounded queue, then on a single writer thread
// decode, redact and archive, then batches of new tool calls for the GUI every 50 ms at most.
#pragma once

#include "otlpdecoder.h"
#include "secretredactor.h"
#include "sourcecounters.h"
#include "toolcall.h"

#include "models/core/clock.h"
#include "models/core/error.h"
#include "models/feed/ingestsink.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace Gatehouse {

struct IngestOptions
{
    // What happens when the backlog is full. Drop never blocks the caller: the event is counted
    // as dropped and recorded as a one-sequence gap. Block makes the caller wait for room, which
    // suits importers that read at their own pace.
    enum class Overflow
    {
        Drop,
        Block
    };
    Overflow overflow = Overflow::Drop;
    int queueEvents = 20000;                // events waiting to be decoded
    qint64 queueBytes = 64LL * 1024 * 1024; // their payload bytes
    int batchEvents = 2000;                 // events in one archive transaction, at most
    int guiIntervalMs = 50;                 // callsArchived() at most this often
    int guiBatchCalls = 20000;              // calls kept for the next signal; older are skipped
    // Watch sessions prune to the workspace's retention; an import of old files does not, or it
    // would delete what it came to store.
    bool pruneToRetention = true;
    DecodeLimits limits;
};

class IngestPipeline : public QObject, public IngestSink
{
    Q_OBJECT

public:
    // workspacePath names an existing, migrated workspace; the pipeline opens its own connection
    // on it from its writer thread. The clock must outlive the pipeline.
    IngestPipeline(QString workspacePath, std::unique_ptr<SecretRedactor> redactor,
                   const Clock& clock, IngestOptions options = {}, QObject* parent = nullptr);
    ~IngestPipeline() override;

    // Starts the writer thread and opens the archive; fails when the archive cannot be opened.
    Result<void> start();
    // Archives what is queued, then stops the writer thread. Submissions after stop are dropped.
    void stop();
    bool isRunning() const;

    // IngestSink; callable from any thread.
    void submitEvent(const QString& sourceId, qint64 sequence, const QByteArray& payload) override;
    void submitGap(const QString& sourceId, qint64 fromSequence, qint64 toSequence) override;
    void submitPosture(const QString& sourceId, const QByteArray& postureJson,
                       const QDateTime& at) override;
    // A frame the feed refused itself; kept as a reject without content.
    void submitReject(const QString& sourceId, qint64 sequence, const QString& reason) override;
    qint64 rejectedCount(const QString& sourceId) const override;

    // Blocks until everything submitted so far is archived (and signalled); false on timeout.
    bool waitUntilIdle(int timeoutMs = -1);

    QHash<QString, SourceCounters> counters() const;
    SourceCounters totals() const;
    // The last archive error, empty while all is well.
    QString lastError() const;

signals:
    // New tool calls, in the order they were stored; emitted from the writer thread, so a
    // receiver in the GUI thread gets them through a queued connection.
    void callsArchived(const Gatehouse::ToolCallBatch& calls);
    // Counters changed; emitted at most as often as callsArchived.
    void countersChanged();
    // The archive refused a batch (disk full, file locked...). The batch's events are lost to
    // the archive and the message says why; the pipeline keeps running.
    void archiveFailed(const QString& message);
    // A retention round ended: `rows` older than `cut` were deleted. Rounds run at start and
    // about once a minute while retention is on, between the writer's batches.
    void archivePruned(qint64 rows, const QDateTime& cut);

private:
    struct Shared;
    void run();
    void prune();

    std::unique_ptr<Shared> m_shared;
};

} // namespace Gatehouse
