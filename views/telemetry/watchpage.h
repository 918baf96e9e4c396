// The "Watch" page: the sources being watched, the live tool calls, and for the selected call its
// details and the attribution tree.
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QTimer;

namespace Gatehouse {

class AttributionModel;
class RegionCatalog;
class RegionFlows;
class RegionMapWidget;
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
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

private:
    // The map tab, when the built-in map and region catalog load (they are resources).
    QWidget* createMapTab();
    void refreshMap();

    WatchSession& m_session;
    std::unique_ptr<WorldMap> m_worldMap;
    std::unique_ptr<RegionCatalog> m_catalog;
    std::unique_ptr<RegionFlows> m_flows;
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
