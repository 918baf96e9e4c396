// The feed runs entirely in one thread (its own affinity); readers on other threads get copies
// under a mutex, and the sink is called in that thread as its contract allows.
#include "sourcefeed.h"

#include "models/core/logging.h"
#include "models/feed/httpexchange.h"
#include "models/feed/readonlyhttpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

namespace Gatehouse {

namespace {

constexpr qint64 RateWindowSeconds = 10;

std::optional<qint64> parseSequence(const QByteArray& id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace

SourceFeed::SourceFeed(FeedSettings settings, IngestSink& sink, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_sink(sink)
    , m_clock(clock)
    , m_parser(m_settings.limits)
    , m_tracker(m_settings.reorderWindow, m_settings.resumeAfter)
    , m_backoff(m_settings.backoffInitialMs, m_settings.backoffMaxMs, m_settings.backoffSeed)
    , m_tick(this)
    , m_postureTimer(this)
    , m_reconnectTimer(this)
    , m_sourceId(m_settings.sourceId)
{
    m_tick.setInterval(m_settings.tickMs);
    m_postureTimer.setInterval(m_settings.postureIntervalMs);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &SourceFeed::onTick);
    connect(&m_postureTimer, &QTimer::timeout, this, &SourceFeed::fetchPosture);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SourceFeed::onReconnectTimer);
    m_statistics.resumePoint = m_tracker.resumePoint();
    m_statistics.highestSequence = m_tracker.highest();
}

SourceFeed::~SourceFeed()
{
    m_running = false;
    delete m_stream;
    delete m_info;
    delete m_posture;
}

QString SourceFeed::sourceId() const
{
    QMutexLocker lock(&m_mutex);
    return m_sourceId;
}

QString SourceFeed::kind() const
{
    QMutexLocker lock(&m_mutex);
    return m_kind;
}

QString SourceFeed::region() const
{
    QMutexLocker lock(&m_mutex);
    return m_region;
}

FeedState SourceFeed::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

FeedStatistics SourceFeed::statistics() const
{
    QMutexLocker lock(&m_mutex);
    return m_statistics;
}

std::optional<Error> SourceFeed::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

bool SourceFeed::insecureTransport() const
{
    return m_settings.client.baseUrl.scheme() == u"http";
}

QString SourceFeed::stateName(FeedState state)
{
    switch (state) {
    case FeedState::Idle:
        return tr("idle");
    case FeedState::Connecting:
        return tr("connecting");
    case FeedState::Streaming:
        return tr("streaming");
    case FeedState::Backoff:
        return tr("waiting to reconnect");
    case FeedState::Stale:
        return tr("stale");
    case FeedState::Failed:
        return tr("failed");
    case FeedState::Stopped:
        return tr("stopped");
    }
    return {};
}

void SourceFeed::start()
{
    if (m_running)
        return;
    auto client = ReadOnlyHttpClient::create(m_settings.client, this);
    m_settings.client.bearerToken.clear();
    m_settings.client.clientKeyPassword.clear();
    if (!client) {
        setError(client.error());
        setState(FeedState::Failed);
        return;
    }
    m_client = std::move(*client);
    if (m_client->insecureTransport())
        qCWarning(lcFeed) << "plain http to loopback for" << m_client->baseUrl().toDisplayString();
    m_running = true;
    m_tick.start();
    fetchInfo();
}

void SourceFeed::stop()
{
    m_running = false;
    m_tick.stop();
    m_postureTimer.stop();
    m_reconnectTimer.stop();
    refreshStatistics(m_clock.now());
    for (HttpExchange* exchange : {m_stream.data(), m_info.data(), m_posture.data()}) {
        if (exchange) {
            exchange->disconnect(this);
            exchange->deleteLater();
        }
    }
    setState(FeedState::Stopped);
}

void SourceFeed::setState(FeedState state)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_state == state)
            return;
        m_state = state;
    }
    qCDebug(lcFeed) << m_sourceId << "is" << stateName(state);
    emit stateChanged(state);
}

void SourceFeed::setError(const Error& error)
{
    {
        QMutexLocker lock(&m_mutex);
        m_error = error;
    }
    emit errorOccurred(error.message);
}

void SourceFeed::fetchInfo()
{
    setState(FeedState::Connecting);
    m_info = m_client->fetchDocument(QStringLiteral("/v1/info"));
    connect(m_info, &HttpExchange::finished, this, &SourceFeed::onInfoFinished);
}

