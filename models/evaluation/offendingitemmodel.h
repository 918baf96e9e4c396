// The offending items of one measurement (call ids, credentials, listeners, drills...) as a
// table whose columns are the keys the items carry, in the order they first appear, each headed
// by a translated name ("Data region" for dataRegion); the raw key stays on KeyRole.
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QStringList>

namespace Gatehouse {

class OffendingItemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OffendingItemModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // data(): the raw JSON value
        KeyRole = Qt::UserRole + 2,  // headerData(): the raw JSON key of the column
    };

    explicit OffendingItemModel(QObject* parent = nullptr);

    void setItems(const QJsonArray& items);
    const QStringList& keys() const { return m_keys; }
    // The column header for a key: a translated name for every key the evaluators emit, and for
    // any other key the key itself made readable ("agent_id" and "agentId" give "Agent id").
    static QString headerFor(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_items;
    QStringList m_keys;
};

} // namespace Gatehouse
