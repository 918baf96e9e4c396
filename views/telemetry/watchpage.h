// The "Watch" page: the sources being watched, the live tool calls, and for the selected call its
// details and the attribution tree.
#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace Gatehouse {

class AttributionModel;
class RegionCatalog;
class RegionFlows;
class RegionMapWidget;
class SourceMarkers;
class WorldMap;
class LiveCallsWidget;
class SourceListModel;
class ToolCallModel;
class WatchSession;

class WatchPage final : public QWidget
{
    Q_OBJECT

public:
    // The session must outlive the page; the page owns its models.
    explicit WatchPage(WatchSession& session, QWidget* parent = nullptr);
    ~WatchPage() override;

    QList<QAction*> actions() const;
    ToolCallModel& callModel() { return *m_calls; }
    // Brings a tab of the side panel forward ("details", "attribution", "map" or "charts") and
    // returns it; nullptr for another name. The map and the charts get most of the width.
    QWidget* showTab(const QString& name);
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

private:
    // The map tab, when the built-in map and region catalog load (they are resources).
    QWidget* createMapTab();
    void refreshMap();
    void onMarkerClicked(const QString& markerId);

    WatchSession& m_session;
    std::unique_ptr<WorldMap> m_worldMap;
    std::unique_ptr<RegionCatalog> m_catalog;
    std::unique_ptr<RegionFlows> m_flows;
    std::unique_ptr<SourceMarkers> m_markers;
    QTabWidget* m_side = nullptr;
    QStringList m_tabNames; // showTab()'s names, in tab order
    RegionMapWidget* m_map = nullptr;
    QLabel* m_mapSummary = nullptr;
    QTimer* m_mapTimer = nullptr;
    ToolCallModel* m_calls = nullptr;
    AttributionModel* m_attribution = nullptr;
    SourceListModel* m_sources = nullptr;
    LiveCallsWidget* m_live = nullptr;
    QSplitter* m_vertical = nullptr;
    QSplitter* m_horizontal = nullptr;
};

} // namespace Gatehouse
