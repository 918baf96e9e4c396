// The pattern comparison table.
#include "patternreferencedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

PatternReferenceDialog::PatternReferenceDialog(std::optional<Band> recommended, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"patternReferenceDialog"_s);
    setWindowTitle(tr("Deployment patterns compared"));
    const auto aspects = patternComparison();
    m_table = new QTableWidget(int(aspects.size()), 3, this);
    m_table->setObjectName(u"patternTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    for (int band = 0; band < 3; ++band)
        m_table->setHorizontalHeaderItem(band, new QTableWidgetItem(bandTitle(Band(band))));
    for (int row = 0; row < int(aspects.size()); ++row) {
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(aspects.at(row).title));
        for (int band = 0; band < 3; ++band)
            m_table->setItem(row, band, new QTableWidgetItem(aspects.at(row).byBand.at(band)));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto* note = new QLabel(
        recommended
            ? tr("The decision matrix recommends %1 (highlighted).").arg(bandTitle(*recommended))
            : tr("Score all eight dimensions of a deployment to see "
                 "which pattern it calls for."),
        this);
    note->setObjectName(u"recommendationLabel"_s);
    if (recommended)
        highlight(*recommended);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(1040, 320);
}

void PatternReferenceDialog::highlight(Band band)
{
    const int column = int(band);
    QFont bold = font();
    bold.setBold(true);
    m_table->horizontalHeaderItem(column)->setFont(bold);
    m_table->horizontalHeaderItem(column)->setText(tr("%1 (recommended)").arg(bandTitle(band)));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* item = m_table->item(row, column);
        item->setBackground(QColor(0xe8, 0xf5, 0xe9));
        item->setForeground(QColor(0x1b, 0x5e, 0x20));
        item->setFont(bold);
    }
    m_table->setProperty("recommendedColumn", column);
}

} // namespace Gatehouse
