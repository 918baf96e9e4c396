// Each gateway and sandbox host being watched: state, event rate, lag, age of the last event,
// rejects and lost events; a source that falls silent shows as stale with its age.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Gatehouse {

class SourceListModel;

class SourcesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPanel(SourceListModel& model, QWidget* parent = nullptr);

private:
    void updateSummary();

    SourceListModel& m_model;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace Gatehouse
