// The drills table model. The outcome follows the measured time to stop alone, so the table
// says what the kill-switch evaluator stored, never a guess from the drill's end time.
#include "drilltablemodel.h"

#include "models/core/clock.h"

#include <QColor>
#include <QLocale>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString localTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

DrillTableModel::DrillTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DrillTableModel::setDrills(QList<KillSwitchDrill> drills, QList<KillSwitchDrill> reported,
                                QSet<qint64> idle)
{
    beginResetModel();
    m_drills = std::move(drills);
    m_reported = std::move(reported);
    m_idle = std::move(idle);
    endResetModel();
}

const KillSwitchDrill* DrillTableModel::drillAt(int row) const
{
    if (row >= 0 && row < m_drills.size())
        return &m_drills.at(row);
    const qsizetype reported = row - m_drills.size();
    return row >= 0 && reported < m_reported.size() ? &m_reported.at(reported) : nullptr;
}

DrillTableModel::Outcome DrillTableModel::outcomeOf(const KillSwitchDrill& drill)
{
    if (drill.timeToStopMs)
        return *drill.timeToStopMs < MaxStopMs ? Outcome::Passed : Outcome::Failed;
    return drill.endedAt.isValid() ? Outcome::Pending : Outcome::Running;
}

DrillTableModel::Outcome DrillTableModel::outcomeAt(int row) const
{
    const KillSwitchDrill* d = drillAt(row);
    if (!d)
        return Outcome::Pending;
    // A reported drill has no end the console knows of; unmeasured, it awaits telemetry.
    const Outcome outcome = outcomeOf(*d);
    if (isReported(row))
        return outcome == Outcome::Running ? Outcome::Pending : outcome;
    return !d->timeToStopMs && m_idle.contains(d->id) ? Outcome::Idle : outcome;
}

std::optional<QDateTime> DrillTableModel::nextDue() const
{
    std::optional<QDateTime> due;
    for (int row = 0; row < rowCount(); ++row) {
        if (outcomeAt(row) != Outcome::Passed)
            continue;
        const QDateTime next = drillAt(row)->startedAt.addDays(DrillEveryDays);
        if (!due || next > *due)
            due = next;
    }
    return due;
}

QSet<qint64> DrillTableModel::idleIn(const ControlMeasurement& killSwitch)
{
    QSet<qint64> idle;
    for (const QJsonValue& value : killSwitch.details.value("drills"_L1).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value("origin"_L1).toString() == "console"_L1 && item.contains("problem"_L1))
            idle.insert(item.value("drillId"_L1).toString().toLongLong());
    }
    return idle;
}

QList<KillSwitchDrill> DrillTableModel::reportedIn(const ControlMeasurement& killSwitch)
{
    QList<KillSwitchDrill> reported;
    for (const QJsonValue& value : killSwitch.details.value("drills"_L1).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value("origin"_L1).toString() == "console"_L1)
            continue;
        KillSwitchDrill d;
        d.agentId = item.value("agent"_L1).toString();
        d.startedAt = parseIsoUtc(item.value("startedAt"_L1).toString());
        d.startedBy = item.value("origin"_L1).toString();
        if (item.contains("lastCallAt"_L1))
            d.lastCallAt = parseIsoUtc(item.value("lastCallAt"_L1).toString());
        if (item.contains("timeToStopSeconds"_L1))
            d.timeToStopMs = qint64(item.value("timeToStopSeconds"_L1).toDouble() * 1000.0);
        d.measuredAt = killSwitch.measuredAt;
        reported.append(d);
    }
    return reported;
}

int DrillTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drills.size() + m_reported.size());
}

int DrillTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillTableModel::data(const QModelIndex& index, int role) const
{
    const KillSwitchDrill* d = index.isValid() ? drillAt(index.row()) : nullptr;
    if (!d)
        return {};
    const Outcome outcome = outcomeAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == RunbookColumn ? d->runbook : QVariant();
    case Qt::ForegroundRole:
        if (index.column() != ResultColumn)
            return {};
        return outcome == Outcome::Failed   ? QColor(0xc6, 0x28, 0x28)
               : outcome == Outcome::Passed ? QColor(0x2e, 0x7d, 0x32)
                                            : QColor(0x75, 0x75, 0x75);
    case DrillIdRole:
        return d->id;
    case OutcomeRole:
        return int(outcome);
    case SortRole:
        return sortData(index.row(), index.column());
    }
    return {};
}

QString DrillTableModel::outcomeText(Outcome outcome) const
{
    switch (outcome) {
    case Outcome::Running:
        return tr("running");
    case Outcome::Pending:
        return tr("awaiting evaluation");
    case Outcome::Passed:
        return tr("pass");
    case Outcome::Failed:
        return tr("fail (5 min or more)");
    case Outcome::Idle:
        return tr("proves nothing: no call before it");
    }
    return {};
}

QVariant DrillTableModel::displayData(int row, int column) const
{
    const KillSwitchDrill& d = *drillAt(row);
    const bool reported = isReported(row);
    switch (column) {
    case AgentColumn:
        return d.agentId;
    case StartedColumn:
        return localTime(d.startedAt);
    case RunByColumn:
        return reported ? tr("reported by %1").arg(d.startedBy) : d.startedBy;
    case RunbookColumn:
        return d.runbook;
    case EndedColumn:
        return d.endedAt.isValid() ? localTime(d.endedAt)
               : reported          ? tr("not recorded")
                                   : tr("running");
    case TimeToStopColumn:
        return d.timeToStopMs
                   ? tr("%1 s").arg(QLocale().toString(double(*d.timeToStopMs) / 1000.0, 'f', 1))
                   : tr("not measured");
    case ResultColumn:
        return outcomeText(outcomeAt(row));
    case DueColumn:
        return outcomeAt(row) == Outcome::Passed ? QLocale().toString(
                   d.startedAt.addDays(DrillEveryDays).toLocalTime().date(), QLocale::ShortFormat)
                                                 : QString();
    }
    return {};
}

QVariant DrillTableModel::sortData(int row, int column) const
{
    const KillSwitchDrill& d = *drillAt(row);
    switch (column) {
    case StartedColumn:
    case DueColumn:
        return d.startedAt.toMSecsSinceEpoch();
    case EndedColumn:
        return d.endedAt.isValid() ? d.endedAt.toMSecsSinceEpoch() : qint64(0);
    case TimeToStopColumn:
        return d.timeToStopMs ? *d.timeToStopMs : qint64(-1);
    case ResultColumn:
        return int(outcomeAt(row));
    }
    return displayData(row, column);
}

QVariant DrillTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case StartedColumn:
        return tr("Started");
    case RunByColumn:
        return tr("Run by");
    case RunbookColumn:
        return tr("Runbook");
    case EndedColumn:
        return tr("Ended");
    case TimeToStopColumn:
        return tr("Time to stop");
    case ResultColumn:
        return tr("Result");
    case DueColumn:
        return tr("Due again");
    }
    return {};
}

} // namespace Gatehouse
