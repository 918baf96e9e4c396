// Building, refreshing and rotating the wall display.
#include "wallwindow.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/feed/feedstatistics.h"
#include "models/feed/sourcefeed.h"
#include "models/map/regionflows.h"
#include "models/map/worldmap.h"
#include "models/regions/regioncatalog.h"
#include "models/wall/minuteseries.h"
#include "models/wall/panelrotation.h"
#include "models/watch/sourcelistmodel.h"
#include "models/watch/sourcemarkers.h"
#include "models/watch/watchsession.h"
#include "views/charts/timeserieschart.h"
#include "views/map/regionmapwidget.h"

#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr size_t MaxFindings = 12;

QLabel* panelLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setWordWrap(true);
    return label;
}

QString panelTitle(int panel)
{
    switch (panel) {
    case WallWindow::Scoreboard:
        return WallWindow::tr("Readiness");
    case WallWindow::Activity:
        return WallWindow::tr("Live activity");
    case WallWindow::Map:
        return WallWindow::tr("Where data goes");
    case WallWindow::Findings:
        return WallWindow::tr("Latest findings");
    default:
        return {};
    }
}

QString hhmm(const QDateTime& time)
{
    return time.toLocalTime().toString(u"HH:mm"_s);
}

} // namespace

WallWindow::WallWindow(WatchSession& session, AssessmentStore* assessments, const Clock& clock,
                       WallOptions options, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_assessments(assessments)
    , m_clock(clock)
    , m_options(options)
    , m_rotation(std::make_unique<PanelRotation>(PanelCount, options.rotationSeconds * 1000, clock))
    , m_rates(std::make_unique<MinuteSeries>(60))
{
    setObjectName(u"wallWindow"_s);
    setWindowTitle(tr("Gatehouse wall"));
    setCursor(Qt::BlankCursor);
    m_sources = new SourceListModel(session, 1000, this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"wallBanner"_s);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->hide();
    m_indicator = new QLabel(this);
    m_indicator->setObjectName(u"wallIndicator"_s);
    m_panels = new QStackedWidget(this);
    m_panels->addWidget(createScoreboard());
    m_panels->addWidget(createActivity());
    m_panels->addWidget(createMap());
    m_panels->addWidget(createFindings());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_indicator);
    layout->addWidget(m_panels, 1);

    connect(&m_session.pipeline(), &IngestPipeline::callsArchived, this, &WallWindow::onCalls,
            Qt::QueuedConnection);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &WallWindow::tick);
    m_timer->start();
    applyTheme();
    refreshScoreboard();
    tick();
}

WallWindow::~WallWindow() = default;

QWidget* WallWindow::createScoreboard()
{
    m_scoreboard = panelLabel(this, u"wallScoreboard"_s);
    return m_scoreboard;
}

QWidget* WallWindow::createActivity()
{
    auto* panel = new QWidget(this);
    m_activityFigures = panelLabel(panel, u"wallActivityFigures"_s);
    m_chart = new TimeSeriesChart(tr("Tool calls per minute, last hour"), panel);
    auto* layout = new QVBoxLayout(panel);
    layout->addWidget(m_activityFigures);
    layout->addWidget(m_chart, 1);
    return panel;
}

QWidget* WallWindow::createMap()
{
    auto map = WorldMap::builtIn();
    auto catalog = RegionCatalog::builtIn();
    if (!map || !catalog)
        return panelLabel(this, u"wallMapMissing"_s);
    m_worldMap = std::make_unique<WorldMap>(std::move(*map));
    m_catalog = std::make_unique<RegionCatalog>(std::move(*catalog));
    m_flows = std::make_unique<RegionFlows>(*m_catalog);
    m_markers = std::make_unique<SourceMarkers>(*m_catalog, m_clock);
    m_map = new RegionMapWidget(*m_worldMap, *m_catalog, this);
    return m_map;
}

QWidget* WallWindow::createFindings()
{
    m_findings = panelLabel(this, u"wallFindings"_s);
    return m_findings;
}

int WallWindow::currentPanel() const
{
    return m_rotation->current();
}

bool WallWindow::isPaused() const
{
    return m_rotation->isPaused();
}

