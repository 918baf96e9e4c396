// The drills table model. The outcome follows the measured time to stop alone, so the table
// says what the kill-switch evaluator stored, never a guess from the drill's end time.
#include "drilltablemodel.h"

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

void DrillTableModel::setDrills(QList<KillSwitchDrill> drills)
{
    beginResetModel();
    m_drills = std::move(drills);
    endResetModel();
}

const KillSwitchDrill* DrillTableModel::drillAt(int row) const
{
    return row >= 0 && row < m_drills.size() ? &m_drills.at(row) : nullptr;
}

DrillTableModel::Outcome DrillTableModel::outcomeOf(const KillSwitchDrill& drill)
{
    if (drill.timeToStopMs)
        return *drill.timeToStopMs < MaxStopMs ? Outcome::Passed : Outcome::Failed;
    return drill.endedAt.isValid() ? Outcome::Pending : Outcome::Running;
}

std::optional<QDateTime> DrillTableModel::nextDue(const QList<KillSwitchDrill>& drills)
{
    std::optional<QDateTime> due;
    for (const KillSwitchDrill& d : drills) {
        if (outcomeOf(d) != Outcome::Passed)
            continue;
        const QDateTime next = d.startedAt.addDays(DrillEveryDays);
        if (!due || next > *due)
            due = next;
    }
    return due;
}

int DrillTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drills.size());
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
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*d, index.column());
    case Qt::ToolTipRole:
        return index.column() == RunbookColumn ? d->runbook : QVariant();
    case Qt::ForegroundRole:
        if (index.column() != ResultColumn)
            return {};
        return outcomeOf(*d) == Outcome::Failed   ? QColor(0xc6, 0x28, 0x28)
               : outcomeOf(*d) == Outcome::Passed ? QColor(0x2e, 0x7d, 0x32)
                                                  : QColor(0x75, 0x75, 0x75);
    case DrillIdRole:
        return d->id;
    case OutcomeRole:
        return int(outcomeOf(*d));
    case SortRole:
        return sortData(*d, index.column());
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
    }
    return {};
}

QVariant DrillTableModel::displayData(const KillSwitchDrill& d, int column) const
{
    switch (column) {
    case AgentColumn:
        return d.agentId;
    case StartedColumn:
        return localTime(d.startedAt);
    case RunByColumn:
        return d.startedBy;
    case RunbookColumn:
        return d.runbook;
    case EndedColumn:
        return d.endedAt.isValid() ? localTime(d.endedAt) : tr("running");
    case TimeToStopColumn:
        return d.timeToStopMs
                   ? tr("%1 s").arg(QLocale().toString(double(*d.timeToStopMs) / 1000.0, 'f', 1))
                   : tr("not measured");
    case ResultColumn:
        return outcomeText(outcomeOf(d));
    case DueColumn:
        return outcomeOf(d) == Outcome::Passed ? QLocale().toString(
                   d.startedAt.addDays(DrillEveryDays).toLocalTime().date(), QLocale::ShortFormat)
                                               : QString();
    }
    return {};
}

QVariant DrillTableModel::sortData(const KillSwitchDrill& d, int column) const
{
    switch (column) {
    case StartedColumn:
    case DueColumn:
        return d.startedAt.toMSecsSinceEpoch();
    case EndedColumn:
        return d.endedAt.isValid() ? d.endedAt.toMSecsSinceEpoch() : qint64(0);
    case TimeToStopColumn:
        return d.timeToStopMs ? *d.timeToStopMs : qint64(-1);
    case ResultColumn:
        return int(outcomeOf(d));
    }
    return displayData(d, column);
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
