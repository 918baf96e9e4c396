// The kill-switch drills of one deployment as a table: who stopped which agent when, following
// which runbook, the time to stop measured from telemetry, pass or fail against the five-minute
// limit, and when a passing drill is due again (90 days after it). The drills recorded in the
// console come first, then those a gateway reported, as the last kill-switch measurement saw them.
#pragma once

#include "controlmeasurement.h"
#include "drilllog.h"

#include <QAbstractTableModel>
#include <QSet>

#include <optional>

namespace Gatehouse {

class DrillTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillTableModel)

public:
    enum Column
    {
        AgentColumn,
        StartedColumn,
        RunByColumn,
        RunbookColumn,
        EndedColumn,
        TimeToStopColumn,
        ResultColumn,
        DueColumn,
        ColumnCount
    };
    enum Role
    {
        DrillIdRole = Qt::UserRole + 1,
        OutcomeRole, // int(Outcome)
        SortRole,
    };
    enum class Outcome
    {
        Running, // not ended, not measured
        Pending, // ended, awaiting the evaluation
        Passed,  // stopped within five minutes
        Failed,  // a call five minutes or more after the start
        Idle,    // the agent made no call before the drill: nothing was seen to stop
    };

    static constexpr qint64 MaxStopMs = 5 * 60 * 1000;
    static constexpr int DrillEveryDays = 90;

    explicit DrillTableModel(QObject* parent = nullptr);

    // Drills recorded in the console, and drills reported by gateways (id 0, startedBy the
    // reporting source).
    // idle: ids of console drills the measurement found on an idle agent.
    void setDrills(QList<KillSwitchDrill> drills, QList<KillSwitchDrill> reported = {},
                   QSet<qint64> idle = {});
    const KillSwitchDrill* drillAt(int row) const;
    bool isReported(int row) const { return row >= m_drills.size() && drillAt(row); }
    static Outcome outcomeOf(const KillSwitchDrill& drill);
    Outcome outcomeAt(int row) const;
    // 90 days after the start of the newest passing drill of either kind; nullopt without one.
    std::optional<QDateTime> nextDue() const;
    // The drills a kill-switch measurement found that were not recorded in the console.
    static QList<KillSwitchDrill> reportedIn(const ControlMeasurement& killSwitch);
    // The console drills a kill-switch measurement found on agents that had made no call.
    static QSet<qint64> idleIn(const ControlMeasurement& killSwitch);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QString outcomeText(Outcome outcome) const;

    QList<KillSwitchDrill> m_drills;
    QList<KillSwitchDrill> m_reported;
    QSet<qint64> m_idle;
};

} // namespace Gatehouse
