// Producers only append to a bounded queue under a mutex; the writer thread does all decoding,
// redaction and SQLite work, so a slow disk slows the archive, never the feeds or the GUI.
#include "ingestpipeline.h"

#include "archive.h"
#include "archivepruner.h"
#include "posturesnapshot.h"

#include "models/core/logging.h"

#include <QElapsedTimer>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// Rejects keep this much of the payload, after redaction, to show what arrived.
constexpr qsizetype RejectHeadBytes = 256;
// Retention rounds start this often, by the injected clock; an idle writer looks at the clock
// once a second, so a round is at most a second late.
constexpr qint64 PruneIntervalMs = 60000;
constexpr auto IdleLook = std::chrono::seconds(1);

struct Item
{
    enum class Kind
    {
        Event,
        Gap,
        Posture,
        Reject
    };
    Kind kind = Kind::Event;
    QString source;
    qint64 first = 0; // sequence, or the first lost sequence
    qint64 last = 0;  // the last lost sequence
    QByteArray payload;
    QDateTime at;
    qint64 receivedMs = 0;
    QString reason; // rejects from the feed
};

} // namespace

struct IngestPipeline::Shared
{
    Shared(QString path, std::unique_ptr<SecretRedactor> r, const Clock& c, IngestOptions o)
        : workspacePath(std::move(path))
        , redactor(std::move(r))
        , clock(c)
        , options(o)
    {
    }

    const QString workspacePath;
    const std::unique_ptr<SecretRedactor> redactor;
    const Clock& clock;
    const IngestOptions options;

    mutable std::mutex mutex;
    std::condition_variable wake; // the writer: work or stop
    std::condition_variable room; // blocked producers: the queue shrank
    std::condition_variable idle; // waitUntilIdle()
    std::deque<Item> queue;
    qint64 queuedBytes = 0;
    qint64 submitted = 0;
    qint64 finished = 0;
    bool signalPending = false;
    bool running = false;
    bool stopping = false;
    QHash<QString, SourceCounters> counters;
    QString lastError;
    std::thread thread;

    // Writer-thread state.
    std::unique_ptr<Archive> archive;
    std::unique_ptr<ArchivePruner> pruner;
    QDateTime nextPruneAt; // invalid before the first round, which runs at start
    ToolCallBatch pendingCalls;
    bool countersDirty = false;
    QElapsedTimer sinceSignal;

    bool enqueue(Item item);
    void recordDropped(const QString& source, qint64 sequence);
    std::vector<Item> take(bool& exit);
    ArchiveBatch decode(std::vector<Item>& items, OtlpDecoder& decoder);
    void decodeEvent(Item& item, OtlpDecoder& decoder, ArchiveBatch& batch);
    void redactRecords(DecodedRequest& records) const;
    void decodePosture(Item& item, ArchiveBatch& batch);
    // Counts what the batch stored and moves its stored calls on to the GUI's next delivery.
    void account(ArchiveBatch& batch, const Result<void>& written);
};

IngestPipeline::IngestPipeline(QString workspacePath, std::unique_ptr<SecretRedactor> redactor,
                               const Clock& clock, IngestOptions options, QObject* parent)
    : QObject(parent)
    , m_shared(
          std::make_unique<Shared>(std::move(workspacePath), std::move(redactor), clock, options))
{
    qRegisterMetaType<Gatehouse::ToolCallBatch>();
}

IngestPipeline::~IngestPipeline()
{
    stop();
}

Result<void> IngestPipeline::start()
{
    if (isRunning())
        return {};
    std::promise<Result<void>> opened;
    auto openedFuture = opened.get_future();
    m_shared->stopping = false;
    m_shared->thread = std::thread([this, &opened] {
        auto archive = Archive::open(m_shared->workspacePath);
        if (!archive) {
            opened.set_value(std::unexpected(archive.error()));
            return;
        }
        m_shared->archive = std::move(*archive);
        m_shared->pruner = std::make_unique<ArchivePruner>(m_shared->archive->handle());
        m_shared->nextPruneAt = {};
        opened.set_value({});
        run();
    });
    Result<void> result = openedFuture.get();
    if (!result) {
        m_shared->thread.join();
        return result;
    }
    std::lock_guard lock(m_shared->mutex);
    m_shared->running = true;
    return {};
}

