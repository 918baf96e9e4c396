// The kill-switch drills of one deployment: the list with each drill's measured time to stop,
// pass or fail and when it is due again, and the actions that start and stop a drill through
// DrillLog (which audits both).
#pragma once

#include "measurecontext.h"

#include "models/core/error.h"
#include "models/evaluation/controlmeasurement.h"
#include "models/evaluation/drilllog.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace Gatehouse {

class Clock;
class DrillTableModel;

class DrillsWidget final : public QWidget
{
    Q_OBJECT

public:
    // The clock must outlive the widget.
    DrillsWidget(const Clock& clock, const QString& actor, QWidget* parent = nullptr);

    void setContext(const MeasureContext& context);
    // What the latest kill-switch measurement found: the drills gateways reported, and the
    // console's drills on agents that had made no call.
    void setKillSwitchMeasurement(const std::optional<ControlMeasurement>& measurement);
    void setActor(const QString& actor) { m_actor = actor; }
    QAction* startAction() const { return m_start; }
    QAction* stopAction() const { return m_stop; }
    DrillTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Records without asking, as made by the widget's actor; the log's refusal comes back.
    Result<KillSwitchDrill> startDrill(const QString& agent, const QString& runbook,
                                       const QString& runBy);
    Result<KillSwitchDrill> stopDrill(const QString& agent);

public slots:
    // Asks for the agent, who runs the drill and the runbook, then starts it.
    void chooseAndStart();
    // Ends the selected running drill.
    void stopSelected();
    void reload();

signals:
    void drillsChanged();

private:
    void createActions();
    QStringList agentChoices() const;
    void updateSummary();
    void updateActions();

    const Clock& m_clock;
    QString m_actor;
    MeasureContext m_context;
    QList<KillSwitchDrill> m_reported;
    QSet<qint64> m_idle;
    DrillTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QAction* m_start = nullptr;
    QAction* m_stop = nullptr;
};

} // namespace Gatehouse
