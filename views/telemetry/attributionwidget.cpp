// The attribution tree widget.
#include "attributionwidget.h"

#include "models/telemetry/attributionmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

AttributionWidget::AttributionWidget(AttributionModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"attributionWidget"_s);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"attributionView"_s);
    m_view->setModel(&m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"attributionSummary"_s);
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(&m_model, &AttributionModel::unattributedCallsChanged, this,
            &AttributionWidget::updateSummary);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &AttributionWidget::updateSummary);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &AttributionWidget::updateSummary);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const auto level = AttributionModel::Level(index.data(AttributionModel::LevelRole).toInt());
        const QString key = index.data(AttributionModel::KeyRole).toString();
        if (level == AttributionModel::Level::Human)
            emit humanActivated(key);
        else if (level == AttributionModel::Level::Agent)
            emit agentActivated(key);
    });
    updateSummary();
}

void AttributionWidget::updateSummary()
{
    const QLocale locale;
    const qint64 unattributed = m_model.unattributedCalls();
    QString text = tr("%1 calls attributed so far.").arg(locale.toString(m_model.totalCalls()));
    if (unattributed > 0)
        text += u" <b style='color:#c62828'>%1</b>"_s.arg(
            tr("%1 trace to no human.").arg(locale.toString(unattributed)).toHtmlEscaped());
    m_summary->setText(text);
}

} // namespace Gatehouse
