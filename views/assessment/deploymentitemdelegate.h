// Paints a deployment in the list as its name over its owner, so deployments with similar names
// are told apart at a glance.
#pragma once

#include <QStyledItemDelegate>

namespace Gatehouse {

class DeploymentItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Gatehouse