bool WallWindow::noteFinding(const QString& key, const QString& text)
{
    auto found = std::find_if(m_latestFindings.begin(), m_latestFindings.end(),
                              [&key](const Finding& finding) { return finding.key == key; });
    const bool isNew = found == m_latestFindings.end();
    Finding finding = isNew ? Finding{key, text, 0, {}} : *found;
    if (!isNew)
        m_latestFindings.erase(found);
    finding.text = text;
    ++finding.count;
    finding.lastSeen = hhmm(m_clock.now());
    m_latestFindings.push_front(finding);
    if (m_latestFindings.size() > MaxFindings)
        m_latestFindings.pop_back();
    return isNew;
}

void WallWindow::onCalls(const QList<ToolCall>& calls)
{
    m_rates->add(calls);
    bool violation = false;
    for (const ToolCall& call : calls) {
        m_lastCallMs = qMax(m_lastCallMs, call.startNs / 1'000'000);
        if (call.human.isEmpty()) {
            ++m_unattributed;
            violation |= noteFinding(u"unattributed:"_s + call.agentId,
                                     tr("%1 calls tools with no human behind it (latest: %2)")
                                         .arg(call.agentId, call.toolName));
        } else if (m_catalog && !call.dataRegion.isEmpty() && !call.computeRegion.isEmpty()
                   && m_catalog->jurisdictionOf(call.dataRegion)
                          != m_catalog->jurisdictionOf(call.computeRegion)) {
            violation |=
                noteFinding(u"residency:"_s + call.agentId + call.dataRegion + call.computeRegion,
                            tr("%1 processes %2 data in %3")
                                .arg(call.agentId, call.dataRegion, call.computeRegion));
        }
    }
    if (m_flows) {
        m_flows->add(calls);
        m_markers->addCalls(calls);
    }
    // Only a violation not yet on the panel holds it; repeated sightings only count up.
    if (violation)
        m_rotation->pin(Findings, m_options.pinSeconds * 1000);
}

void WallWindow::tick()
{
    m_rates->advanceTo(m_clock.now().toMSecsSinceEpoch());
    m_rotation->tick();
    m_panels->setCurrentIndex(m_rotation->current());
    if (++m_scoreboardAge >= 30) {
        m_scoreboardAge = 0;
        refreshScoreboard();
    }
    refreshActivity();
    refreshMap();
    QString findings = u"<h1>%1</h1>"_s.arg(panelTitle(Findings).toHtmlEscaped());
    if (m_latestFindings.empty())
        findings +=
            u"<p>%1</p>"_s.arg(tr("No violations seen since the wall started.").toHtmlEscaped());
    for (const Finding& finding : m_latestFindings)
        findings += u"<p><b>%1</b> &nbsp;%2 <span class='age'>(%3, last at %4)</span></p>"_s.arg(
            QLocale().toString(finding.count), finding.text.toHtmlEscaped(),
            tr("%n time(s)", nullptr, int(finding.count)).toHtmlEscaped(), finding.lastSeen);
    m_findings->setText(findings);
    refreshBanner();
    refreshIndicator();
}

void WallWindow::refreshMap()
{
    if (!m_map)
        return;
    m_map->setFlows(m_flows->flows());
    QList<SourceStatus> statuses;
    for (const SourceFeed* feed : m_session.sources())
        statuses.append(SourceStatus::of(*feed));
    m_markers->setSources(statuses);
    m_map->setMarkers(m_markers->markers());
}

void WallWindow::refreshScoreboard()
{
    QString html =
        u"<h1>%1</h1><table cellpadding='10'>"_s.arg(panelTitle(Scoreboard).toHtmlEscaped());
    const auto deployments =
        m_assessments ? m_assessments->deployments() : Result<QList<Deployment>>{};
    if (!m_assessments || !deployments || deployments->isEmpty())
        html += u"<tr><td>%1</td></tr>"_s.arg(tr("No deployments assessed yet.").toHtmlEscaped());
    for (const Deployment& deployment : deployments ? *deployments : QList<Deployment>()) {
        const auto checklist = m_assessments->checklist(deployment.id);
        if (!checklist)
            continue;
        QStringList failed;
        for (int i = 0; i < ControlCount; ++i) {
            if (checklist->state(Control(i)).status == ControlStatus::Fail)
                failed << controlSlug(Control(i));
        }
        const Readiness readiness = checklist->readiness();
        const char* colour = readiness == Readiness::LaunchReady ? "#66bb6a"
                             : readiness == Readiness::Pilot     ? "#ffa726"
                                                                 : "#ef5350";
        html +=
            u"<tr><td><b>%1</b></td><td>%2 / 12</td><td style='color:%3'><b>%4</b></td>"
            "<td>%5</td></tr>"_s.arg(deployment.name.toHtmlEscaped())
                .arg(checklist->satisfiedCount())
                .arg(QString::fromLatin1(colour), readinessTitle(readiness).toHtmlEscaped(),
                     failed.isEmpty() ? QString()
                                      : tr("failed: %1").arg(failed.join(u", "_s)).toHtmlEscaped());
    }
    html += u"</table><p class='age'>%1</p>"_s.arg(
        tr("Assessments as of %1").arg(hhmm(m_clock.now())).toHtmlEscaped());
    m_scoreboard->setText(html);
}

