// The offending items of one measurement (call ids, credentials, listeners, drills...) as a
// table whose columns are the keys the items carry, in the order they first appear.
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
        SortRole = Qt::UserRole + 1, // the raw JSON value
    };

    explicit OffendingItemModel(QObject* parent = nullptr);

    void setItems(const QJsonArray& items);
    const QStringList& keys() const { return m_keys; }

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
