// The live tool-call table with its filter bar: free text, per-column values picked from the
// table, unattributed calls only, follow or pause, and older calls paged in from the archive.
#pragma once

#include "models/telemetry/toolcallfilter.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Gatehouse {

class ToolCallModel;
struct ToolCall;

class LiveCallsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit LiveCallsWidget(ToolCallModel& model, QWidget* parent = nullptr);

    QList<QAction*> actions() const;
    // Shows only calls whose field has this value (used by the map and the attribution tree).
    void filterBy(ToolCallFilter::Field field, const QString& value);
    void clearFilters();

signals:
    void callSelected(const Gatehouse::ToolCall& call);
    void selectionCleared();

private:
    void buildFilterBar();
    void applyFilter();
    void showContextMenu(const QPoint& position);
    void onCurrentChanged(const QModelIndex& current);
    void onScrolled(int value);
    void updateStatus();

    ToolCallModel& m_model;
    ToolCallFilter m_filter;
    QTableView* m_view = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_unattributed = nullptr;
    QLabel* m_active = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_textDelay = nullptr;
    QAction* m_follow = nullptr;
    QAction* m_older = nullptr;
    QAction* m_clear = nullptr;
    QAction* m_focusFilter = nullptr;
};

} // namespace Gatehouse
