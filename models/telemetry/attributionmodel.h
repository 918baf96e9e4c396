// Who caused what: a tree human -> agent (service identity, credential) -> conversation -> tool
// -> MCP server and data region, with call counts at every level. Calls that name no human sit
// under one highlighted "(no human)" branch and are counted apart.
#pragma once

#include "toolcall.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>
#include <utility>
#include <vector>

namespace Gatehouse {

class AttributionModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Calls,
        LastSeen,
        ColumnCount
    };
    enum class Level
    {
        Human,
        Agent,
        Conversation,
        Tool,
        Destination
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        LevelRole,        // Level as int
        KeyRole,          // the id of the node at its level (human id, agent id, ...)
        UnattributedRole, // true for the "(no human)" branch and everything under it
    };

    // maxNodes bounds memory; beyond it calls still count, in their deepest existing ancestor.
    explicit AttributionModel(int maxNodes = 20000, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Connect IngestPipeline::callsArchived (or feed archive pages) here.
    void addCalls(const Gatehouse::ToolCallBatch& calls);
    void clear();

    qint64 totalCalls() const { return m_total; }
    qint64 unattributedCalls() const { return m_unattributed; }

signals:
    void unattributedCallsChanged(qint64 count);

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        Level level = Level::Human;
        QString key;
        QString label;
        QString detail;
        bool unattributed = false;
        qint64 calls = 0;
        qint64 lastSeenNs = 0;
        std::vector<int> children;
    };
    // A child by its parent and key. One index for the whole tree: a hash in every node cost
    // about 1.5 KB a node, 43 MB for a tree at its bound.
    struct ChildKey
    {
        int parent = 0;
        QString key;

        bool operator==(const ChildKey& other) const = default;
        friend size_t qHash(const ChildKey& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.parent, k.key);
        }
    };

    int child(int parent, Level level, const QString& key, bool unattributed,
              const std::function<std::pair<QString, QString>()>& describe);
    void addCall(const ToolCall& call, QSet<int>& touched);
    QModelIndex indexOf(int node, int column) const;

    std::vector<Node> m_nodes; // m_nodes[0] is the invisible root
    QHash<ChildKey, int> m_children;
    int m_maxNodes;
    qint64 m_total = 0;
    qint64 m_unattributed = 0;
};

} // namespace Gatehouse
