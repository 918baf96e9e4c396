// Who caused what: the attribution tree from humans through agents and conversations to tools
// and the data they touched, with the calls that trace to no human counted and highlighted.
#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace Gatehouse {

class AttributionModel;

class AttributionWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit AttributionWidget(AttributionModel& model, QWidget* parent = nullptr);

signals:
    // The human or agent of the activated node, to filter the live table by.
    void humanActivated(const QString& human);
    void agentActivated(const QString& agent);

private:
    void updateSummary();

    AttributionModel& m_model;
    QTreeView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace Gatehouse
