// Rows are the older pages (when paused and scrolled back) followed by the ring. Each live batch
// costs at most one remove and one insert notification, so a view relayouts once per batch.
#include "toolcallmodel.h"

#include "archivepager.h"

#include <QDateTime>

namespace Gatehouse {

using namespace Qt::StringLiterals;

ToolCallModel::ToolCallModel(qsizetype capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ring(capacity)
{
}

ToolCallModel::~ToolCallModel() = default;

int ToolCallModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : olderCount() + int(m_ring.size());
}

int ToolCallModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ToolCall& ToolCallModel::call(int row) const
{
    return row < olderCount() ? m_older[size_t(row)] : m_ring.at(row - olderCount());
}

QVariant ToolCallModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToolCall& c = call(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(c, index.column());
    case SortRole:
        return sortValue(c, index.column());
    case ArchiveIdRole:
        return c.archiveId;
    case UnattributedRole:
        return c.human.isEmpty();
    case Qt::ToolTipRole:
        return index.column() == Agent ? c.serviceIdentity + u" · "_s + c.credentialId : QVariant();
    default:
        return {};
    }
}

QVariant ToolCallModel::displayText(const ToolCall& c, int column) const
{
    switch (column) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(c.startNs / 1'000'000, Qt::UTC)
            .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    case Human:
        return c.human.isEmpty() ? tr("(no human)") : c.human;
    case Agent:
        return c.agentName.isEmpty() ? c.agentId : c.agentName;
    case Tool:
        return c.toolName;
    case McpServer:
        return c.mcpServer;
    case DataRegion:
        return c.dataRegion;
    case ComputeRegion:
        return c.computeRegion;
    case Outcome:
        return c.outcome == "ok"_L1       ? tr("ok", "tool call outcome")
               : c.outcome == "denied"_L1 ? tr("denied", "tool call outcome")
                                          : tr("error", "tool call outcome");
    case Duration:
        return tr("%1 ms").arg(double(c.durationNs) / 1e6, 0, 'f', 1);
    case Tokens:
        return c.tokensIn < 0 && c.tokensOut < 0 ? QString()
                                                 : tr("%1 in / %2 out")
                                                       .arg(qMax<qint64>(0, c.tokensIn))
                                                       .arg(qMax<qint64>(0, c.tokensOut));
    default:
        return {};
    }
}

QVariant ToolCallModel::sortValue(const ToolCall& c, int column) const
{
    switch (column) {
    case Time:
        return c.startNs;
    case Human:
        return c.human;
    case Agent:
        return c.agentId;
    case Duration:
        return c.durationNs;
    case Tokens:
        return qMax<qint64>(0, c.tokensIn) + qMax<qint64>(0, c.tokensOut);
    default:
        return displayText(c, column);
    }
}

QVariant ToolCallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case Human:
        return tr("Human");
    case Agent:
        return tr("Agent");
    case Tool:
        return tr("Tool");
    case McpServer:
        return tr("MCP server");
    case DataRegion:
        return tr("Data region");
    case ComputeRegion:
        return tr("Compute region");
    case Outcome:
        return tr("Outcome");
    case Duration:
        return tr("Duration");
    case Tokens:
        return tr("Tokens");
    default:
        return {};
    }
}

void ToolCallModel::setPager(ArchivePager* pager)
{
    if (m_pager)
        disconnect(m_pager, nullptr, this, nullptr);
    m_pager = pager;
    if (!pager)
        return;
    connect(pager, &ArchivePager::pageReady, this, &ToolCallModel::onPage, Qt::QueuedConnection);
    connect(pager, &ArchivePager::pageFailed, this, &ToolCallModel::onPageFailed,
            Qt::QueuedConnection);
}

void ToolCallModel::appendCalls(const ToolCallBatch& calls)
{
    ToolCallBatch matching;
    for (const ToolCall& c : calls) {
        if (m_filter.matches(c))
            matching.append(c);
    }
    if (matching.isEmpty())
        return;
    if (!m_following || m_request != 0) {
        // Only the newest `capacity` can ever be shown; the rest stays in the archive.
        m_held.insert(m_held.end(), matching.begin(), matching.end());
        while (qsizetype(m_held.size()) > m_ring.capacity())
            m_held.pop_front();
        return;
    }
    insertLive(matching);
}

