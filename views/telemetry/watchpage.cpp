// Arranging the watch page and connecting the pipeline to its models.
#include "watchpage.h"

#include "attributionwidget.h"
#include "chartstab.h"
#include "livecallswidget.h"
#include "sourcespanel.h"
#include "toolcalldetails.h"

#include "models/feed/sourcefeed.h"
#include "models/map/regionflows.h"
#include "models/map/worldmap.h"
#include "models/regions/regioncatalog.h"
#include "models/telemetry/archivepager.h"
#include "models/telemetry/attributionmodel.h"
#include "models/telemetry/toolcallmodel.h"
#include "models/watch/sourcelistmodel.h"
#include "models/watch/sourcemarkers.h"
#include "models/watch/watchsession.h"
#include "views/map/regionmapwidget.h"

#include <QDataStream>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

WatchPage::WatchPage(WatchSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_calls(new ToolCallModel(10000, this))
    , m_attribution(new AttributionModel(50000, this))
    , m_sources(new SourceListModel(session, 500, this))
{
    setObjectName(u"watchPage"_s);
    // Filters and scrolling back reach past the ring into the archive, on the pager's thread.
    m_calls->setPager(new ArchivePager(m_session.workspacePath(), this));
    connect(&m_session.pipeline(), &IngestPipeline::callsArchived, m_calls,
            &ToolCallModel::appendCalls, Qt::QueuedConnection);
    connect(&m_session.pipeline(), &IngestPipeline::callsArchived, m_attribution,
            &AttributionModel::addCalls, Qt::QueuedConnection);

    m_live = new LiveCallsWidget(*m_calls, this);
    auto* details = new ToolCallDetails(this);
    auto* attribution = new AttributionWidget(*m_attribution, this);
    auto* side = new QTabWidget(this);
    m_side = side;
    side->setObjectName(u"watchSideTabs"_s);
    side->addTab(details, tr("Call details"));
    side->addTab(attribution, tr("Attribution"));
    side->addTab(createMapTab(), tr("Map"));
    side->addTab(new ChartsTab(m_session, 500, this), tr("Charts"));
    m_tabNames = {u"details"_s, u"attribution"_s, u"map"_s, u"charts"_s};

    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->addWidget(m_live);
    m_horizontal->addWidget(side);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(new SourcesPanel(*m_sources, this));
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(1, 4);
    // First sizes only; the user's are restored over them.
    m_vertical->setSizes({160, 740});
    m_horizontal->setSizes({880, 520});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_vertical);

    connect(m_live, &LiveCallsWidget::callSelected, details, &ToolCallDetails::showCall);
    connect(m_live, &LiveCallsWidget::selectionCleared, details, &ToolCallDetails::showNothing);
    connect(attribution, &AttributionWidget::humanActivated, this, [this](const QString& human) {
        m_live->filterBy(ToolCallFilter::Field::Human, human);
    });
    connect(attribution, &AttributionWidget::agentActivated, this, [this](const QString& agent) {
        m_live->filterBy(ToolCallFilter::Field::Agent, agent);
    });
}

WatchPage::~WatchPage() = default;