void IngestPipeline::stop()
{
    {
        std::lock_guard lock(m_shared->mutex);
        if (!m_shared->running)
            return;
        m_shared->stopping = true;
    }
    m_shared->wake.notify_all();
    m_shared->room.notify_all();
    m_shared->thread.join();
    std::lock_guard lock(m_shared->mutex);
    m_shared->running = false;
    m_shared->pruner.reset(); // its statements go before the archive's connection closes
    m_shared->archive.reset();
}

bool IngestPipeline::isRunning() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->running && !m_shared->stopping;
}

void IngestPipeline::submitEvent(const QString& sourceId, qint64 sequence,
                                 const QByteArray& payload)
{
    Item item{Item::Kind::Event, sourceId, sequence, sequence, payload, {}, 0, {}};
    item.receivedMs = m_shared->clock.now().toMSecsSinceEpoch();
    m_shared->enqueue(std::move(item));
}

void IngestPipeline::submitGap(const QString& sourceId, qint64 fromSequence, qint64 toSequence)
{
    Item item{Item::Kind::Gap, sourceId, fromSequence, toSequence, {}, {}, 0, {}};
    item.receivedMs = m_shared->clock.now().toMSecsSinceEpoch();
    m_shared->enqueue(std::move(item));
}

void IngestPipeline::submitPosture(const QString& sourceId, const QByteArray& postureJson,
                                   const QDateTime& at)
{
    Item item{Item::Kind::Posture, sourceId, 0, 0, postureJson, at, 0, {}};
    item.receivedMs = m_shared->clock.now().toMSecsSinceEpoch();
    m_shared->enqueue(std::move(item));
}

void IngestPipeline::submitReject(const QString& sourceId, qint64 sequence, const QString& reason)
{
    Item item{Item::Kind::Reject, sourceId, sequence, sequence, {}, {}, 0, reason};
    item.receivedMs = m_shared->clock.now().toMSecsSinceEpoch();
    m_shared->enqueue(std::move(item));
}

qint64 IngestPipeline::rejectedCount(const QString& sourceId) const
{
    std::lock_guard lock(m_shared->mutex);
    const auto it = m_shared->counters.constFind(sourceId);
    return it == m_shared->counters.cend() ? 0 : it->rejects;
}

bool IngestPipeline::Shared::enqueue(Item item)
{
    std::unique_lock lock(mutex);
    if (!running || stopping)
        return false;
    const bool isEvent = item.kind == Item::Kind::Event;
    if (isEvent)
        ++counters[item.source].received;
    auto full = [&] {
        return qsizetype(queue.size()) >= options.queueEvents
               || queuedBytes + item.payload.size() > options.queueBytes;
    };
    // Gaps and postures are small and rare; only events are held back.
    if (isEvent && full()) {
        if (options.overflow == IngestOptions::Overflow::Drop) {
            recordDropped(item.source, item.first);
            return false;
        }
        room.wait(lock, [&] { return !full() || stopping; });
        if (stopping)
            return false;
    }
    queuedBytes += item.payload.size();
    queue.push_back(std::move(item));
    ++submitted;
    lock.unlock();
    wake.notify_one();
    return true;
}

// Called with the mutex held. A dropped event becomes a one-sequence gap, merged with the
// previous one when contiguous, so a long overload costs one queued gap, not one per event.
void IngestPipeline::Shared::recordDropped(const QString& source, qint64 sequence)
{
    SourceCounters& counter = counters[source];
    ++counter.dropped;
    counter.rejectReasons[u"dropped-backlog-full"_s] += 1;
    for (auto it = queue.rbegin(); it != queue.rend(); ++it) {
        if (it->kind == Item::Kind::Gap && it->source == source && it->payload == "dropped"_ba
            && it->last + 1 == sequence) {
            it->last = sequence;
            return;
        }
    }
    Item gap{Item::Kind::Gap, source, sequence, sequence, "dropped"_ba, {}, 0, {}};
    gap.receivedMs = clock.now().toMSecsSinceEpoch();
    queue.push_back(std::move(gap));
    ++submitted;
    wake.notify_one();
}

