// The measured-controls table model.
#include "measuredcontrolmodel.h"

#include "models/assessment/checklistmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

bool measuredFail(const ControlVerdict& v)
{
    return v.measured && v.measured->status == ControlStatus::Fail;
}

QString localTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString countsText(const QJsonObject& counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts.append(u"%1 %2"_s.arg(it.key(), it.value().toVariant().toString()));
    return parts.join(u" \u00b7 "_s);
}

} // namespace

MeasuredControlModel::MeasuredControlModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MeasuredControlModel::setVerdicts(QList<ControlVerdict> verdicts)
{
    beginResetModel();
    m_verdicts = std::move(verdicts);
    endResetModel();
}

const ControlVerdict* MeasuredControlModel::verdictAt(int row) const
{
    return row >= 0 && row < m_verdicts.size() ? &m_verdicts.at(row) : nullptr;
}

int MeasuredControlModel::rowOf(Control control) const
{
    for (int row = 0; row < m_verdicts.size(); ++row) {
        if (m_verdicts.at(row).control == control)
            return row;
    }
    return -1;
}

int MeasuredControlModel::satisfiedCount() const
{
    return int(std::count_if(m_verdicts.begin(), m_verdicts.end(), [](const ControlVerdict& v) {
        return v.shown == ControlStatus::Pass || v.shown == ControlStatus::NotApplicable;
    }));
}

int MeasuredControlModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_verdicts.size());
}

int MeasuredControlModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasuredControlModel::data(const QModelIndex& index, int role) const
{
    const ControlVerdict* v = index.isValid() ? verdictAt(index.row()) : nullptr;
    if (!v)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*v, index.column());
    case Qt::ToolTipRole:
        return toolTipData(*v, index.column());
    case Qt::ForegroundRole:
        return foregroundData(*v, index.column());
    case Qt::BackgroundRole:
        return backgroundData(*v);
    case Qt::DecorationRole:
        // A swatch that keeps the verdict's colour on a selected row too.
        return index.column() == VerdictColumn ? QVariant(ChecklistModel::statusColour(v->shown))
                                               : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(index.column() == VerdictColumn
                     || (index.column() == MeasuredColumn && measuredFail(*v)));
        return font;
    }
    case ControlRole:
        return int(v->control);
    case VerdictRole:
        return int(v->shown);
    case MeasuredStatusRole:
        return v->measured ? QVariant(int(v->measured->status)) : QVariant();
    case ConflictRole:
        return v->conflict;
    case SortRole:
        return sortData(*v, index.column());
    }
    return {};
}

QVariant MeasuredControlModel::displayData(const ControlVerdict& v, int column) const
{
    const ControlMeasurement* m = v.measured ? &*v.measured : nullptr;
    switch (column) {
    case ControlColumn:
        return controlTitle(v.control);
    case ManualColumn:
        return controlStatusTitle(v.manual.status);
    case MeasuredColumn:
        return m ? controlStatusTitle(m->status) : tr("Not measured");
    case VerdictColumn:
        return controlStatusTitle(v.shown);
    case ReasonColumn:
        return m ? m->reason : QString();
    case CountsColumn:
        return m ? countsText(m->counts) : QString();
    case MeasuredAtColumn:
        return m ? localTime(m->measuredAt) : QString();
    case PeriodColumn:
        return m ? tr("%1 to %2").arg(localTime(m->from), localTime(m->to)) : QString();
    }
    return {};
}

QVariant MeasuredControlModel::sortData(const ControlVerdict& v, int column) const
{
    const ControlMeasurement* m = v.measured ? &*v.measured : nullptr;
    switch (column) {
    case ControlColumn:
        return int(v.control);
    case ManualColumn:
        return int(v.manual.status);
    case MeasuredColumn:
        return m ? int(m->status) : -1;
    case VerdictColumn:
        return int(v.shown);
    case MeasuredAtColumn:
        return m ? m->measuredAt.toMSecsSinceEpoch() : qint64(0);
    case PeriodColumn:
        return m ? m->from.toMSecsSinceEpoch() : qint64(0);
    }
    return displayData(v, column);
}

QVariant MeasuredControlModel::toolTipData(const ControlVerdict& v, int column) const
{
    switch (column) {
    case ControlColumn:
        return controlCriterion(v.control);
    case VerdictColumn:
        return v.conflict ? tr("%1 (the manual and the measured status disagree; the fail counts)")
                                .arg(v.explanation)
                          : v.explanation;
    case ManualColumn:
        return v.manual.reviewer.isEmpty()
                   ? QString()
                   : tr("Set by %1 on %2").arg(v.manual.reviewer, localTime(v.manual.reviewedAt));
    }
    return displayData(v, column);
}

QVariant MeasuredControlModel::foregroundData(const ControlVerdict& v, int column) const
{
    switch (column) {
    case ManualColumn:
        return ChecklistModel::statusColour(v.manual.status);
    case MeasuredColumn:
        return v.measured ? ChecklistModel::statusColour(v.measured->status)
                          : ChecklistModel::statusColour(ControlStatus::NotAssessed);
    case VerdictColumn:
        return ChecklistModel::statusColour(v.shown);
    }
    return {};
}

QVariant MeasuredControlModel::backgroundData(const ControlVerdict& v) const
{
    // The whole row, so a measured fail under a manual pass cannot be overlooked.
    if (measuredFail(v))
        return QColor(0xff, 0xeb, 0xee);
    return {};
}

QVariant MeasuredControlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ControlColumn:
        return tr("Control");
    case ManualColumn:
        return tr("Manual");
    case MeasuredColumn:
        return tr("Measured");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonColumn:
        return tr("Reason");
    case CountsColumn:
        return tr("Counts");
    case MeasuredAtColumn:
        return tr("Measured at");
    case PeriodColumn:
        return tr("Period");
    }
    return {};
}

} // namespace Gatehouse
