// The map's markers for what is being watched: each gateway and sandbox host at the region its
// /v1/info names, and each data source (an MCP server in a data region) seen in calls, with a
// state that follows the feed's (for sources) or the age and outcome of the newest call (for data
// sources). Codes the catalog does not know are listed, never dropped.
#pragma once

#include "models/core/clock.h"
#include "models/feed/feedstatistics.h"
#include "models/map/sitemarker.h"
#include "models/telemetry/toolcall.h"

#include <QHash>
#include <QStringList>

namespace Gatehouse {

class RegionCatalog;
class SourceFeed;

// What the map needs to know about one feed, read from any thread.
struct SourceStatus
{
    QString id;
    QString kind;   // as in /v1/info; empty before it answered
    QString region; // as in /v1/info; empty before it answered
    FeedState state = FeedState::Idle;
    qint64 lastEventAgeMs = -1;
    QString error;

    static SourceStatus of(const SourceFeed& feed);
};

class SourceMarkers
{
public:
    // A data source without a call for this long is shown as stale.
    static constexpr qint64 DefaultDataStaleMs = 5 * 60'000;
    // This many failed calls in a row show a data source in error.
    static constexpr int ErrorRun = 3;
    // Data sources kept; later ones are counted in droppedDataSources().
    static constexpr int MaxDataSources = 200;

    // The catalog and the clock must outlive the markers.
    SourceMarkers(const RegionCatalog& catalog, const Clock& clock,
                  qint64 dataStaleMs = DefaultDataStaleMs);

    void setSources(const QList<SourceStatus>& sources);
    void addCalls(const ToolCallBatch& calls);
    void clear();

    // Sources first, in the order given, then data sources in the order first seen.
    QList<SiteMarker> markers() const;
    // Region codes of markers that the catalog does not know, in order, without repeats.
    QStringList unknownRegions() const;
    qint64 droppedDataSources() const { return m_dropped; }

    static SiteMarker::State stateOf(FeedState state);

private:
    struct DataSource
    {
        QString server;
        QString region;
        QString reportedBy; // the source of the newest call
        qint64 lastCallMs = 0;
        qint64 calls = 0;
        int errorsInARow = 0;
    };
    SiteMarker sourceMarker(const SourceStatus& source) const;
    SiteMarker dataMarker(const DataSource& data, qint64 nowMs) const;
    DataSource* dataSourceFor(const ToolCall& call);

    const RegionCatalog& m_catalog;
    const Clock& m_clock;
    qint64 m_dataStaleMs;
    QList<SourceStatus> m_sources;
    QList<DataSource> m_data;
    QHash<QString, qsizetype> m_dataIndex; // "server@region" -> index in m_data
    qint64 m_dropped = 0;
};

} // namespace Gatehouse