void SourceFeed::onInfoFinished()
{
    HttpExchange* exchange = m_info;
    exchange->deleteLater();
    if (!m_running)
        return;
    if (exchange->error()) {
        setError(*exchange->error());
        if (exchange->retryable())
            retryLater(true);
        else
            setState(FeedState::Failed);
        return;
    }
    const QJsonObject info = QJsonDocument::fromJson(exchange->body()).object();
    {
        QMutexLocker lock(&m_mutex);
        if (m_sourceId.isEmpty())
            m_sourceId = info.value(u"id").toString();
        if (m_sourceId.isEmpty())
            m_sourceId = m_settings.client.baseUrl.toDisplayString();
        m_kind = info.value(u"kind").toString();
        m_region = info.value(u"region").toString();
    }
    m_haveInfo = true;
    m_sink.submitPosture(m_sourceId, exchange->body(), m_clock.now());
    fetchPosture();
    m_postureTimer.start();
    openStream();
}

void SourceFeed::fetchPosture()
{
    if (!m_running || m_posture)
        return;
    m_posture = m_client->fetchDocument(QStringLiteral("/v1/posture"));
    connect(m_posture, &HttpExchange::finished, this, &SourceFeed::onPostureFinished);
}

void SourceFeed::onPostureFinished()
{
    HttpExchange* exchange = m_posture;
    exchange->deleteLater();
    if (!m_running)
        return;
    // A missing posture is shown, but the events still flow.
    if (exchange->error()) {
        setError(*exchange->error());
        return;
    }
    m_sink.submitPosture(m_sourceId, exchange->body(), m_clock.now());
}

void SourceFeed::openStream()
{
    setState(FeedState::Connecting);
    m_parser.reset();
    m_streamDeliveredEvent = false;
    m_stream = m_client->openEventStream(QStringLiteral("/v1/events"), m_tracker.resumePoint(),
                                         4 * m_settings.expectedCadenceMs);
    connect(m_stream, &HttpExchange::chunkReceived, this, &SourceFeed::onChunk);
    connect(m_stream, &HttpExchange::finished, this, &SourceFeed::onStreamFinished);
}

void SourceFeed::onChunk(const QByteArray& chunk)
{
    const QDateTime now = m_clock.now();
    {
        QMutexLocker lock(&m_mutex);
        m_statistics.bytes += chunk.size();
        m_statistics.lastActivityAt = now;
    }
    setState(FeedState::Streaming);
    m_items.clear();
    m_parser.feed(chunk, m_items);
    for (const SseStream::Item& item : std::as_const(m_items))
        handleItem(item);
    m_items.clear();
}

void SourceFeed::handleItem(const SseStream::Item& item)
{
    switch (item.kind) {
    case SseStream::Item::Kind::Event:
        handleEvent(item);
        break;
    case SseStream::Item::Kind::Comment:
        handleComment(item.data);
        break;
    case SseStream::Item::Kind::Retry:
        m_backoff.setInitialMs(item.retryMs);
        break;
    case SseStream::Item::Kind::Oversized:
        handleOversized(item);
        break;
    }
}

void SourceFeed::handleEvent(const SseStream::Item& item)
{
    if (item.type == "gap") {
        handleServerGap(item.data);
        return;
    }
    if (!item.type.isEmpty() && item.type != "message")
        return;
    const auto sequence = item.hasId ? parseSequence(item.id) : std::nullopt;
    if (!sequence || item.data.isEmpty()) {
        reject(0, tr("event without a positive numeric id or without data"),
               &FeedStatistics::malformed);
        return;
    }
    QList<SequenceTracker::Gap> lost;
    const bool fresh = m_tracker.accept(*sequence, lost);
    if (fresh) {
        m_streamDeliveredEvent = true;
        m_sink.submitEvent(m_sourceId, *sequence, item.data);
        countEvent(m_clock.now());
    } else {
        QMutexLocker lock(&m_mutex);
        ++m_statistics.duplicates;
    }
    submitLost(lost);
}

void SourceFeed::handleServerGap(const QByteArray& data)
{
    const QJsonObject gap = QJsonDocument::fromJson(data).object();
    const qint64 from = gap.value(u"from").toInteger();
    const qint64 to = gap.value(u"to").toInteger();
    if (from <= 0 || to < from) {
        reject(0, tr("gap event without a valid from..to range"), &FeedStatistics::malformed);
        return;
    }
    QList<SequenceTracker::Gap> lost;
    m_tracker.serverLost(from, to, lost);
    submitLost(lost);
}

void SourceFeed::handleComment(const QByteArray& text)
{
    // Heartbeats read "hb <server time> <newest sequence>"; other comments only prove liveness.
    const QList<QByteArray> words = text.split(' ');
    if (words.value(0) != "hb")
        return;
    const qint64 head = words.value(2).toLongLong();
    QMutexLocker lock(&m_mutex);
    ++m_statistics.heartbeats;
    if (head > 0)
        m_statistics.lagEvents = std::max<qint64>(0, head - m_tracker.highest());
}

