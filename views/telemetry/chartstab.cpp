// Arranging the charts and keeping them fed from the archive and the live pipeline.
#include "chartstab.h"

#include "models/wall/charthistory.h"
#include "models/watch/watchsession.h"
#include "views/charts/timeserieschart.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

qint64 hourOf(const QDateTime& time)
{
    return time.toMSecsSinceEpoch() / (3600 * 1000);
}

constexpr qsizetype MaxAgents = 50;

QString chartTitle(int chart)
{
    switch (chart) {
    case ChartsTab::Calls:
        return ChartsTab::tr("Tool calls per minute");
    case ChartsTab::Tokens:
        return ChartsTab::tr("Tokens per minute");
    case ChartsTab::DurationP50:
        return ChartsTab::tr("Execution time p50 (ms)");
    case ChartsTab::DurationP95:
        return ChartsTab::tr("Execution time p95 (ms)");
    case ChartsTab::Rejects:
        return ChartsTab::tr("Rejected calls per minute");
    default:
        return {};
    }
}

// The baseline metric of a chart, empty where there is none.
QString baselineMetric(int chart)
{
    switch (chart) {
    case ChartsTab::Calls:
        return u"calls"_s;
    case ChartsTab::Tokens:
        return u"tokens"_s;
    case ChartsTab::DurationP50:
        return u"durationP50Ms"_s;
    case ChartsTab::DurationP95:
        return u"durationP95Ms"_s;
    default:
        return {};
    }
}

// A chart's value in a minute; nullopt where a duration is unknown (no call had one).
std::optional<double> valueOf(int chart, const MinutePoint& point)
{
    switch (chart) {
    case ChartsTab::Calls:
        return double(point.calls);
    case ChartsTab::Tokens:
        return double(point.tokens);
    case ChartsTab::DurationP50:
        return point.p50Ms < 0 ? std::nullopt : std::optional(point.p50Ms);
    case ChartsTab::DurationP95:
        return point.p95Ms < 0 ? std::nullopt : std::optional(point.p95Ms);
    default:
        return double(point.rejects);
    }
}

} // namespace

ChartsTab::ChartsTab(WatchSession& session, int refreshMs, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_history(new ChartHistory(session.workspacePath(), session.clock(), this))
{
    setObjectName(u"chartsTab"_s);
    auto* grid = new QGridLayout;
    for (int chart = 0; chart < ChartCount; ++chart) {
        m_charts[size_t(chart)] = new TimeSeriesChart(chartTitle(chart), this);
        m_charts[size_t(chart)]->setObjectName(u"chart%1"_s.arg(chart));
        m_charts[size_t(chart)]->setMinimumHeight(150);
        grid->addWidget(m_charts[size_t(chart)], chart / 2, chart % 2);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(u"chartStatus"_s);
    m_status->setWordWrap(true);
    grid->addWidget(m_status, ChartCount / 2, ChartCount % 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createControls());
    layout->addLayout(grid, 1);

    connect(&m_session.pipeline(), &IngestPipeline::callsArchived, this, &ChartsTab::addCalls,
            Qt::QueuedConnection);
    connect(m_history, &ChartHistory::finished, this, &ChartsTab::onHistory, Qt::QueuedConnection);
    // However fast calls arrive, the charts are redrawn on this timer only.
    connect(&m_timer, &QTimer::timeout, this, &ChartsTab::refresh);
    m_timer.start(refreshMs);
    rebuildScopes();
    requestHistory();
}

ChartsTab::~ChartsTab() = default;

QWidget* ChartsTab::createControls()
{
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_scopeBox = new QComboBox(controls);
    m_scopeBox->setObjectName(u"chartScope"_s);
    m_scopeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodBox = new QComboBox(controls);
    m_periodBox->setObjectName(u"chartPeriod"_s);
    m_periodBox->addItem(tr("Last hour"), 60);
    m_periodBox->addItem(tr("Last 6 hours"), 360);
    m_periodBox->addItem(tr("Last 24 hours"), 1440);
    auto* showing = new QLabel(tr("&Show:"), controls);
    showing->setBuddy(m_scopeBox);
    auto* over = new QLabel(tr("&over:"), controls);
    over->setBuddy(m_periodBox);
    row->addWidget(showing);
    row->addWidget(m_scopeBox);
    row->addWidget(over);
    row->addWidget(m_periodBox);
    row->addStretch(1);
    connect(m_scopeBox, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_scopes.size())
            setScope(m_scopes.at(index));
    });
    connect(m_periodBox, &QComboBox::activated, this,
            [this](int index) { setPeriodMinutes(m_periodBox->itemData(index).toInt()); });
    return controls;
}

void ChartsTab::setScope(const ChartScope& scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    const qsizetype index = m_scopes.indexOf(scope);
    if (index >= 0)
        m_scopeBox->setCurrentIndex(int(index));
    requestHistory();
}

void ChartsTab::setPeriodMinutes(int minutes)
{
    if (minutes == m_minutes)
        return;
    m_minutes = minutes;
    const int index = m_periodBox->findData(minutes);
    if (index >= 0)
        m_periodBox->setCurrentIndex(index);
    requestHistory();
}

void ChartsTab::requestHistory(Read read)
{
    m_pending.clear();
    m_pendingDropped = 0;
    m_read = read;
    if (read == Read::Afresh) {
        m_series = MinuteSeries(m_minutes);
        m_baseline = MinuteBaseline();
        m_error.clear();
    }
    m_historyHour = hourOf(m_session.clock().now());
    m_request = m_history->request(m_scope, m_minutes);
    refresh();
}

