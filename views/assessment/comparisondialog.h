// Up to three deployments side by side: each dimension's score, the total and band, and how far
// their checklists are from launch.
#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QTableWidget;

namespace Gatehouse {

class AssessmentStore;

class ComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxCompared = 3;

    explicit ComparisonDialog(AssessmentStore& store, QWidget* parent = nullptr);

    // Picks the deployments to compare; 0 leaves a column empty.
    void setCompared(const QList<qint64>& deploymentIds);
    QTableWidget* table() const { return m_table; }

private:
    void fillPickers();
    void refresh();
    void fillColumn(int column, qint64 deploymentId);

    AssessmentStore& m_store;
    QList<QComboBox*> m_pickers;
    QTableWidget* m_table = nullptr;
};

} // namespace Gatehouse