void SourceFeed::handleOversized(const SseStream::Item& item)
{
    const qint64 sequence = item.hasId ? parseSequence(item.id).value_or(0) : 0;
    reject(sequence,
           tr("event larger than %1 bytes (or a line larger than %2 bytes) skipped")
               .arg(m_settings.limits.maxEventBytes)
               .arg(m_settings.limits.maxLineBytes),
           &FeedStatistics::oversized);
}

void SourceFeed::reject(qint64 sequence, const QString& reason, qint64 FeedStatistics::*counter)
{
    {
        QMutexLocker lock(&m_mutex);
        ++(m_statistics.*counter);
    }
    qCInfo(lcFeed) << m_sourceId << "rejected a frame:" << reason;
    m_sink.submitReject(m_sourceId, sequence, reason);
}

void SourceFeed::submitLost(const QList<SequenceTracker::Gap>& lost)
{
    for (const SequenceTracker::Gap& gap : lost) {
        m_sink.submitGap(m_sourceId, gap.from, gap.to);
        QMutexLocker lock(&m_mutex);
        ++m_statistics.gaps;
        m_statistics.lostEvents += gap.to - gap.from + 1;
    }
}

void SourceFeed::onStreamFinished()
{
    HttpExchange* exchange = m_stream;
    exchange->deleteLater();
    if (!m_running)
        return;
    const auto error = exchange->error();
    if (error)
        setError(*error);
    if (error && !exchange->retryable()) {
        setState(FeedState::Failed);
        return;
    }
    retryLater(false);
}

void SourceFeed::retryLater(bool restartFromInfo)
{
    if (m_streamDeliveredEvent)
        m_backoff.reset();
    m_streamDeliveredEvent = false;
    m_haveInfo = m_haveInfo && !restartFromInfo;
    const int delay = m_backoff.nextDelayMs();
    qCDebug(lcFeed) << m_sourceId << "reconnects in" << delay << "ms";
    setState(FeedState::Backoff);
    m_reconnectTimer.start(delay);
}

void SourceFeed::onReconnectTimer()
{
    if (!m_running)
        return;
    {
        QMutexLocker lock(&m_mutex);
        ++m_statistics.reconnects;
    }
    if (m_haveInfo)
        openStream();
    else
        fetchInfo();
}

void SourceFeed::countEvent(const QDateTime& now)
{
    const qint64 second = now.toSecsSinceEpoch();
    if (m_rateBuckets.empty() || m_rateBuckets.back().first != second)
        m_rateBuckets.emplace_back(second, 0);
    ++m_rateBuckets.back().second;
    while (m_rateBuckets.size() > size_t(RateWindowSeconds) + 1)
        m_rateBuckets.pop_front();
    QMutexLocker lock(&m_mutex);
    ++m_statistics.events;
    m_statistics.lastEventAt = now;
}

double SourceFeed::rate(const QDateTime& now) const
{
    const qint64 second = now.toSecsSinceEpoch();
    qint64 count = 0;
    for (const auto& [at, events] : m_rateBuckets) {
        if (at > second - RateWindowSeconds && at <= second)
            count += events;
    }
    return double(count) / double(RateWindowSeconds);
}

void SourceFeed::checkSilence(const QDateTime& now)
{
    const FeedState current = state();
    if (current != FeedState::Streaming && current != FeedState::Stale)
        return;
    const QDateTime last = statistics().lastActivityAt;
    // The source keeps its cadence in real time, whatever the speed of the clock.
    const qint64 silentMs =
        last.isValid() ? qint64(double(last.msecsTo(now)) / m_clock.speed()) : 0;
    if (silentMs > 4 * qint64(m_settings.expectedCadenceMs) && m_stream) {
        qCInfo(lcFeed) << m_sourceId << "silent for" << silentMs << "ms: reopening the stream";
        m_stream->abort();
    } else if (silentMs > 2 * qint64(m_settings.expectedCadenceMs)) {
        setState(FeedState::Stale);
    }
}

void SourceFeed::onTick()
{
    const QDateTime now = m_clock.now();
    checkSilence(now);
    emit statisticsUpdated(refreshStatistics(now));
}

FeedStatistics SourceFeed::refreshStatistics(const QDateTime& now)
{
    const qint64 sinkRejects = m_sink.rejectedCount(m_sourceId);
    QMutexLocker lock(&m_mutex);
    m_statistics.eventsPerSecond = rate(now);
    m_statistics.sinkRejects = std::max<qint64>(0, sinkRejects);
    m_statistics.lastEventAgeMs =
        m_statistics.lastEventAt.isValid() ? m_statistics.lastEventAt.msecsTo(now) : -1;
    m_statistics.highestSequence = m_tracker.highest();
    m_statistics.resumePoint = m_tracker.resumePoint();
    return m_statistics;
}

} // namespace Gatehouse