void WallWindow::refreshActivity()
{
    QList<QPointF> points;
    const QList<MinutePoint> buckets = m_rates->points();
    for (const MinutePoint& bucket : buckets)
        points.append(QPointF(double(bucket.startMs), double(bucket.calls)));
    m_chart->setPoints(points);
    const qint64 lastMinute = buckets.size() > 1 ? buckets.at(buckets.size() - 2).calls : 0;
    const QLocale locale;
    const qint64 ageS =
        m_lastCallMs ? (m_clock.now().toMSecsSinceEpoch() - m_lastCallMs) / 1000 : -1;
    m_activityFigures->setText(
        u"<h1>%1</h1><p><span style='font-size:xx-large'><b>%2</b></span> %3 &nbsp;&nbsp; "
        "<span style='font-size:xx-large;color:#ef5350'><b>%4</b></span> %5</p><p class='age'>%6</p>"_s
            .arg(panelTitle(Activity).toHtmlEscaped(), locale.toString(lastMinute),
                 tr("calls in the last full minute").toHtmlEscaped(),
                 locale.toString(m_unattributed), tr("calls without a human").toHtmlEscaped(),
                 ageS < 0 ? tr("No call received yet.").toHtmlEscaped()
                          : tr("Newest call %1 s ago").arg(ageS).toHtmlEscaped()));
}

void WallWindow::refreshBanner()
{
    QStringList lost;
    for (int row = 0; row < m_sources->rowCount(); ++row) {
        const auto state =
            FeedState(m_sources->index(row, 0).data(SourceListModel::StateRole).toInt());
        if (state == FeedState::Stale || state == FeedState::Failed || state == FeedState::Backoff)
            lost << m_sources->index(row, SourceListModel::SourceColumn).data().toString();
    }
    if (lost.isEmpty()) {
        m_lostSince.clear();
        m_banner->hide();
        return;
    }
    if (m_lostSince.isEmpty())
        m_lostSince = hhmm(m_clock.now());
    m_banner->setText(
        tr("Feed lost: %1 since %2 - reconnecting").arg(lost.join(u", "_s), m_lostSince));
    m_banner->show();
}

void WallWindow::refreshIndicator()
{
    QString dots;
    for (int i = 0; i < PanelCount; ++i)
        dots += i == m_rotation->current() ? u"\u25CF "_s : u"\u25CB "_s;
    QString state;
    if (m_rotation->isPaused())
        state = tr("paused");
    else if (m_rotation->pinned() >= 0)
        state = tr("held for a new violation");
    else
        state = tr("next in %1 s").arg((m_rotation->remainingMs() + 999) / 1000);
    m_indicator->setText(u"%1  %2  -  %3"_s.arg(dots, panelTitle(m_rotation->current()), state));
}

void WallWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_P:
        m_rotation->setPaused(!m_rotation->isPaused());
        break;
    case Qt::Key_Right:
        m_rotation->step(1);
        break;
    case Qt::Key_Left:
        m_rotation->step(-1);
        break;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_panels->setCurrentIndex(m_rotation->current());
    refreshIndicator();
}

void WallWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyTheme();
}

void WallWindow::applyTheme()
{
    // Type readable from several metres: the base size follows the screen's height.
    const int points = qMax(14, height() / 36);
    QFile sheet(m_options.dark ? u":/gatehouse/wall/wall-dark.qss"_s
                               : u":/gatehouse/wall/wall-light.qss"_s);
    QString style =
        sheet.open(QIODevice::ReadOnly) ? QString::fromUtf8(sheet.readAll()) : QString();
    setStyleSheet(style.replace(u"@BASE@"_s, QString::number(points))
                      .replace(u"@SMALL@"_s, QString::number(qMax(10, points * 2 / 3))));
    m_chart->setDark(m_options.dark);
}

} // namespace Gatehouse
