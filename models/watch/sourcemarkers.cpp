// Turning feeds and calls into map markers.
#include "sourcemarkers.h"

#include "models/feed/sourcefeed.h"
#include "models/regions/regioncatalog.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace Gatehouse {

using namespace Qt::StringLiterals;

SourceStatus SourceStatus::of(const SourceFeed& feed)
{
    const FeedStatistics statistics = feed.statistics();
    const auto error = feed.lastError();
    const QString id = feed.sourceId();
    return {id.isEmpty() ? feed.url().toDisplayString() : id,
            feed.kind(),
            feed.region(),
            feed.state(),
            statistics.lastEventAgeMs,
            error ? error->message : QString()};
}

SourceMarkers::SourceMarkers(const RegionCatalog& catalog, const Clock& clock, qint64 dataStaleMs)
    : m_catalog(catalog)
    , m_clock(clock)
    , m_dataStaleMs(dataStaleMs)
{
}

SiteMarker::State SourceMarkers::stateOf(FeedState state)
{
    switch (state) {
    case FeedState::Streaming:
        return SiteMarker::State::Connected;
    case FeedState::Stale:
        return SiteMarker::State::Stale;
    case FeedState::Failed:
        return SiteMarker::State::Error;
    case FeedState::Idle:
    case FeedState::Connecting:
    case FeedState::Backoff:
    case FeedState::Stopped:
        break;
    }
    return SiteMarker::State::Disconnected;
}

void SourceMarkers::setSources(const QList<SourceStatus>& sources)
{
    m_sources = sources;
}

SourceMarkers::DataSource* SourceMarkers::dataSourceFor(const ToolCall& call)
{
    const QString key = call.mcpServer + u'@' + call.dataRegion;
    if (const auto found = m_dataIndex.constFind(key); found != m_dataIndex.constEnd())
        return &m_data[*found];
    if (m_data.size() >= MaxDataSources) {
        ++m_dropped;
        return nullptr;
    }
    m_dataIndex.insert(key, m_data.size());
    m_data.append(DataSource{call.mcpServer, call.dataRegion, {}, 0, 0, 0});
    return &m_data.last();
}

void SourceMarkers::addCalls(const ToolCallBatch& calls)
{
    for (const ToolCall& call : calls) {
        // A call that names no data region cannot be placed, nor can its server.
        if (call.dataRegion.isEmpty())
            continue;
        DataSource* data = dataSourceFor(call);
        if (!data)
            continue;
        ++data->calls;
        const qint64 atMs = call.startNs / 1'000'000;
        if (atMs < data->lastCallMs)
            continue;
        data->lastCallMs = atMs;
        data->reportedBy = call.source;
        data->errorsInARow = call.outcome == "error"_L1 ? data->errorsInARow + 1 : 0;
    }
}

void SourceMarkers::clear()
{
    m_sources.clear();
    m_data.clear();
    m_dataIndex.clear();
    m_dropped = 0;
}

SiteMarker SourceMarkers::sourceMarker(const SourceStatus& source) const
{
    SiteMarker marker;
    marker.id = source.id;
    marker.label = source.id;
    marker.region = source.region;
    marker.kind = source.kind == "sandbox-host"_L1 ? SiteMarker::Kind::SandboxHost
                                                   : SiteMarker::Kind::Gateway;
    marker.state = stateOf(source.state);
    marker.detail = !source.error.isEmpty() && marker.state != SiteMarker::State::Connected
                        ? source.error
                    : source.lastEventAgeMs < 0
                        ? SiteMarker::tr("No event received yet.")
                        : SiteMarker::tr("Last event %1 s ago.").arg(source.lastEventAgeMs / 1000);
    return marker;
}

SiteMarker SourceMarkers::dataMarker(const DataSource& data, qint64 nowMs) const
{
    SiteMarker marker;
    marker.id = data.server + u'@' + data.region;
    marker.label = data.server.isEmpty() ? SiteMarker::tr("data") : data.server;
    marker.region = data.region;
    marker.kind = SiteMarker::Kind::DataSource;
    const auto reporter =
        std::find_if(m_sources.cbegin(), m_sources.cend(),
                     [&data](const SourceStatus& s) { return s.id == data.reportedBy; });
    const bool unseen =
        reporter != m_sources.cend() && stateOf(reporter->state) == SiteMarker::State::Disconnected;
    marker.state = unseen                                    ? SiteMarker::State::Disconnected
                   : nowMs - data.lastCallMs > m_dataStaleMs ? SiteMarker::State::Stale
                   : data.errorsInARow >= ErrorRun           ? SiteMarker::State::Error
                                                             : SiteMarker::State::Connected;
    marker.detail = SiteMarker::tr("%n call(s) through %1, the newest at %2.", nullptr,
                                   int(qMin<qint64>(data.calls, std::numeric_limits<int>::max())))
                        .arg(data.reportedBy, QDateTime::fromMSecsSinceEpoch(data.lastCallMs)
                                                  .toLocalTime()
                                                  .toString(u"HH:mm:ss"_s));
    return marker;
}

QList<SiteMarker> SourceMarkers::markers() const
{
    QList<SiteMarker> all;
    for (const SourceStatus& source : m_sources)
        all.append(sourceMarker(source));
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    for (const DataSource& data : m_data)
        all.append(dataMarker(data, nowMs));
    return all;
}

QStringList SourceMarkers::unknownRegions() const
{
    QStringList codes;
    for (const SourceStatus& source : m_sources)
        codes.append(source.region);
    for (const DataSource& data : m_data)
        codes.append(data.region);
    codes.removeAll(QString());
    return m_catalog.unknownCodes(codes);
}

} // namespace Gatehouse
