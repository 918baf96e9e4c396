// The sources panel.
#include "sourcespanel.h"

#include "models/watch/sourcelistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

SourcesPanel::SourcesPanel(SourceListModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"sourcesPanel"_s);
    m_view = new QTableView(this);
    m_view->setObjectName(u"sourcesView"_s);
    m_view->setModel(&m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SourceListModel::SourceColumn,
                                                     QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"sourcesSummary"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &SourcesPanel::updateSummary);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &SourcesPanel::updateSummary);
    updateSummary();
}

void SourcesPanel::updateSummary()
{
    const int sources = m_model.rowCount();
    if (sources == 0) {
        m_summary->setText(tr("No sources yet. Connect to a gateway or sandbox host, or start "
                              "Gatehouse with --demo to watch the simulated fleet."));
        return;
    }
    const int unhealthy = m_model.unhealthyCount();
    const int streaming = m_model.streamingCount();
    if (unhealthy == 0 && streaming == sources)
        m_summary->setText(tr("%n source(s), all streaming.", nullptr, sources));
    else if (unhealthy == 0)
        m_summary->setText(
            tr("%1 of %n source(s) streaming, the others connecting.", nullptr, sources)
                .arg(streaming));
    else
        m_summary->setText(u"<b style='color:#c62828'>%1</b>"_s.arg(
            tr("%1 of %n source(s) stale, failing or reconnecting.", nullptr, sources)
                .arg(unhealthy)
                .toHtmlEscaped()));
}

} // namespace Gatehouse
