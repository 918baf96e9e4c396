// The watch page's "Charts" tab: tool calls, tokens, execution time (p50 and p95) and rejected
// calls per minute, for all calls, one deployment or one agent, over the last 1, 6 or 24 hours,
// with the baseline band where the archive holds enough history. The past is read from the
// archive off the GUI thread; from then on the live feed keeps the minutes up to date.
#pragma once

#include "models/wall/chartscope.h"
#include "models/wall/minutebaseline.h"
#include "models/wall/minuteseries.h"

#include <QTimer>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;

namespace Gatehouse {

class ChartHistory;
class TimeSeriesChart;
class WatchSession;

class ChartsTab final : public QWidget
{
    Q_OBJECT

public:
    enum Chart
    {
        Calls,
        Tokens,
        DurationP50,
        DurationP95,
        Rejects,
        ChartCount
    };
    // Calls kept while the archive is read, to count once it answers; more are not counted.
    static constexpr qsizetype MaxPendingCalls = 100'000;

    // The session must outlive the tab. Redraws at most every refreshMs.
    explicit ChartsTab(WatchSession& session, int refreshMs = 500, QWidget* parent = nullptr);
    ~ChartsTab() override;

    const MinuteSeries& series() const { return m_series; }
    const ChartScope& scope() const { return m_scope; }
    bool isLoading() const { return m_request != 0; }
    bool hasBaseline() const { return m_baseline.isUsable(); }
    // The scopes the chooser offers, in its order.
    QList<ChartScope> scopes() const { return m_scopes; }
    void setScope(const ChartScope& scope);
    void setPeriodMinutes(int minutes);

public slots:
    void addCalls(const Gatehouse::ToolCallBatch& calls);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class Read
    {
        Afresh, // a new scope or period: the charts start empty until the archive answers
        Again   // the same charts, an hour on: they stay as they are until the answer replaces them
    };

    QWidget* createControls();
    void requestHistory(Read read = Read::Afresh);
    void onHistory(quint64 request);
    void noteAgents(const ToolCallBatch& calls);
    void rebuildScopes();
    void showChart(Chart chart, const QList<MinutePoint>& points);
    QString statusText(const QList<MinutePoint>& points) const;

    WatchSession& m_session;
    ChartHistory* m_history = nullptr;
    ChartScope m_scope = ChartScope::all();
    int m_minutes = 60;
    MinuteSeries m_series{60};
    MinuteBaseline m_baseline;
    quint64 m_request = 0; // the history asked for and not answered yet, 0 for none
    Read m_read = Read::Afresh;
    qint64 m_historyHour = 0; // the clock's hour when the history was last asked for
    ToolCallBatch m_pending;  // live calls that came while the archive was read
    qint64 m_pendingDropped = 0;
    qint64 m_floorId = 0; // calls up to this archive id came from the archive
    QString m_error;
    QList<ChartScope> m_deployments;
    QStringList m_agents; // seen in live calls, first seen first, bounded
    QList<ChartScope> m_scopes;
    QComboBox* m_scopeBox = nullptr;
    QComboBox* m_periodBox = nullptr;
    QLabel* m_status = nullptr;
    std::array<TimeSeriesChart*, ChartCount> m_charts{};
    QTimer m_timer;
    bool m_scopesChanged = false;
};

} // namespace Gatehouse
