// The two-line deployment painting.
#include "deploymentitemdelegate.h"

#include "models/assessment/deploymentmodel.h"

#include <QApplication>
#include <QPainter>

namespace Gatehouse {

namespace {

constexpr int Padding = 6;

QFont nameFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

} // namespace

void DeploymentItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QRect text = option.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const QFont bold = nameFont(option.font);
    const int nameHeight = QFontMetrics(bold).height();
    painter->save();
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(bold);
    painter->drawText(
        text.adjusted(0, 0, 0, -(text.height() - nameHeight)), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                             : option.palette.color(QPalette::PlaceholderText));
    const QString owner = index.data(DeploymentModel::OwnerRole).toString();
    painter->drawText(text.adjusted(0, nameHeight, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                      option.fontMetrics.elidedText(owner.isEmpty() ? tr("no owner named") : owner,
                                                    Qt::ElideRight, text.width()));
    painter->restore();
}

QSize DeploymentItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int height = QFontMetrics(nameFont(option.font)).height() + option.fontMetrics.height();
    return {base.width(), height + Padding * 2};
}

} // namespace Gatehouse
