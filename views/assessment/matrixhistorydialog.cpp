// The scoring history table.
#include "matrixhistorydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

MatrixHistoryDialog::MatrixHistoryDialog(const QList<DimensionScore>& history, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"matrixHistoryDialog"_s);
    setWindowTitle(tr("Scoring history"));
    auto* table = new QTableWidget(int(history.size()), 5, this);
    table->setObjectName(u"historyTable"_s);
    table->setHorizontalHeaderLabels(
        {tr("When"), tr("Dimension"), tr("Score"), tr("Scored by"), tr("Rationale")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    for (int row = 0; row < history.size(); ++row) {
        const DimensionScore& score = history.at(row);
        const QStringList cells{locale.toString(score.scoredAt.toLocalTime(), QLocale::ShortFormat),
                                dimensionTitle(score.dimension), QString::number(score.score),
                                score.scoredBy, score.rationale};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace Gatehouse
