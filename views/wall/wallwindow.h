// The SOC wall display: full screen, no controls and no dialogs, readable across a room. Panels
// take turns (readiness scoreboard, live activity, region map, latest findings); a new violation
// pins the findings; a silent source puts a banner with its time across the top.
#pragma once

#include <QStringList>
#include <QWidget>

#include <deque>
#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;

namespace Gatehouse {

class AssessmentStore;
class Clock;
class MinuteSeries;
class PanelRotation;
class RegionCatalog;
class RegionFlows;
class RegionMapWidget;
class SourceListModel;
class SourceMarkers;
class TimeSeriesChart;
class WatchSession;
class WorldMap;
struct ToolCall;

struct WallOptions
{
    int rotationSeconds = 20;
    int pinSeconds = 30; // how long a new violation holds the findings panel
    bool dark = true;
};

class WallWindow final : public QWidget
{
    Q_OBJECT

public:
    enum Panel
    {
        Scoreboard,
        Activity,
        Map,
        Findings,
        PanelCount
    };

    // The session, the store (may be null) and the clock must outlive the window.
    WallWindow(WatchSession& session, AssessmentStore* assessments, const Clock& clock,
               WallOptions options, QWidget* parent = nullptr);
    ~WallWindow() override;

    int currentPanel() const;
    bool isPaused() const;
    // Re-reads everything and advances the rotation; runs every second.
    void tick();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createScoreboard();
    QWidget* createActivity();
    QWidget* createMap();
    QWidget* createFindings();
    void onCalls(const QList<ToolCall>& calls);
    void refreshScoreboard();
    void refreshActivity();
    void refreshBanner();
    void refreshIndicator();
    void refreshMap();
    void applyTheme();

    WatchSession& m_session;
    AssessmentStore* m_assessments;
    const Clock& m_clock;
    WallOptions m_options;
    std::unique_ptr<PanelRotation> m_rotation;
    std::unique_ptr<MinuteSeries> m_rates;
    std::unique_ptr<WorldMap> m_worldMap;
    std::unique_ptr<RegionCatalog> m_catalog;
    std::unique_ptr<RegionFlows> m_flows;
    std::unique_ptr<SourceMarkers> m_markers;
    SourceListModel* m_sources = nullptr;
    QStackedWidget* m_panels = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_indicator = nullptr;
    QLabel* m_scoreboard = nullptr;
    QLabel* m_activityFigures = nullptr;
    TimeSeriesChart* m_chart = nullptr;
    RegionMapWidget* m_map = nullptr;
    QLabel* m_findings = nullptr;
    QTimer* m_timer = nullptr;
    struct Finding
    {
        QString key; // kind and agent: repeated sightings add up instead of flooding the panel
        QString text;
        qint64 count = 0;
        QString lastSeen;
    };
    // Returns whether the finding is new, rather than another sighting of one on the panel.
    bool noteFinding(const QString& key, const QString& text);

    std::deque<Finding> m_latestFindings; // newest first, bounded
    qint64 m_unattributed = 0;
    qint64 m_lastCallMs = 0;
    QString m_lostSince;
    int m_scoreboardAge = 0;
};

} // namespace Gatehouse
