// The sources panel's table: one row per gateway or sandbox host with its state, event rate, lag,
// the age of its last event and what it rejected. Polled, because feeds live on another thread.
#pragma once

#include "models/feed/feedstatistics.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Gatehouse {

class WatchSession;
class SourceFeed;

class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceListModel)

public:
    enum Column
    {
        SourceColumn,
        StateColumn,
        EventsColumn,
        RateColumn,
        LagColumn,
        LastEventColumn,
        RejectsColumn,
        GapsColumn,
        ReconnectsColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1,
        SortRole,
        InsecureRole
    };

    explicit SourceListModel(WatchSession& session, int refreshMs = 500, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How many sources are stale, failed or backing off right now.
    int unhealthyCount() const;
    int streamingCount() const;

public slots:
    void refresh();

private:
    struct Row
    {
        SourceFeed* feed = nullptr;
        QString id;
        FeedState state = FeedState::Idle;
        FeedStatistics statistics;
        QString error;
        bool insecure = false;
    };
    void rebuild();
    QVariant displayText(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;

    WatchSession& m_session;
    QList<Row> m_rows;
    QTimer m_timer;
};

} // namespace Gatehouse
