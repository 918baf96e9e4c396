// Arranging the watch page and connecting the pipeline to its models.
#include "watchpage.h"

#include "attributionwidget.h"
#include "livecallswidget.h"
#include "sourcespanel.h"
#include "toolcalldetails.h"

#include "models/telemetry/attributionmodel.h"
#include "models/telemetry/toolcallmodel.h"
#include "models/watch/sourcelistmodel.h"
#include "models/watch/watchsession.h"

#include <QDataStream>
#include <QIODevice>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

WatchPage::WatchPage(WatchSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_calls(new ToolCallModel(10000, this))
    , m_attribution(new AttributionModel(50000, this))
    , m_sources(new SourceListModel(session, 500, this))
{
    setObjectName(u"watchPage"_s);
    connect(&m_session.pipeline(), &IngestPipeline::callsArchived, m_calls,
            &ToolCallModel::appendCalls, Qt::QueuedConnection);
    connect(&m_session.pipeline(), &IngestPipeline::callsArchived, m_attribution,
            &AttributionModel::addCalls, Qt::QueuedConnection);

    m_live = new LiveCallsWidget(*m_calls, this);
    auto* details = new ToolCallDetails(this);
    auto* attribution = new AttributionWidget(*m_attribution, this);
    auto* side = new QTabWidget(this);
    side->setObjectName(u"watchSideTabs"_s);
    side->addTab(details, tr("Call details"));
    side->addTab(attribution, tr("Attribution"));

    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->addWidget(m_live);
    m_horizontal->addWidget(side);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(new SourcesPanel(*m_sources, this));
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_vertical);

    connect(m_live, &LiveCallsWidget::callSelected, details, &ToolCallDetails::showCall);
    connect(m_live, &LiveCallsWidget::selectionCleared, details, &ToolCallDetails::showNothing);
    connect(attribution, &AttributionWidget::humanActivated, this, [this](const QString& human) {
        m_live->filterBy(ToolCallFilter::Field::Human, human);
    });
    connect(attribution, &AttributionWidget::agentActivated, this, [this](const QString& agent) {
        m_live->filterBy(ToolCallFilter::Field::Agent, agent);
    });
}

WatchPage::~WatchPage() = default;

QList<QAction*> WatchPage::actions() const
{
    return m_live->actions();
}

QByteArray WatchPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_vertical->saveState() << m_horizontal->saveState();
    return state;
}

void WatchPage::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    QByteArray vertical;
    QByteArray horizontal;
    stream >> vertical >> horizontal;
    if (stream.status() == QDataStream::Ok) {
        m_vertical->restoreState(vertical);
        m_horizontal->restoreState(horizontal);
    }
}

} // namespace Gatehouse
