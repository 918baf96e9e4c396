// The expired-evidence row painting.
#include "expiredrowdelegate.h"

#include "models/evidence/evidence.h"
#include "models/evidence/evidencemodel.h"

namespace Gatehouse {

void ExpiredRowDelegate::initStyleOption(QStyleOptionViewItem* option,
                                         const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(EvidenceModel::StatusRole).toInt() != int(EvidenceStatus::Expired))
        return;
    option->backgroundBrush = QColor(0xff, 0xeb, 0xee);
    option->font.setItalic(true);
    option->palette.setColor(QPalette::Text, QColor(0xb7, 0x1c, 0x1c));
}

} // namespace Gatehouse
