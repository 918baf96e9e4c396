// The tool table's roles, one small function per role.
#include "toollistmodel.h"

#include <QSet>

namespace Gatehouse {

ToolListModel::ToolListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ToolListModel::setAnalysis(ServerAnalysis analysis, PinDiff diff)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_diff = std::move(diff);
    const QSet<QString> added(m_diff.added.begin(), m_diff.added.end());
    const QSet<QString> changed(m_diff.changed.begin(), m_diff.changed.end());
    m_pinStates.clear();
    for (const ToolAnalysis& tool : m_analysis.tools) {
        PinState state = PinState::NoPin;
        if (m_diff.hasPin) {
            state = changed.contains(tool.name) ? PinState::Changed
                    : added.contains(tool.name) ? PinState::Added
                                                : PinState::Unchanged;
        }
        m_pinStates.append(state);
    }
    endResetModel();
}

void ToolListModel::clear()
{
    setAnalysis({}, {});
}

const ToolAnalysis* ToolListModel::toolAt(int row) const
{
    if (row < 0 || row >= m_analysis.tools.size())
        return nullptr;
    return &m_analysis.tools.at(row);
}

ToolListModel::PinState ToolListModel::pinState(int row) const
{
    return row >= 0 && row < m_pinStates.size() ? m_pinStates.at(row) : PinState::NoPin;
}

int ToolListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_analysis.tools.size());
}

int ToolListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ToolListModel::data(const QModelIndex& index, int role) const
{
    const ToolAnalysis* tool = index.isValid() ? toolAt(index.row()) : nullptr;
    if (!tool || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*tool, index.row(), index.column());
    case SortRole:
        return sortValue(*tool, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(*tool, index.column());
    case ToolNameRole:
        return tool->name;
    case Qt::TextAlignmentRole:
        if (index.column() == TokensColumn || index.column() == FindingsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ToolListModel::display(const ToolAnalysis& tool, int row, int column) const
{
    switch (column) {
    case NameColumn:
        return tool.name;
    case ClassColumn:
        return toolClassName(tool.toolClass());
    case FindingsColumn:
        if (tool.findings.isEmpty())
            return QString();
        return tr("%1 (%2)")
            .arg(tool.findings.size())
            .arg(findingSeverityName(tool.worstSeverity()));
    case TokensColumn:
        return QString::number(tool.tokenEstimate);
    case PinColumn:
        return pinStateText(pinState(row));
    default:
        return {};
    }
}

QVariant ToolListModel::sortValue(const ToolAnalysis& tool, int row, int column) const
{
    switch (column) {
    case NameColumn:
        return tool.name;
    case ClassColumn:
        return int(tool.toolClass());
    case FindingsColumn:
        return tool.findings.isEmpty()
                   ? -1
                   : int(tool.worstSeverity()) * 10000 + int(tool.findings.size());
    case TokensColumn:
        return qlonglong(tool.tokenEstimate);
    case PinColumn:
        return int(pinState(row));
    default:
        return {};
    }
}

QVariant ToolListModel::toolTip(const ToolAnalysis& tool, int column) const
{
    if (column == NameColumn)
        return tool.title;
    if (column != FindingsColumn || tool.findings.isEmpty())
        return {};
    QStringList lines;
    for (const Finding& finding : tool.findings)
        lines.append(finding.message);
    return lines.join(u'\n');
}

QString ToolListModel::pinStateText(PinState state)
{
    switch (state) {
    case PinState::NoPin:
        return tr("not pinned");
    case PinState::Unchanged:
        return tr("unchanged");
    case PinState::Added:
        return tr("new");
    case PinState::Changed:
        break;
    }
    return tr("changed");
}

QVariant ToolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Tool");
    case ClassColumn:
        return tr("Class");
    case FindingsColumn:
        return tr("Findings");
    case TokensColumn:
        return tr("Tokens");
    case PinColumn:
        return tr("Pin");
    default:
        return {};
    }
}

} // namespace Gatehouse
