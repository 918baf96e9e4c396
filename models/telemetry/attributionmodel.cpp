// Nodes live in one vector and refer to each other by index; an index's internalId is the node's
// position, so parent() is a lookup and nodes never move once created.
#include "attributionmodel.h"

#include <QDateTime>
#include <QSet>

namespace Gatehouse {

using namespace Qt::StringLiterals;

AttributionModel::AttributionModel(int maxNodes, QObject* parent)
    : QAbstractItemModel(parent)
    , m_maxNodes(qMax(16, maxNodes))
{
    m_nodes.emplace_back();
}

QModelIndex AttributionModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int parentNode = parent.isValid() ? int(parent.internalId()) : 0;
    return createIndex(row, column, quintptr(m_nodes[size_t(parentNode)].children[size_t(row)]));
}

QModelIndex AttributionModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[size_t(child.internalId())].parent;
    return parentNode <= 0 ? QModelIndex() : indexOf(parentNode, 0);
}

QModelIndex AttributionModel::indexOf(int node, int column) const
{
    return createIndex(m_nodes[size_t(node)].row, column, quintptr(node));
}

int AttributionModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const int node = parent.isValid() ? int(parent.internalId()) : 0;
    return int(m_nodes[size_t(node)].children.size());
}

int AttributionModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant AttributionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = m_nodes[size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return node.label;
        if (index.column() == Calls)
            return QString::number(node.calls);
        return QDateTime::fromMSecsSinceEpoch(node.lastSeenNs / 1'000'000, Qt::UTC)
            .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Qt::ToolTipRole:
        return node.detail.isEmpty() ? QVariant() : QVariant(node.detail);
    case SortRole:
        return index.column() == Name    ? QVariant(node.label)
               : index.column() == Calls ? QVariant(node.calls)
                                         : QVariant(node.lastSeenNs);
    case LevelRole:
        return int(node.level);
    case KeyRole:
        return node.key;
    case UnattributedRole:
        return node.unattributed;
    default:
        return {};
    }
}

QVariant AttributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Human / agent / conversation / tool / destination");
    case Calls:
        return tr("Calls");
    case LastSeen:
        return tr("Last call (UTC)");
    default:
        return {};
    }
}

int AttributionModel::child(int parent, Level level, const QString& key, bool unattributed,
                            const std::function<std::pair<QString, QString>()>& describe)
{
    const auto found = m_children.constFind(ChildKey{parent, key});
    if (found != m_children.cend())
        return *found;
    if (int(m_nodes.size()) >= m_maxNodes)
        return -1;
    const int row = int(m_nodes[size_t(parent)].children.size());
    const int node = int(m_nodes.size());
    beginInsertRows(parent == 0 ? QModelIndex() : indexOf(parent, 0), row, row);
    Node created;
    created.parent = parent;
    created.row = row;
    created.level = level;
    created.key = key;
    std::tie(created.label, created.detail) = describe();
    created.unattributed = unattributed;
    m_nodes.push_back(std::move(created));
    m_nodes[size_t(parent)].children.push_back(node);
    m_children.insert(ChildKey{parent, key}, node);
    endInsertRows();
    return node;
}

// Labels are only made for new nodes: most calls walk an existing path and cost five lookups.
void AttributionModel::addCall(const ToolCall& c, QSet<int>& touched)
{
    const bool noHuman = c.human.isEmpty();
    using Description = std::pair<QString, QString>;
    const auto human = [&] {
        return Description{noHuman ? tr("(no human)") : c.human, c.actorChain};
    };
    const auto agent = [&] {
        const QString name = c.agentName.isEmpty() ? c.agentId : c.agentName;
        const QString credential = c.credentialId.isEmpty() ? tr("no credential") : c.credentialId;
        return Description{name + u" · "_s + credential,
                           tr("agent %1, service identity %2, credential %3")
                               .arg(c.agentId, c.serviceIdentity, c.credentialId)};
    };
    const auto conversation = [&] {
        return Description{c.conversationId.isEmpty() ? tr("(no conversation)") : c.conversationId,
                           {}};
    };
    const auto tool = [&] { return Description{c.toolName, c.mcpMethod}; };
    const auto destination = [&] {
        return Description{c.mcpServer + u" @ "_s + c.dataRegion,
                           tr("computed in %1").arg(c.computeRegion)};
    };
    const QString agentKey = c.agentId + u'|' + c.credentialId;
    const QString destinationKey = c.mcpServer + u'@' + c.dataRegion;
    struct Step
    {
        Level level;
        const QString& key;
        std::function<Description()> describe;
    };
    const Step path[] = {
        {Level::Human, c.human, human},
        {Level::Agent, agentKey, agent},
        {Level::Conversation, c.conversationId, conversation},
        {Level::Tool, c.toolName, tool},
        {Level::Destination, destinationKey, destination},
    };
    int node = 0;
    for (const Step& step : path) {
        const int next = child(node, step.level, step.key, noHuman, step.describe);
        if (next < 0)
            break;
        node = next;
        Node& n = m_nodes[size_t(node)];
        ++n.calls;
        n.lastSeenNs = qMax(n.lastSeenNs, c.startNs);
        touched.insert(node);
    }
}

void AttributionModel::addCalls(const ToolCallBatch& calls)
{
    QSet<int> touched;
    qint64 unattributed = 0;
    for (const ToolCall& c : calls) {
        addCall(c, touched);
        unattributed += c.human.isEmpty();
    }
    m_total += calls.size();
    for (const int node : std::as_const(touched))
        emit dataChanged(indexOf(node, Calls), indexOf(node, LastSeen));
    if (unattributed > 0) {
        m_unattributed += unattributed;
        emit unattributedCallsChanged(m_unattributed);
    }
}

void AttributionModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.emplace_back();
    m_children.clear();
    m_total = 0;
    m_unattributed = 0;
    endResetModel();
    emit unattributedCallsChanged(0);
}

} // namespace Gatehouse
