// The inventory view: layout, the worker thread, and the summary and details texts.
#include "inventorywidget.h"

#include "models/inventory/toollistmodel.h"
#include "models/workspace/workspace.h"
#include "views/inventory/enumeratedialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

struct InventoryWidget::Outcome
{
    std::optional<Error> error;
    std::optional<ServerInventory> inventory;
    ServerAnalysis analysis;
    PinDiff diff;
    bool pinned = false;
};

InventoryWidget::InventoryWidget(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_model(new ToolListModel(this))
{
    m_enumerateAction = new QAction(tr("Enumerate server..."), this);
    m_enumerateAction->setObjectName(u"enumerateServerAction"_s);
    m_enumerateAction->setToolTip(tr("List what an MCP server offers, without calling anything"));
    connect(m_enumerateAction, &QAction::triggered, this, &InventoryWidget::askAndEnumerate);
    m_pinAction = new QAction(tr("Pin tools"), this);
    m_pinAction->setObjectName(u"pinToolsAction"_s);
    m_pinAction->setToolTip(tr("Store these definitions so that later changes are reported"));
    m_pinAction->setEnabled(false);
    connect(m_pinAction, &QAction::triggered, this, &InventoryWidget::pinShownTools);
    buildLayout();
    showSummary();
}

InventoryWidget::~InventoryWidget()
{
    // Every step of an enumeration is bounded by its timeout, so this wait ends.
    if (m_worker)
        m_worker->wait();
}

void InventoryWidget::buildLayout()
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ToolListModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"inventoryTools"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ToolListModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryWidget::showDetails);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"inventorySummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(u"inventoryStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"inventoryDetails"_s);
    m_details->setReadOnly(true);

    auto* toolbar = new QToolBar(this);
    toolbar->addAction(m_enumerateAction);
    toolbar->addAction(m_pinAction);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
}

void InventoryWidget::setWorkspacePath(const QString& path)
{
    m_workspacePath = path;
}

void InventoryWidget::setActor(const QString& actor)
{
    m_actor = actor;
}

void InventoryWidget::askAndEnumerate()
{
    EnumerateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto target = dialog.target())
        enumerate(*target, dialog.options());
}

void InventoryWidget::enumerate(const InventoryTarget& target, const EnumerationOptions& options)
{
    m_status->setText(tr("Enumerating %1...")
                          .arg(target.isHttp() ? target.url.toDisplayString(QUrl::RemoveUserInfo)
                                               : target.command.commandLine()));
    runInWorker([target, options, pins = pinAccess()] {
        Outcome outcome;
        auto inventory = target.enumerate(options);
        if (!inventory) {
            outcome.error = inventory.error();
            return outcome;
        }
        outcome.analysis = ServerAnalysis::analyse(*inventory);
        auto diff = comparePin(pins, *inventory, outcome.analysis, false);
        if (diff)
            outcome.diff = *diff;
        else
            outcome.error = diff.error();
        outcome.inventory = std::move(*inventory);
        return outcome;
    });
}

void InventoryWidget::pinShownTools()
{
    if (!m_inventory || m_workspacePath.isEmpty())
        return;
    m_status->setText(tr("Pinning %n tool(s)...", nullptr, int(m_model->analysis().tools.size())));
    runInWorker([pins = pinAccess(), inventory = *m_inventory, analysis = m_model->analysis()] {
        Outcome outcome;
        auto stored = comparePin(pins, inventory, analysis, true);
        if (stored)
            stored = comparePin(pins, inventory, analysis, false);
        if (!stored)
            outcome.error = stored.error();
        else
            outcome.diff = *stored;
        outcome.inventory = inventory;
        outcome.analysis = analysis;
        outcome.pinned = stored.has_value();
        return outcome;
    });
}

InventoryWidget::PinAccess InventoryWidget::pinAccess() const
{
    return {m_workspacePath, m_actor.isEmpty() ? u"gatehouse"_s : m_actor, &m_clock};
}

