// One live source (a tunnel gateway or a sandbox host): fetches /v1/info and /v1/posture, follows
// /v1/events with resumption and backoff, and hands every event once to an IngestSink.
#pragma once

#include "models/core/clock.h"
#include "models/core/error.h"
#include "models/feed/backoff.h"
#include "models/feed/feedsettings.h"
#include "models/feed/feedstatistics.h"
#include "models/feed/ingestsink.h"
#include "models/feed/sequencetracker.h"
#include "models/feed/ssestream.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace Gatehouse {

class HttpExchange;
class ReadOnlyHttpClient;

class SourceFeed : public QObject
{
    Q_OBJECT

public:
    // The sink and the clock must outlive the feed; the sink is called from the feed's thread.
    SourceFeed(FeedSettings settings, IngestSink& sink, const Clock& clock,
               QObject* parent = nullptr);
    ~SourceFeed() override;

    // These readers may be called from any thread.
    QString sourceId() const;
    // What the source's /v1/info says it is and where it runs; empty before the first answer.
    QString kind() const;
    QString region() const;
    QUrl url() const { return m_settings.client.baseUrl; }
    FeedState state() const;
    FeedStatistics statistics() const;
    std::optional<Error> lastError() const;
    // Plain http:// to loopback: works, but the sources panel must show a warning.
    bool insecureTransport() const;

    // Call these in the feed's thread (FeedThread does).
    void start();
    void stop();

    static QString stateName(FeedState state);

signals:
    void stateChanged(Gatehouse::FeedState state);
    // Emitted every tick while running.
    void statisticsUpdated(const Gatehouse::FeedStatistics& statistics);
    void errorOccurred(const QString& message);

private:
    void fetchInfo();
    void onInfoFinished();
    void fetchPosture();
    void onPostureFinished();
    void openStream();
    void onChunk(const QByteArray& chunk);
    void onStreamFinished();
    void handleItem(const SseStream::Item& item);
    void handleEvent(const SseStream::Item& item);
    void handleServerGap(const QByteArray& data);
    void handleComment(const QByteArray& text);
    void handleOversized(const SseStream::Item& item);
    void reject(qint64 sequence, const QString& reason, qint64 FeedStatistics::*counter);
    void submitLost(const QList<SequenceTracker::Gap>& lost);
    void retryLater(bool restartFromInfo);
    void onReconnectTimer();
    void onTick();
    FeedStatistics refreshStatistics(const QDateTime& now);
    void checkSilence(const QDateTime& now);
    void setState(FeedState state);
    void setError(const Error& error);
    void countEvent(const QDateTime& now);
    double rate(const QDateTime& now) const;

    FeedSettings m_settings;
    IngestSink& m_sink;
    const Clock& m_clock;
    std::unique_ptr<ReadOnlyHttpClient> m_client;
    QPointer<HttpExchange> m_info;
    QPointer<HttpExchange> m_posture;
    QPointer<HttpExchange> m_stream;
    SseStream m_parser;
    SequenceTracker m_tracker;
    Backoff m_backoff;
    QTimer m_tick;
    QTimer m_postureTimer;
    QTimer m_reconnectTimer;
    bool m_haveInfo = false;
    bool m_running = false;
    bool m_streamDeliveredEvent = false;
    QList<SseStream::Item> m_items;
    std::deque<std::pair<qint64, qint64>> m_rateBuckets; // epoch second, events

    mutable QMutex m_mutex; // guards what the readers see
    QString m_sourceId;
    QString m_kind;
    QString m_region;
    FeedState m_state = FeedState::Idle;
    FeedStatistics m_statistics;
    std::optional<Error> m_error;
};

} // namespace Gatehouse
