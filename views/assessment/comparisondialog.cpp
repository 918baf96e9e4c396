// The side-by-side comparison of deployments.
#include "comparisondialog.h"

#include "models/assessment/assessmentstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

enum ExtraRow
{
    TotalRow = DimensionCount,
    BandRow,
    SatisfiedRow,
    ReadinessRow,
    RowCount
};

} // namespace

ComparisonDialog::ComparisonDialog(AssessmentStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(u"comparisonDialog"_s);
    setWindowTitle(tr("Compare deployments"));
    m_table = new QTableWidget(RowCount, MaxCompared, this);
    m_table->setObjectName(u"comparisonTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QStringList rows;
    for (int i = 0; i < DimensionCount; ++i)
        rows << dimensionTitle(Dimension(i));
    rows << tr("Total") << tr("Band") << tr("Controls satisfied") << tr("Readiness");
    m_table->setVerticalHeaderLabels(rows);

    auto* pickerRow = new QHBoxLayout;
    pickerRow->addWidget(new QLabel(tr("Compare:"), this));
    for (int i = 0; i < MaxCompared; ++i) {
        auto* picker = new QComboBox(this);
        picker->setObjectName(u"comparePicker%1"_s.arg(i));
        m_pickers.append(picker);
        pickerRow->addWidget(picker, 1);
    }
    fillPickers();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickerRow);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 480);
}

void ComparisonDialog::fillPickers()
{
    const QList<Deployment> deployments = m_store.deployments().value_or(QList<Deployment>());
    for (int i = 0; i < MaxCompared; ++i) {
        QComboBox* picker = m_pickers.at(i);
        picker->addItem(tr("(none)"), qint64(0));
        for (const Deployment& deployment : deployments)
            picker->addItem(deployment.name, deployment.id);
        picker->setCurrentIndex(i < deployments.size() ? i + 1 : 0);
        connect(picker, &QComboBox::currentIndexChanged, this, &ComparisonDialog::refresh);
    }
    refresh();
}

void ComparisonDialog::setCompared(const QList<qint64>& deploymentIds)
{
    for (int i = 0; i < MaxCompared; ++i) {
        const int index = m_pickers.at(i)->findData(deploymentIds.value(i));
        m_pickers.at(i)->setCurrentIndex(qMax(0, index));
    }
}

void ComparisonDialog::refresh()
{
    for (int column = 0; column < MaxCompared; ++column) {
        QComboBox* picker = m_pickers.at(column);
        const qint64 id = picker->currentData().toLongLong();
        m_table->setHorizontalHeaderItem(
            column, new QTableWidgetItem(id != 0 ? picker->currentText() : QString()));
        fillColumn(column, id);
    }
}

void ComparisonDialog::fillColumn(int column, qint64 deploymentId)
{
    QStringList cells(RowCount);
    if (deploymentId != 0) {
        const MatrixAssessment matrix = m_store.matrix(deploymentId).value_or(MatrixAssessment());
        for (int i = 0; i < DimensionCount; ++i) {
            const auto& score = matrix.score(Dimension(i));
            cells[i] = score ? QString::number(score->score) : tr("unscored");
        }
        cells[TotalRow] = tr("%1 of %2").arg(matrix.total()).arg(DimensionCount * MaxScore);
        cells[BandRow] = matrix.band() ? bandTitle(*matrix.band()) : tr("not yet known");
        const ReadinessChecklist checklist =
            m_store.checklist(deploymentId).value_or(ReadinessChecklist());
        cells[SatisfiedRow] = tr("%1 of %2").arg(checklist.satisfiedCount()).arg(ControlCount);
        cells[ReadinessRow] = readinessTitle(checklist.readiness());
    }
    for (int row = 0; row < RowCount; ++row) {
        auto* item = new QTableWidgetItem(cells.at(row));
        item->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, column, item);
    }
}

} // namespace Gatehouse