void ToolCallModel::insertLive(const ToolCallBatch& calls)
{
    const qsizetype keep = qMin(calls.size(), m_ring.capacity());
    const qsizetype evict = m_ring.evictionFor(keep);
    if (evict > 0) {
        beginRemoveRows({}, olderCount(), olderCount() + int(evict) - 1);
        m_ring.dropOldest(evict);
        endRemoveRows();
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + int(keep) - 1);
    for (qsizetype i = calls.size() - keep; i < calls.size(); ++i)
        m_ring.append(calls[i]);
    endInsertRows();
    if (m_following)
        emit newestChanged();
}

void ToolCallModel::clearOlder()
{
    if (m_older.empty())
        return;
    beginRemoveRows({}, 0, olderCount() - 1);
    m_older.clear();
    endRemoveRows();
    m_olderComplete = false;
    m_olderCursor = 0;
}

void ToolCallModel::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following && m_request == 0) {
        clearOlder();
        ToolCallBatch held(m_held.begin(), m_held.end());
        m_held.clear();
        if (!held.isEmpty())
            insertLive(held);
    }
    emit followingChanged(following);
}

void ToolCallModel::setFilter(const ToolCallFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_older.clear();
    m_olderComplete = false;
    m_olderCursor = 0;
    if (m_pager) {
        m_ring.clear();
        m_held.clear();
    } else {
        // Without an archive behind it, the model keeps what it has that still matches.
        LiveBuffer kept(m_ring.capacity());
        for (qsizetype i = 0; i < m_ring.size(); ++i) {
            if (filter.matches(m_ring.at(i)))
                kept.append(m_ring.at(i));
        }
        m_ring = std::move(kept);
        std::erase_if(m_held, [&](const ToolCall& c) { return !filter.matches(c); });
    }
    endResetModel();
    if (!m_pager)
        return;
    m_requestIsRefill = true;
    m_request = m_pager->requestPage(filter, 0, int(qMin<qsizetype>(PageSize, m_ring.capacity())));
    emit loadingChanged(true);
}

bool ToolCallModel::canFetchOlder() const
{
    return m_pager && m_request == 0 && !m_olderComplete && (rowCount() > 0 || m_olderCursor > 0)
           && olderCount() < 20 * PageSize;
}

void ToolCallModel::fetchOlder()
{
    if (!canFetchOlder())
        return;
    setFollowing(false);
    m_requestIsRefill = false;
    const qint64 before = m_olderCursor > 0 ? m_olderCursor : call(0).archiveId;
    m_request = m_pager->requestPage(m_filter, before, PageSize);
    emit loadingChanged(true);
}

void ToolCallModel::onPage(quint64 requestId, const ToolCallBatch& calls, bool complete,
                           qint64 resumeBeforeId)
{
    if (requestId != m_request)
        return;
    m_olderCursor = resumeBeforeId;
    ToolCallBatch oldestFirst(calls.crbegin(), calls.crend());
    if (m_requestIsRefill) {
        const qint64 newestLoaded = oldestFirst.isEmpty() ? 0 : oldestFirst.last().archiveId;
        // Live calls that arrived while loading may be in the page already.
        std::erase_if(m_held, [&](const ToolCall& c) { return c.archiveId <= newestLoaded; });
        m_olderComplete = complete;
        m_request = 0;
        if (!oldestFirst.isEmpty())
            insertLive(oldestFirst);
    } else if (!oldestFirst.isEmpty()) {
        beginInsertRows({}, 0, int(oldestFirst.size()) - 1);
        m_older.insert(m_older.begin(), oldestFirst.begin(), oldestFirst.end());
        endInsertRows();
    }
    m_olderComplete = complete;
    finishLoad();
}

void ToolCallModel::onPageFailed(quint64 requestId, const QString& message)
{
    if (requestId != m_request)
        return;
    finishLoad();
    emit archiveError(message);
}

void ToolCallModel::finishLoad()
{
    m_request = 0;
    emit loadingChanged(false);
    if (m_following && !m_held.empty()) {
        ToolCallBatch held(m_held.begin(), m_held.end());
        m_held.clear();
        insertLive(held);
    }
}

} // namespace Gatehouse
