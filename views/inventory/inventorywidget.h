// The inventory of one MCP server: its tools with class, findings and token cost, the state of
// each against the workspace's pin, and the actions to enumerate a server and pin its tools.
// Enumeration and pin storage run on a worker thread with its own workspace connection.
#pragma once

#include "models/core/clock.h"
#include "models/inventory/inventorytarget.h"
#include "models/inventory/serveranalysis.h"
#include "models/inventory/serverenumerator.h"
#include "models/inventory/toolpinstore.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QThread;

namespace Gatehouse {

class ToolListModel;

class InventoryWidget final : public QWidget
{
    Q_OBJECT

public:
    // The clock must outlive the widget.
    explicit InventoryWidget(const Clock& clock, QWidget* parent = nullptr);
    ~InventoryWidget() override;

    // Where pins are read and stored; empty for none (the pin column then says "not pinned").
    void setWorkspacePath(const QString& path);
    // Who the audit trail records when tools are pinned.
    void setActor(const QString& actor);

    QAction* enumerateAction() const { return m_enumerateAction; }
    QAction* pinAction() const { return m_pinAction; }
    ToolListModel* model() const { return m_model; }
    bool isBusy() const { return m_worker != nullptr; }

public slots:
    // Asks for a server with EnumerateDialog, then enumerates it.
    void askAndEnumerate();
    void enumerate(const Gatehouse::InventoryTarget& target,
                   const Gatehouse::EnumerationOptions& options);
    // Stores the shown definitions as the server's pin.
    void pinShownTools();

signals:
    // After an enumeration or a pin, successful or not.
    void finished(bool ok);

private:
    struct Outcome;
    void buildLayout();
    void runInWorker(std::function<Outcome()> job);
    void present(Outcome outcome);
    void showDetails();
    void showSummary();
    // What a worker needs to reach the pins, copied so that it never reads the widget.
    struct PinAccess
    {
        QString workspacePath;
        QString actor;
        const Clock* clock = nullptr;
    };
    PinAccess pinAccess() const;
    // Opens the worker's own connection to the workspace, as the workspace is not thread-safe.
    static Result<PinDiff> comparePin(const PinAccess& access, const ServerInventory& inventory,
                                      const ServerAnalysis& analysis, bool store);

    const Clock& m_clock;
    QString m_workspacePath;
    QString m_actor;
    ToolListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QAction* m_enumerateAction = nullptr;
    QAction* m_pinAction = nullptr;
    QThread* m_worker = nullptr;
    std::optional<ServerInventory> m_inventory;
};

} // namespace Gatehouse
