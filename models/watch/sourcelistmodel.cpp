// The sources panel's model.
#include "sourcelistmodel.h"

#include "sourcemarkers.h"
#include "watchsession.h"

#include "models/feed/sourcefeed.h"

#include <QColor>
#include <QLocale>

namespace Gatehouse {

namespace {

// The map's markers use the same four colours, so the panel and the map never disagree.
QColor stateColour(FeedState state)
{
    return SiteMarker::stateColour(SourceMarkers::stateOf(state));
}

QString ageText(qint64 milliseconds)
{
    if (milliseconds < 0)
        return SourceListModel::tr("never");
    if (milliseconds < 60'000)
        return SourceListModel::tr("%1 s").arg(milliseconds / 1000);
    return SourceListModel::tr("%1 min").arg(milliseconds / 60'000);
}

} // namespace

SourceListModel::SourceListModel(WatchSession& session, int refreshMs, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &WatchSession::sourcesChanged, this, &SourceListModel::rebuild);
    connect(&m_timer, &QTimer::timeout, this, &SourceListModel::refresh);
    m_timer.start(refreshMs);
    rebuild();
}

void SourceListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (SourceFeed* feed : m_session.sources())
        m_rows.append(Row{feed, {}, {}, {}, {}, false});
    endResetModel();
    refresh();
}

void SourceListModel::refresh()
{
    for (Row& row : m_rows) {
        row.id = row.feed->sourceId();
        row.state = row.feed->state();
        row.statistics = row.feed->statistics();
        const auto error = row.feed->lastError();
        row.error = error ? error->message : QString();
        row.insecure = row.feed->insecureTransport();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int SourceListModel::unhealthyCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) {
        return row.state == FeedState::Stale || row.state == FeedState::Failed
               || row.state == FeedState::Backoff;
    }));
}

int SourceListModel::streamingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row& row) { return row.state == FeedState::Streaming; }));
}

int SourceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(stateColour(row.state)) : QVariant();
    case Qt::ToolTipRole:
        if (row.insecure)
            return tr("Plain HTTP on loopback: the connection is not encrypted.");
        return row.error.isEmpty() ? row.feed->url().toString() : row.error;
    case StateRole:
        return int(row.state);
    case InsecureRole:
        return row.insecure;
    case SortRole:
        return sortValue(row, index.column());
    default:
        return {};
    }
}

QVariant SourceListModel::displayText(const Row& row, int column) const
{
    const QLocale locale;
    const FeedStatistics& s = row.statistics;
    switch (column) {
    case SourceColumn:
        return row.id.isEmpty() ? row.feed->url().toString() : row.id;
    case StateColumn:
        return row.insecure ? tr("%1 (unencrypted)").arg(SourceFeed::stateName(row.state))
                            : SourceFeed::stateName(row.state);
    case EventsColumn:
        return locale.toString(s.events);
    case RateColumn:
        return tr("%1/s").arg(locale.toString(s.eventsPerSecond, 'f', 1));
    case LagColumn:
        return locale.toString(s.lagEvents);
    case LastEventColumn:
        return ageText(s.lastEventAgeMs);
    case RejectsColumn:
        return locale.toString(s.malformed + s.oversized + s.sinkRejects);
    case GapsColumn:
        return locale.toString(s.lostEvents);
    case ReconnectsColumn:
        return locale.toString(s.reconnects);
    default:
        return {};
    }
}

QVariant SourceListModel::sortValue(const Row& row, int column) const
{
    const FeedStatistics& s = row.statistics;
    switch (column) {
    case StateColumn:
        return int(row.state);
    case EventsColumn:
        return s.events;
    case RateColumn:
        return s.eventsPerSecond;
    case LagColumn:
        return s.lagEvents;
    case LastEventColumn:
        return s.lastEventAgeMs;
    case RejectsColumn:
        return s.malformed + s.oversized + s.sinkRejects;
    case GapsColumn:
        return s.lostEvents;
    case ReconnectsColumn:
        return s.reconnects;
    default:
        return displayText(row, column);
    }
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case StateColumn:
        return tr("State");
    case EventsColumn:
        return tr("Events");
    case RateColumn:
        return tr("Rate");
    case LagColumn:
        return tr("Lag");
    case LastEventColumn:
        return tr("Last event");
    case RejectsColumn:
        return tr("Rejects");
    case GapsColumn:
        return tr("Lost");
    case ReconnectsColumn:
        return tr("Reconnects");
    default:
        return {};
    }
}

} // namespace Gatehouse
