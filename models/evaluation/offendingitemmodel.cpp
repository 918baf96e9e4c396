// The offending-items table model. Values that are arrays or objects show as compact JSON.
#include "offendingitemmodel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"yes"_s : u"no"_s;
    // Ratios such as coverage days would otherwise show sixteen digits.
    if (value.isDouble() && value.toDouble() != double(value.toInteger()))
        return QString::number(value.toDouble(), 'f', 2);
    return value.toVariant().toString();
}

} // namespace

OffendingItemModel::OffendingItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OffendingItemModel::setItems(const QJsonArray& items)
{
    beginResetModel();
    m_items = items;
    m_keys.clear();
    for (const QJsonValue& item : items) {
        for (const QString& key : item.toObject().keys()) {
            if (!m_keys.contains(key))
                m_keys.append(key);
        }
    }
    endResetModel();
}

int OffendingItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OffendingItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant OffendingItemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= m_keys.size())
        return {};
    const QJsonValue value = m_items.at(index.row()).toObject().value(m_keys.at(index.column()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return value.isUndefined() ? QString() : text(value);
    case SortRole:
        return value.toVariant();
    }
    return {};
}

QVariant OffendingItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_keys.size())
        return {};
    return m_keys.at(section);
}

} // namespace Gatehouse