bool IngestPipeline::waitUntilIdle(int timeoutMs)
{
    std::unique_lock lock(m_shared->mutex);
    auto done = [&] {
        return !m_shared->running
               || (m_shared->finished == m_shared->submitted && !m_shared->signalPending);
    };
    if (timeoutMs < 0) {
        m_shared->idle.wait(lock, done);
        return true;
    }
    return m_shared->idle.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
}

QHash<QString, SourceCounters> IngestPipeline::counters() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->counters;
}

SourceCounters IngestPipeline::totals() const
{
    SourceCounters total;
    const auto all = counters();
    for (const SourceCounters& counter : all)
        total.add(counter);
    return total;
}

QString IngestPipeline::lastError() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->lastError;
}

std::vector<Item> IngestPipeline::Shared::take(bool& exit)
{
    std::unique_lock lock(mutex);
    const bool waiting = signalPending;
    const auto interval = std::chrono::milliseconds(options.guiIntervalMs);
    auto ready = [&] { return !queue.empty() || stopping; };
    if (pruner->isBusy()) {
        // A pruning round goes on between batches: take what is there without waiting.
    } else if (waiting) {
        const auto left = interval - std::chrono::milliseconds(sinceSignal.elapsed());
        wake.wait_for(lock, std::max(left, std::chrono::milliseconds(0)), ready);
    } else {
        wake.wait_for(lock, IdleLook, ready);
    }
    std::vector<Item> items;
    while (!queue.empty() && qsizetype(items.size()) < options.batchEvents) {
        queuedBytes -= queue.front().payload.size();
        items.push_back(std::move(queue.front()));
        queue.pop_front();
    }
    exit = stopping && queue.empty();
    lock.unlock();
    room.notify_all();
    return items;
}

void IngestPipeline::run()
{
    Shared& s = *m_shared;
    OtlpDecoder decoder(s.options.limits);
    s.sinceSignal.start();
    bool exit = false;
    while (!exit) {
        std::vector<Item> items = s.take(exit);
        if (!items.empty()) {
            ArchiveBatch batch = s.decode(items, decoder);
            const Result<void> written = s.archive->write(batch);
            if (!written) {
                qCWarning(lcIngest) << "archive write failed:" << written.error().message;
                emit archiveFailed(written.error().message);
            }
            s.account(batch, written);
        }
        if (!exit && s.options.pruneToRetention)
            prune();
        const bool due = s.sinceSignal.elapsed() >= s.options.guiIntervalMs;
        if (s.countersDirty && (due || exit)) {
            ToolCallBatch calls = std::exchange(s.pendingCalls, {});
            s.countersDirty = false;
            s.sinceSignal.restart();
            if (!calls.isEmpty())
                emit callsArchived(calls);
            emit countersChanged();
        }
        std::lock_guard lock(s.mutex);
        s.finished += qint64(items.size());
        s.signalPending = s.countersDirty;
        if (s.finished == s.submitted && !s.signalPending)
            s.idle.notify_all();
    }
    std::lock_guard lock(s.mutex);
    s.idle.notify_all();
}

void IngestPipeline::prune()
{
    Shared& s = *m_shared;
    if (!s.pruner->isBusy()) {
        const QDateTime now = s.clock.now();
        if (s.nextPruneAt.isValid() && now < s.nextPruneAt)
            return;
        s.nextPruneAt = now.addMSecs(PruneIntervalMs);
        if (auto begun = s.pruner->begin(now); !begun || !s.pruner->isBusy()) {
            if (!begun)
                qCWarning(lcStore) << "retention round not started:" << begun.error().message;
            return;
        }
    }
    // One step a turn of the writer's loop: at most one batch waits for it.
    if (auto deleted = s.pruner->step(); !deleted)
        qCWarning(lcStore) << "retention round stopped:" << deleted.error().message;
    if (!s.pruner->isBusy()) {
        qCDebug(lcStore) << "retention round deleted" << s.pruner->roundRows() << "rows before"
                         << s.pruner->cut();
        emit archivePruned(s.pruner->roundRows(), s.pruner->cut());
    }
}

