// Paints evidence that freshness has expired so it stands out from the row's first cell to its
// last, not only in the status column.
#pragma once

#include <QStyledItemDelegate>

namespace Gatehouse {

class ExpiredRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Gatehouse
