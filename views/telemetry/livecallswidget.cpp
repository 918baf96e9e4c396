// The live tool-call table widget.
#include "livecallswidget.h"

#include "models/telemetry/toolcallmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// Calls that trace to no human stand out in red, whatever the column.
class UnattributedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ToolCallModel::UnattributedRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    }
};

// The filter field a table column stands for, if any.
std::optional<ToolCallFilter::Field> fieldOfColumn(int column)
{
    switch (column) {
    case ToolCallModel::Human:
        return ToolCallFilter::Field::Human;
    case ToolCallModel::Agent:
        return ToolCallFilter::Field::Agent;
    case ToolCallModel::Tool:
        return ToolCallFilter::Field::Tool;
    case ToolCallModel::McpServer:
        return ToolCallFilter::Field::McpServer;
    case ToolCallModel::DataRegion:
        return ToolCallFilter::Field::DataRegion;
    case ToolCallModel::ComputeRegion:
        return ToolCallFilter::Field::ComputeRegion;
    case ToolCallModel::Outcome:
        return ToolCallFilter::Field::Outcome;
    default:
        return std::nullopt;
    }
}

QString fieldTitle(ToolCallFilter::Field field)
{
    switch (field) {
    case ToolCallFilter::Field::Human:
        return LiveCallsWidget::tr("human");
    case ToolCallFilter::Field::Agent:
        return LiveCallsWidget::tr("agent");
    case ToolCallFilter::Field::Tool:
        return LiveCallsWidget::tr("tool");
    case ToolCallFilter::Field::McpServer:
        return LiveCallsWidget::tr("server");
    case ToolCallFilter::Field::DataRegion:
        return LiveCallsWidget::tr("data region");
    case ToolCallFilter::Field::ComputeRegion:
        return LiveCallsWidget::tr("compute region");
    case ToolCallFilter::Field::Outcome:
        return LiveCallsWidget::tr("outcome");
    case ToolCallFilter::Field::Count:
        break;
    }
    return {};
}

} // namespace

LiveCallsWidget::LiveCallsWidget(ToolCallModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"liveCallsWidget"_s);
    m_view = new QTableView(this);
    m_view->setObjectName(u"liveCallsView"_s);
    m_view->setModel(&m_model);
    m_view->setItemDelegate(new UnattributedDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(ToolCallModel::Time,
                           m_view->fontMetrics().horizontalAdvance(u"2026-12-31 23:59:59.999"_s)
                               + 16);
    // Rows arrive thousands a second: fixed row heights keep the view from measuring them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    buildFilterBar();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(m_unattributed);
    for (QAction* action : {m_follow, m_older, m_clear}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    layout->addLayout(bar);
    layout->addWidget(m_active);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_view, &QWidget::customContextMenuRequested, this, &LiveCallsWidget::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LiveCallsWidget::onCurrentChanged);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &LiveCallsWidget::onScrolled);
    connect(&m_model, &ToolCallModel::newestChanged, m_view, &QTableView::scrollToBottom);
    connect(&m_model, &ToolCallModel::followingChanged, m_follow, &QAction::setChecked);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &LiveCallsWidget::updateStatus);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &LiveCallsWidget::updateStatus);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &LiveCallsWidget::updateStatus);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &LiveCallsWidget::selectionCleared);
    connect(&m_model, &ToolCallModel::loadingChanged, this, &LiveCallsWidget::updateStatus);
    updateStatus();
}

