// The live tool-call table: the tail of the archive as a bounded ring, appended in batches,
// evicting the oldest rows first, with follow/pause, a filter, and older pages from the archive.
#pragma once

#include "livebuffer.h"
#include "toolcallfilter.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <deque>

namespace Gatehouse {

class ArchivePager;

class ToolCallModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Human,
        Agent,
        Tool,
        McpServer,
        DataRegion,
        ComputeRegion,
        Outcome,
        Duration,
        Tokens,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value of the column: numbers, ids
        ArchiveIdRole,
        UnattributedRole, // true when the call names no human
    };

    // capacity bounds the live ring; older pages add at most olderPageLimit rows above it.
    explicit ToolCallModel(qsizetype capacity = 10000, QObject* parent = nullptr);
    ~ToolCallModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ToolCall& call(int row) const;

    // Without a pager the model only knows what arrives live.
    void setPager(ArchivePager* pager);
    // New calls from the ingest pipeline; connect IngestPipeline::callsArchived here.
    void appendCalls(const Gatehouse::ToolCallBatch& calls);

    // Following: new calls show as they come and the view keeps the newest row in sight.
    // Paused: the table holds still; new calls wait (the newest `capacity` of them).
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    qsizetype heldBack() const { return qsizetype(m_held.size()); }

    // Shows only matching calls; with a pager, refills from the archive (newest first page).
    void setFilter(const ToolCallFilter& filter);
    const ToolCallFilter& filter() const { return m_filter; }
    bool isLoading() const { return m_request != 0; }

    // Scrolling back past the ring: asks the archive for the page before the first row. Pauses.
    bool canFetchOlder() const;
    void fetchOlder();

    static constexpr int PageSize = 500;

signals:
    void followingChanged(bool following);
    void loadingChanged(bool loading);
    // Rows were appended while following: a view scrolls to the bottom.
    void newestChanged();
    void archiveError(const QString& message);

private:
    int olderCount() const { return int(m_older.size()); }
    void insertLive(const ToolCallBatch& calls);
    void clearOlder();
    void onPage(quint64 requestId, const Gatehouse::ToolCallBatch& calls, bool complete,
                qint64 resumeBeforeId);
    void onPageFailed(quint64 requestId, const QString& message);
    void finishLoad();
    QVariant displayText(const ToolCall& call, int column) const;
    QVariant sortValue(const ToolCall& call, int column) const;

    LiveBuffer m_ring;
    std::deque<ToolCall> m_older; // pages from the archive above the ring, oldest first
    std::deque<ToolCall> m_held;  // live calls waiting while paused or loading
    ToolCallFilter m_filter;
    QPointer<ArchivePager> m_pager;
    quint64 m_request = 0;
    bool m_requestIsRefill = false;
    bool m_olderComplete = false;
    qint64 m_olderCursor = 0; // the next older page starts below this id; 0: below the first row
    bool m_following = true;
};

} // namespace Gatehouse