QWidget* WatchPage::createMapTab()
{
    auto map = WorldMap::builtIn();
    auto catalog = RegionCatalog::builtIn();
    if (!map || !catalog) {
        auto* missing = new QLabel(!map ? map.error().message : catalog.error().message, this);
        missing->setAlignment(Qt::AlignCenter);
        return missing;
    }
    m_worldMap = std::make_unique<WorldMap>(std::move(*map));
    m_catalog = std::make_unique<RegionCatalog>(std::move(*catalog));
    m_flows = std::make_unique<RegionFlows>(*m_catalog);
    m_markers = std::make_unique<SourceMarkers>(*m_catalog, m_session.clock());
    m_map = new RegionMapWidget(*m_worldMap, *m_catalog, this);
    m_mapSummary = new QLabel(this);
    m_mapSummary->setObjectName(u"mapSummary"_s);
    m_mapSummary->setWordWrap(true);
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mapSummary);
    layout->addWidget(m_map, 1);

    connect(
        &m_session.pipeline(), &IngestPipeline::callsArchived, this,
        [this](const ToolCallBatch& calls) {
            m_flows->add(calls);
            m_markers->addCalls(calls);
        },
        Qt::QueuedConnection);
    // Arcs and markers are redrawn twice a second at most, however fast calls arrive, and a
    // source's change of state shows within half a second.
    m_mapTimer = new QTimer(this);
    m_mapTimer->setInterval(500);
    connect(m_mapTimer, &QTimer::timeout, this, &WatchPage::refreshMap);
    m_mapTimer->start();
    connect(m_map, &RegionMapWidget::flowClicked, this,
            [this](const QString& dataRegion, const QString& computeRegion) {
                m_live->clearFilters();
                m_live->filterBy(ToolCallFilter::Field::DataRegion, dataRegion);
                m_live->filterBy(ToolCallFilter::Field::ComputeRegion, computeRegion);
            });
    connect(m_map, &RegionMapWidget::regionClicked, this, [this](const QString& region) {
        m_live->clearFilters();
        m_live->filterBy(ToolCallFilter::Field::ComputeRegion, region);
    });
    connect(m_map, &RegionMapWidget::markerClicked, this, &WatchPage::onMarkerClicked);
    refreshMap();
    return tab;
}

void WatchPage::onMarkerClicked(const QString& markerId)
{
    const QList<SiteMarker> markers = m_map->markers();
    const auto marker = std::find_if(markers.cbegin(), markers.cend(),
                                     [&markerId](const SiteMarker& m) { return m.id == markerId; });
    if (marker == markers.cend())
        return;
    m_live->clearFilters();
    // A gateway fronts the data in its region; a sandbox host computes in its own.
    switch (marker->kind) {
    case SiteMarker::Kind::DataSource:
        // A data source's id is "server@region"; calls without a server have none to match.
        if (const QString server = marker->id.section(u'@', 0, -2); !server.isEmpty())
            m_live->filterBy(ToolCallFilter::Field::McpServer, server);
        m_live->filterBy(ToolCallFilter::Field::DataRegion, marker->region);
        break;
    case SiteMarker::Kind::Gateway:
        m_live->filterBy(ToolCallFilter::Field::DataRegion, marker->region);
        break;
    case SiteMarker::Kind::SandboxHost:
        m_live->filterBy(ToolCallFilter::Field::ComputeRegion, marker->region);
        break;
    }
}

QWidget* WatchPage::showTab(const QString& name)
{
    const int index = int(m_tabNames.indexOf(name));
    if (index < 0)
        return nullptr;
    m_side->setCurrentIndex(index);
    // Before the page is shown its sizes are zero; the splitter scales these to fit.
    if (name == "map"_L1 || name == "charts"_L1)
        m_horizontal->setSizes({300, 700});
    return m_side->widget(index);
}

void WatchPage::refreshMap()
{
    m_map->setFlows(m_flows->flows());
    QList<MapSite> sites;
    for (const QString& code : m_flows->regionsInUse())
        sites.append(MapSite{code, code, true});
    m_map->setSites(sites);
    QList<SourceStatus> statuses;
    for (const SourceFeed* feed : m_session.sources())
        statuses.append(SourceStatus::of(*feed));
    m_markers->setSources(statuses);
    m_map->setMarkers(m_markers->markers());
    QString text = tr("%1 calls crossed a jurisdiction.")
                       .arg(QLocale().toString(m_flows->crossJurisdictionCalls()));
    QStringList unknown = m_flows->unknownRegions();
    for (const QString& code : m_markers->unknownRegions()) {
        if (!unknown.contains(code))
            unknown.append(code);
    }
    if (!unknown.isEmpty())
        text += u' ' + tr("Regions not in the catalog: %1.").arg(unknown.join(u", "_s));
    m_mapSummary->setText(text);
}

QList<QAction*> WatchPage::actions() const
{
    return m_live->actions();
}

QByteArray WatchPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_vertical->saveState() << m_horizontal->saveState();
    return state;
}

void WatchPage::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    QByteArray vertical;
    QByteArray horizontal;
    stream >> vertical >> horizontal;
    if (stream.status() == QDataStream::Ok) {
        m_vertical->restoreState(vertical);
        m_horizontal->restoreState(horizontal);
    }
}

} // namespace Gatehouse