Result<PinDiff> InventoryWidget::comparePin(const PinAccess& access,
                                            const ServerInventory& inventory,
                                            const ServerAnalysis& analysis, bool store)
{
    if (access.workspacePath.isEmpty())
        return PinDiff{};
    auto workspace = Workspace::open(access.workspacePath, Workspace::OpenMode::AnotherConnection,
                                     *access.clock);
    if (!workspace)
        return std::unexpected(workspace.error());
    ToolPinStore pins(**workspace);
    if (store)
        return pins.pin(inventory, analysis, access.actor);
    return pins.diff(inventory, analysis);
}

void InventoryWidget::runInWorker(std::function<Outcome()> job)
{
    if (m_worker)
        return;
    m_enumerateAction->setEnabled(false);
    m_pinAction->setEnabled(false);
    QPointer<InventoryWidget> self(this);
    m_worker = QThread::create([self, job = std::move(job)] {
        Outcome outcome = job();
        if (self) {
            QMetaObject::invokeMethod(
                self,
                [self, outcome = std::move(outcome)]() mutable {
                    self->present(std::move(outcome));
                },
                Qt::QueuedConnection);
        }
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void InventoryWidget::present(Outcome outcome)
{
    m_worker = nullptr;
    m_enumerateAction->setEnabled(true);
    const bool ok = !outcome.error.has_value();
    if (outcome.inventory) {
        m_inventory = std::move(outcome.inventory);
        m_model->setAnalysis(std::move(outcome.analysis), std::move(outcome.diff));
        m_table->sortByColumn(ToolListModel::ClassColumn, Qt::DescendingOrder);
    }
    m_pinAction->setEnabled(m_inventory.has_value() && !m_workspacePath.isEmpty());
    if (!ok)
        m_status->setText(outcome.error->message);
    else if (outcome.pinned)
        m_status->setText(tr("Pinned %n tool(s).", nullptr, int(m_model->rowCount())));
    else
        m_status->clear();
    showSummary();
    showDetails();
    emit finished(ok);
}

void InventoryWidget::showSummary()
{
    if (!m_inventory) {
        m_summary->setText(tr("No server enumerated yet. Use \"Enumerate server...\"."));
        return;
    }
    const ServerAnalysis& a = m_model->analysis();
    QString text = tr("%1 %2 over %3, protocol %4. %5 tools: %6 read, %7 write, %8 destructive, "
                      "%9 unknown; %10 open-world. Definitions cost about %11 tokens (%12 "
                      "characters / 4).")
                       .arg(m_inventory->serverName(), m_inventory->serverVersion(),
                            m_inventory->transport, m_inventory->protocolVersion)
                       .arg(a.tools.size())
                       .arg(a.count(ToolClass::Read))
                       .arg(a.count(ToolClass::Write))
                       .arg(a.count(ToolClass::Destructive))
                       .arg(a.count(ToolClass::Unknown))
                       .arg(a.openWorldTools)
                       .arg(a.tokenEstimate)
                       .arg(a.definitionChars);
    text += u' '
            + tr("It also lists %1 resources, %2 resource templates and %3 prompts.")
                  .arg(m_inventory->resources.size())
                  .arg(m_inventory->resourceTemplates.size())
                  .arg(m_inventory->prompts.size());
    const PinDiff& diff = m_model->pinDiff();
    if (diff.hasPin && diff.isClean())
        text += u' ' + tr("All tools match the pin.");
    else if (diff.hasPin)
        text += u' '
                + tr("Against the pin: %1 changed, %2 new, %3 removed (%4).")
                      .arg(diff.changed.size())
                      .arg(diff.added.size())
                      .arg(diff.removed.size())
                      .arg(diff.removed.join(u", "_s));
    m_summary->setText(text);
}

void InventoryWidget::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const ToolAnalysis* tool = m_model->toolAt(current.row());
    QStringList lines;
    if (tool) {
        lines << tr("%1 (%2): %3, %4 tokens, sha256 %5")
                     .arg(tool->name, tool->title, toolClassName(tool->toolClass()))
                     .arg(tool->tokenEstimate)
                     .arg(QString::fromLatin1(tool->sha256));
        for (const Finding& finding : tool->findings)
            lines << u"[%1] %2"_s.arg(findingSeverityName(finding.severity), finding.message);
    }
    for (const Finding& finding : m_model->analysis().serverFindings)
        lines << tr("[%1] server: %2").arg(findingSeverityName(finding.severity), finding.message);
    m_details->setPlainText(lines.join(u'\n'));
}

} // namespace Gatehouse