void LiveCallsWidget::buildFilterBar()
{
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"liveCallsFilterText"_s);
    m_text->setPlaceholderText(tr("Filter: human, agent, tool, server, region, conversation..."));
    m_text->setClearButtonEnabled(true);
    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &LiveCallsWidget::applyFilter);

    m_unattributed = new QCheckBox(tr("Without a human only"), this);
    m_unattributed->setObjectName(u"liveCallsUnattributed"_s);
    connect(m_unattributed, &QCheckBox::toggled, this, &LiveCallsWidget::applyFilter);

    m_active = new QLabel(this);
    m_active->setObjectName(u"liveCallsActiveFilters"_s);
    m_active->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"liveCallsStatus"_s);

    m_follow = new QAction(tr("&Follow"), this);
    m_follow->setObjectName(u"followAction"_s);
    m_follow->setCheckable(true);
    m_follow->setChecked(m_model.isFollowing());
    m_follow->setShortcut(QKeySequence(Qt::Key_F7));
    m_follow->setToolTip(tr("Follow new calls, or hold the table still (F7)"));
    connect(m_follow, &QAction::toggled, &m_model, &ToolCallModel::setFollowing);

    m_older = new QAction(tr("&Older calls"), this);
    m_older->setToolTip(tr("Load the page of calls before the first row from the archive"));
    connect(m_older, &QAction::triggered, &m_model, &ToolCallModel::fetchOlder);

    m_clear = new QAction(tr("&Clear filters"), this);
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_clear, &QAction::triggered, this, &LiveCallsWidget::clearFilters);

    m_focusFilter = new QAction(tr("Filter &calls"), this);
    m_focusFilter->setShortcut(QKeySequence::Find);
    connect(m_focusFilter, &QAction::triggered, m_text, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });
    addAction(m_focusFilter);
}

QList<QAction*> LiveCallsWidget::actions() const
{
    return {m_focusFilter, m_follow, m_older, m_clear};
}

void LiveCallsWidget::filterBy(ToolCallFilter::Field field, const QString& value)
{
    m_filter.setField(field, value);
    applyFilter();
}

void LiveCallsWidget::clearFilters()
{
    m_filter = ToolCallFilter();
    const QSignalBlocker textBlocker(m_text);
    const QSignalBlocker checkBlocker(m_unattributed);
    m_text->clear();
    m_unattributed->setChecked(false);
    applyFilter();
}

void LiveCallsWidget::applyFilter()
{
    m_filter.setText(m_text->text());
    m_filter.setOnlyUnattributed(m_unattributed->isChecked());
    QStringList active;
    for (int i = 0; i < int(ToolCallFilter::Field::Count); ++i) {
        const auto field = ToolCallFilter::Field(i);
        if (!m_filter.field(field).isEmpty())
            active << u"%1 = %2"_s.arg(fieldTitle(field), m_filter.field(field));
    }
    m_active->setText(tr("Only calls with %1").arg(active.join(tr(" and "))));
    m_active->setVisible(!active.isEmpty());
    m_model.setFilter(m_filter);
    updateStatus();
}

void LiveCallsWidget::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    QMenu menu(this);
    if (const auto field = index.isValid() ? fieldOfColumn(index.column()) : std::nullopt) {
        const QString value = index.data(ToolCallModel::SortRole).toString();
        menu.addAction(tr("Only calls with %1 \"%2\"").arg(fieldTitle(*field), value), this,
                       [this, field, value] { filterBy(*field, value); });
    }
    menu.addAction(m_clear);
    menu.addAction(m_follow);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void LiveCallsWidget::onCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid()) {
        emit selectionCleared();
        return;
    }
    emit callSelected(m_model.call(current.row()));
}

void LiveCallsWidget::onScrolled(int value)
{
    // Reaching the top pages the calls before the ring in from the archive.
    if (value == m_view->verticalScrollBar()->minimum() && m_model.rowCount() > 0
        && m_model.canFetchOlder() && !m_model.isLoading() && !m_model.isFollowing())
        m_model.fetchOlder();
}

void LiveCallsWidget::updateStatus()
{
    QString text = tr("%n call(s) shown", nullptr, m_model.rowCount());
    if (m_model.isLoading())
        text += tr(" - loading from the archive...");
    else if (!m_model.isFollowing() && m_model.heldBack() > 0)
        text += tr(" - paused, %n new call(s) waiting", nullptr, int(m_model.heldBack()));
    m_status->setText(text);
    m_older->setEnabled(m_model.canFetchOlder());
}

} // namespace Gatehouse