void ChartsTab::onHistory(quint64 request)
{
    // An older request's signal must not take the newer answer that replaced its own.
    if (request != m_request)
        return;
    auto answer = m_history->take();
    if (!answer || answer->request != m_request)
        return;
    m_request = 0;
    m_error = answer->error;
    if (answer->deployments != m_deployments) {
        m_deployments = answer->deployments;
        m_scopesChanged = true;
    }
    if (m_error.isEmpty()) {
        m_series = std::move(answer->series);
        m_baseline = std::move(answer->baseline);
        m_floorId = answer->snapshotId;
        m_scope = answer->scope;
    }
    // What came while the archive was read counts now, unless the archive had it already.
    const ToolCallBatch pending = std::exchange(m_pending, {});
    addCalls(pending);
    refresh();
}

void ChartsTab::addCalls(const ToolCallBatch& calls)
{
    noteAgents(calls);
    if (m_request != 0) {
        const qsizetype room = qMax<qsizetype>(0, MaxPendingCalls - m_pending.size());
        m_pending.append(calls.first(qMin(room, calls.size())));
        m_pendingDropped += calls.size() - qMin(room, calls.size());
        return;
    }
    for (const ToolCall& call : calls) {
        if (call.archiveId > m_floorId && m_scope.matches(call))
            m_series.add(call);
    }
}

void ChartsTab::noteAgents(const ToolCallBatch& calls)
{
    for (const ToolCall& call : calls) {
        if (m_agents.size() >= MaxAgents)
            return;
        if (!call.agentId.isEmpty() && !m_agents.contains(call.agentId)) {
            m_agents.append(call.agentId);
            m_scopesChanged = true;
        }
    }
}

void ChartsTab::rebuildScopes()
{
    m_scopesChanged = false;
    m_scopes = {ChartScope::all()};
    m_scopes.append(m_deployments);
    for (const QString& agent : std::as_const(m_agents))
        m_scopes.append(ChartScope::agent(agent));
    m_scopeBox->clear();
    for (const ChartScope& scope : std::as_const(m_scopes))
        m_scopeBox->addItem(scope.title);
    // A deployment's scope may have been refreshed with its current links: match by identity.
    for (qsizetype i = 0; i < m_scopes.size(); ++i) {
        const ChartScope& s = m_scopes.at(i);
        if (s.kind == m_scope.kind && s.deploymentId == m_scope.deploymentId
            && (s.kind != ChartScope::Kind::Agent || s.agents == m_scope.agents))
            m_scopeBox->setCurrentIndex(int(i));
    }
}

void ChartsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ChartsTab::refresh()
{
    if (m_scopesChanged && !m_scopeBox->view()->isVisible())
        rebuildScopes();
    const QDateTime now = m_session.clock().now();
    // The baseline's history grows by the hour, so a console left running gains its band (and
    // keeps it current) without anyone choosing the period again.
    if (m_request == 0 && hourOf(now) != m_historyHour) {
        requestHistory(Read::Again);
        return;
    }
    m_series.advanceTo(now.toMSecsSinceEpoch());
    // Hidden, the tab only counts; drawing waits until it is shown.
    if (!isVisible())
        return;
    const QList<MinutePoint> points = m_series.points();
    m_status->setText(statusText(points));
    for (int chart = 0; chart < ChartCount; ++chart)
        showChart(Chart(chart), points);
}

void ChartsTab::showChart(Chart chart, const QList<MinutePoint>& points)
{
    QList<QPointF> values;
    QList<double> xs;
    for (const MinutePoint& point : points) {
        if (const auto value = valueOf(chart, point)) {
            values.append(QPointF(double(point.startMs), *value));
            xs.append(double(point.startMs));
        }
    }
    const QString metric = baselineMetric(chart);
    const auto [lower, upper] = metric.isEmpty() ? std::pair<QList<QPointF>, QList<QPointF>>()
                                                 : m_baseline.edges(metric, xs);
    TimeSeriesChart* view = m_charts[size_t(chart)];
    // The band first: the value axis is fitted to it and the points together.
    view->setBand(lower, upper);
    view->setPoints(values);
    // Every chart spans the whole period, so minutes line up across charts even where a
    // duration chart has only a few minutes with calls.
    if (!points.isEmpty())
        view->setTimeRange(QDateTime::fromMSecsSinceEpoch(points.first().startMs),
                           QDateTime::fromMSecsSinceEpoch(points.last().startMs));
    view->setPointsVisible(values.size() < 30);
}

QString ChartsTab::statusText(const QList<MinutePoint>& points) const
{
    const QLocale locale;
    if (!m_error.isEmpty())
        return m_error;
    const QString period =
        m_minutes == 60 ? tr("the last hour") : tr("the last %1 hours").arg(m_minutes / 60);
    if (m_request != 0 && m_read == Read::Afresh)
        return tr("Reading %1 of %2 from the archive...").arg(period, m_scope.title);
    qint64 calls = 0;
    for (const MinutePoint& point : points)
        calls += point.calls;
    QString text = tr("%1: %2 calls in %3.").arg(m_scope.title, locale.toString(calls), period);
    text += u' ';
    if (m_baseline.isUsable())
        text += tr("The grey band is the baseline from %1 days of history.")
                    .arg(locale.toString(m_baseline.coverageDays(), 'f', 1));
    else
        text += tr("No baseline band yet: it needs %1 hours of this history, and the archive "
                   "holds %2 hours so far.")
                    .arg(locale.toString(MinuteBaseline::MinimumCoverageDays * 24, 'f', 0),
                         locale.toString(m_baseline.coverageDays() * 24, 'f', 1));
    if (m_pendingDropped > 0)
        text += u' '
                + tr("%1 calls that came while the archive was read are not counted.")
                      .arg(locale.toString(m_pendingDropped));
    return text;
}

} // namespace Gatehouse