ArchiveBatch IngestPipeline::Shared::decode(std::vector<Item>& items, OtlpDecoder& decoder)
{
    ArchiveBatch batch;
    for (Item& item : items) {
        switch (item.kind) {
        case Item::Kind::Event:
            decodeEvent(item, decoder, batch);
            break;
        case Item::Kind::Gap:
            batch.gaps.append(
                {item.source, item.first, item.last, item.receivedMs,
                 item.payload.isEmpty() ? u"server-cannot-resend"_s : u"dropped-backlog-full"_s});
            break;
        case Item::Kind::Posture:
            decodePosture(item, batch);
            break;
        case Item::Kind::Reject:
            batch.rejects.append({item.source,
                                  item.first,
                                  item.receivedMs,
                                  item.reason,
                                  u"refused by the feed"_s,
                                  0,
                                  {},
                                  false});
            break;
        }
    }
    return batch;
}

void IngestPipeline::Shared::decodeEvent(Item& item, OtlpDecoder& decoder, ArchiveBatch& batch)
{
    auto decoded = decoder.decode(item.source, item.first, item.payload);
    if (decoded) {
        redactRecords(*decoded);
        batch.events.append({item.source, item.first, item.receivedMs, item.payload.size(),
                             std::move(*decoded), false});
        return;
    }
    QString head = QString::fromUtf8(item.payload.left(RejectHeadBytes));
    redactor->redact(head);
    batch.rejects.append({item.source, item.first, item.receivedMs, decoded.error().reason,
                          decoded.error().detail, item.payload.size(), head.toUtf8(), false});
}

void IngestPipeline::Shared::redactRecords(DecodedRequest& records) const
{
    for (ToolCall& call : records.calls)
        call.redactions += redactor->redact(call.arguments);
    for (SandboxExecution& run : records.executions) {
        run.redactions += redactor->redact(run.stdoutSnippet);
        run.redactions += redactor->redact(run.stderrSnippet);
        run.redactions += redactor->redact(run.command);
    }
}

void IngestPipeline::Shared::decodePosture(Item& item, ArchiveBatch& batch)
{
    QString text = QString::fromUtf8(item.payload);
    redactor->redact(text);
    auto snapshot = PostureSnapshot::parse(item.source, text.toUtf8(), item.at);
    if (snapshot) {
        batch.postures.append(std::move(*snapshot));
        return;
    }
    qCWarning(lcIngest) << "posture of" << item.source << "refused:" << snapshot.error().message;
    std::lock_guard lock(mutex);
    counters[item.source].rejectReasons[u"bad-posture"_s] += 1;
}

void IngestPipeline::Shared::account(ArchiveBatch& batch, const Result<void>& written)
{
    const QDateTime now = clock.now();
    std::lock_guard lock(mutex);
    lastError = written ? QString() : written.error().message;
    for (ArchivedEvent& event : batch.events) {
        SourceCounters& counter = counters[event.source];
        if (!written)
            continue;
        if (!event.stored) {
            ++counter.duplicates;
            continue;
        }
        ++counter.stored;
        counter.calls += event.records.calls.size();
        counter.lastSequence = qMax(counter.lastSequence, event.sequence);
        counter.lastEventAt = now;
        pendingCalls.append(std::move(event.records.calls));
    }
    for (const ArchiveReject& reject : batch.rejects) {
        SourceCounters& counter = counters[reject.source];
        if (written && reject.stored) {
            ++counter.rejects;
            counter.rejectReasons[reject.reason] += 1;
        } else if (written) {
            ++counter.duplicates;
        }
    }
    for (const ArchiveGap& gap : batch.gaps) {
        if (gap.reason == "server-cannot-resend"_L1)
            counters[gap.source].gaps += gap.toSequence - gap.fromSequence + 1;
    }
    for (const PostureSnapshot& posture : batch.postures)
        ++counters[posture.source].postures;
    if (pendingCalls.size() > options.guiBatchCalls)
        pendingCalls.remove(0, pendingCalls.size() - options.guiBatchCalls);
    countersDirty = true;
}

} // namespace Gatehouse
