// What each section of the audit report says, and in which words.
#include "reportcomposer.h"

#include "models/report/reportchartdrawing.h"
#include "models/report/reportmapdrawing.h"
#include "models/report/reportpalette.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace Gatehouse {

namespace {

using namespace ReportPalette;

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
};

QString when(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : Text::tr("not recorded");
}

QString shortTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString period(const ReportData& data)
{
    if (!data.periodStart.isValid() && !data.periodEnd.isValid())
        return Text::tr("Point in time, as of %1").arg(when(data.generatedAt));
    return Text::tr("%1 to %2").arg(when(data.periodStart), when(data.periodEnd));
}

QColor statusColour(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Pass:
        return Pass;
    case ControlStatus::Fail:
        return Fail;
    case ControlStatus::NotAssessed:
        return Open;
    case ControlStatus::NotApplicable:
        return Muted;
    }
    return {};
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// A 64-digit hash in two lines of 32, so the column stays narrow and the hash stays readable.
QString splitHash(const QByteArray& hex)
{
    return hex.size() == 64 ? QString::fromLatin1(hex.left(32) + '\n' + hex.mid(32))
                            : QString::fromLatin1(hex);
}

QString joinedNames(const QList<ReportDeployment>& deployments)
{
    QStringList names;
    for (const ReportDeployment& deployment : deployments)
        names.append(deployment.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

ReportComposer::ReportComposer(const ReportData& data, ReportPageFlow& flow)
    : m_data(data)
    , m_flow(flow)
{
}

void ReportComposer::compose()
{
    cover();
    scope();
    forEachDeployment(Text::tr("Decision matrix"), &ReportComposer::matrix);
    forEachDeployment(Text::tr("Readiness"), &ReportComposer::readiness);
    forEachDeployment(Text::tr("Exceptions"), &ReportComposer::exceptions);
    forEachDeployment(Text::tr("Evidence index"), &ReportComposer::evidence);
    forEachDeployment(Text::tr("Monitoring summary"), &ReportComposer::monitoring);
    limitations();
    signOff();
    appendix();
}

void ReportComposer::forEachDeployment(const QString& section,
                                       void (ReportComposer::*part)(const ReportDeployment&))
{
    m_flow.heading(QStringLiteral("%1  %2").arg(++m_section).arg(section), 1);
    for (const ReportDeployment& deployment : m_data.deployments) {
        if (m_data.deployments.size() > 1)
            m_flow.heading(deployment.name, 2);
        (this->*part)(deployment);
    }
}

void ReportComposer::cover()
{
    m_flow.space(40);
    m_flow.title(Text::tr("Audit report"));
    m_flow.paragraph(Text::tr("AI agent deployments: decision, readiness, evidence and monitoring"),
                     &m_flow.bodyFont(), Muted);
    m_flow.space(16);
    m_flow.keyValues({
        {Text::tr("Organisation"), m_data.organisation},
        {Text::tr("Deployments in scope"), joinedNames(m_data.deployments)},
        {Text::tr("Report id"), m_data.reportId()},
        {Text::tr("Generated at"), when(m_data.generatedAt)},
        {Text::tr("Period"), period(m_data)},
        {Text::tr("Gatehouse version"), m_data.gatehouseVersion},
        {Text::tr("Content hash (SHA-256)"), QString::fromLatin1(m_data.contentHash())},
    });
    m_flow.paragraph(
        Text::tr("This report is signed digitally and the signature covers the whole file. "
                 "Check it with \"gatehouse-cli verify\" or any PDF signature verifier; a "
                 "report changed after signing no longer verifies."),
        &m_flow.smallFont(), Muted);
}

void ReportComposer::scope()
{
    m_flow.heading(QStringLiteral("%1  %2").arg(++m_section).arg(Text::tr("Scope")), 1);
    ReportTable table;
    table.headers = {Text::tr("Deployment"), Text::tr("Owner"), Text::tr("Scope"),
                     Text::tr("Description")};
    table.widths = {2, 1.5, 3, 4};
    for (const ReportDeployment& deployment : m_data.deployments)
        table.rows.append(
            {deployment.name, deployment.owner, deployment.scope, deployment.description});
    m_flow.table(table);
    m_flow.paragraph(
        Text::tr("Criteria: the eight-dimension decision matrix (each scored 1 to 5; up to "
                 "15 pure SaaS, 16 to 28 managed sandbox, 29 and above self-hosted sandbox "
                 "with tunnel) and the twelve-control readiness checklist (12 satisfied "
                 "launch-ready, 10 or 11 pilot, fewer not ready). A control without "
                 "evidence is reported as not assessed, never as passing."));
}

void ReportComposer::matrix(const ReportDeployment& deployment)
{
    ReportTable table;
    table.headers = {Text::tr("Dimension"), Text::tr("Score"), Text::tr("Rationale"),
                     Text::tr("Scored by")};
    table.widths = {2.4, 0.8, 5, 2};
    for (const ReportDimension& row : deployment.dimensions) {
        const QString score =
            row.score ? QStringLiteral("%1 / 5").arg(*row.score) : Text::tr("unscored");
        const QString by =
            row.scoredBy.isEmpty() ? QString() : row.scoredBy + u'\n' + when(row.scoredAt);
        table.rows.append({dimensionTitle(row.dimension), score, row.rationale, by});
    }
    m_flow.table(table);

    const QString total = deployment.total ? Text::tr("%1 of 40").arg(*deployment.total)
                                           : Text::tr("incomplete: not every dimension is scored");
    const QString band =
        deployment.band ? bandTitle(*deployment.band) : Text::tr("none until complete");
    QList<std::pair<QString, QString>> summary = {{Text::tr("Total"), total},
                                                  {Text::tr("Recommended pattern"), band}};
    if (deployment.band) {
        for (const PatternAspect& aspect : patternComparison())
            summary.append({aspect.title, aspect.byBand[std::size_t(*deployment.band)]});
    }
    m_flow.keyValues(summary);
}

void ReportComposer::readiness(const ReportDeployment& deployment)
{
    ReportTable table;
    table.headers = {Text::tr("Control"),  Text::tr("Status"),   Text::tr("Method"),
                     Text::tr("Reason"),   Text::tr("Evidence"), Text::tr("Reviewer"),
                     Text::tr("Freshness")};
    table.widths = {2.2, 1.3, 1.2, 3.4, 1.4, 1.4, 1.3};
    for (const ReportControl& row : deployment.controls)
        table.rows.append({controlTitle(row.control), controlStatusTitle(row.status), row.method,
                           row.reason, row.evidenceIds.join(QStringLiteral(", ")), row.reviewer,
                           row.freshness});
    table.color = [&deployment](int row, int column) {
        return column == 1 ? statusColour(deployment.controls[row].status) : QColor();
    };
    m_flow.table(table);
    m_flow.keyValues(
        {{Text::tr("Readiness verdict"),
          Text::tr("%1: %2 of 12 controls satisfied (passed or justified as not applicable)")
              .arg(readinessTitle(deployment.readiness))
              .arg(deployment.satisfiedControls)}});
}

void ReportComposer::exceptions(const ReportDeployment& deployment)
{
    ReportTable table;
    table.headers = {Text::tr("Control"), Text::tr("Status"),
                     Text::tr("What is missing or failing")};
    table.widths = {2.2, 1.3, 7};
    QList<ControlStatus> statuses;
    for (const ReportControl& row : deployment.controls) {
        if (row.status != ControlStatus::Fail && row.status != ControlStatus::NotAssessed)
            continue;
        statuses.append(row.status);
        table.rows.append({controlTitle(row.control), controlStatusTitle(row.status),
                           row.offendingItems.join(u'\n')});
    }
    if (table.rows.isEmpty()) {
        m_flow.paragraph(Text::tr("No exceptions: every control passed or was justified as not "
                                  "applicable."));
        return;
    }
    table.color = [statuses](int row, int column) {
        return column == 1 ? statusColour(statuses[row]) : QColor();
    };
    m_flow.table(table);
}

void ReportComposer::evidence(const ReportDeployment& deployment)
{
    if (deployment.evidence.isEmpty()) {
        m_flow.paragraph(Text::tr("No evidence has been added for this deployment."));
        return;
    }
    ReportTable table;
    table.headers = {
        Text::tr("Id"),          Text::tr("Control"), Text::tr("Title / file"),
        Text::tr("Type / size"), Text::tr("SHA-256"), Text::tr("Collected / added (UTC)"),
        Text::tr("Added by"),    Text::tr("Rev"),     Text::tr("Source / status")};
    table.widths = {0.75, 1.5, 2.2, 1.9, 3.7, 2.1, 1.0, 0.62, 1.3};
    table.monospaced = {4};
    table.rows.reserve(deployment.evidence.size());
    for (const ReportEvidence& item : deployment.evidence)
        table.rows.append(
            {QString::number(item.id), item.control, item.title + u'\n' + item.fileName,
             item.mediaType + u'\n' + humanSize(item.size), splitHash(item.sha256),
             shortTime(item.collectedAt) + u'\n' + shortTime(item.addedAt), item.addedBy,
             QString::number(item.revision), item.source + u'\n' + item.status});
    m_flow.table(table);
}

void ReportComposer::monitoring(const ReportDeployment& deployment)
{
    const MonitoringSummary& summary = deployment.monitoring;
    if (!summary.retentionNote.isEmpty())
        m_flow.paragraph(summary.retentionNote, nullptr, Muted);
    if (summary.isEmpty()) {
        m_flow.paragraph(Text::tr("No telemetry captured for this period."), nullptr, Muted);
        return;
    }
    if (!summary.figures.isEmpty()) {
        ReportTable figures;
        figures.headers = {Text::tr("Measure"), Text::tr("Value"), Text::tr("Note")};
        figures.widths = {3, 2, 5};
        for (const MonitoringSummary::Figure& figure : summary.figures)
            figures.rows.append({figure.label, figure.value, figure.note});
        m_flow.table(figures);
    }
    callVolumeChart(summary);
    regionMap(summary);
    if (!summary.findings.isEmpty()) {
        ReportTable findings;
        findings.headers = {Text::tr("Area"), Text::tr("Finding")};
        findings.widths = {2, 8};
        for (const MonitoringSummary::Finding& finding : summary.findings)
            findings.rows.append({finding.area, finding.detail});
        m_flow.table(findings);
    }
}

void ReportComposer::callVolumeChart(const MonitoringSummary& summary)
{
    if (summary.days.isEmpty())
        return;
    const bool partial = std::any_of(summary.days.begin(), summary.days.end(),
                                     [](const MonitoringSummary::Day& d) { return d.partial; });
    QString legend = summary.hasBaseline()
                         ? Text::tr("Shaded: the baseline band, the median of comparable days (the "
                                    "same weekday once three weeks exist) plus or minus 3.5 robust "
                                    "deviations. Red bars fall outside it.")
                         : Text::tr("No baseline band: it needs at least six whole days whose "
                                    "counts vary.");
    if (partial)
        legend += u' ' + Text::tr("Grey bars: days the period covers only in part.");
    const qreal unit = m_flow.pt(1);
    const QFont& font = m_flow.smallFont();
    m_flow.figure(
        Text::tr("Tool calls per day (UTC)"), 130,
        [&](QPainter& painter, const QRectF& box) {
            ReportChartDrawing::draw(painter, box, unit, summary.days, font);
        },
        legend);
}

void ReportComposer::regionMap(const MonitoringSummary& summary)
{
    if (summary.flows.isEmpty())
        return;
    const qreal unit = m_flow.pt(1);
    const QFont& font = m_flow.smallFont();
    const qreal height = m_flow.textWidth() / unit / ReportMapDrawing::AspectRatio;
    m_flow.figure(
        Text::tr("Where data rests and where it was computed"), height,
        [&](QPainter& painter, const QRectF& box) {
            ReportMapDrawing::draw(painter, box, unit, summary.flows, font);
        },
        Text::tr("Arcs run from the region where the data rests (open dot) to the region that "
                 "computed the call (filled dot); their width grows with the calls. Red: crosses "
                 "a jurisdiction without a transfer rule; amber: crosses with one; blue: within "
                 "one jurisdiction. %1")
            .arg(ReportMapDrawing::attribution()));
    flowTable(summary.flows);
}

void ReportComposer::flowTable(const QList<MonitoringSummary::Flow>& flows)
{
    ReportTable table;
    table.headers = {Text::tr("Data region"), Text::tr("Compute region"), Text::tr("Calls"),
                     Text::tr("Jurisdiction")};
    table.widths = {3, 3, 1.5, 4};
    QList<QColor> colours;
    for (const MonitoringSummary::Flow& flow : flows) {
        const QString crossing = !flow.crossesJurisdiction ? Text::tr("within one jurisdiction")
                                 : flow.allowedByRule
                                     ? Text::tr("crosses, allowed by a transfer rule")
                                     : Text::tr("crosses, NOT allowed by any transfer rule");
        colours.append(flow.crossesJurisdiction && !flow.allowedByRule ? Fail : QColor());
        table.rows.append(
            {flow.dataRegion, flow.computeRegion, QString::number(flow.calls), crossing});
    }
    table.color = [colours](int row, int) { return colours[row]; };
    m_flow.table(table);
}

void ReportComposer::limitations()
{
    m_flow.heading(QStringLiteral("%1  %2").arg(++m_section).arg(Text::tr("Limitations")), 1);
    if (m_data.limitations.isEmpty())
        m_flow.paragraph(Text::tr("None recorded."));
    for (const QString& limitation : m_data.limitations)
        m_flow.paragraph(QStringLiteral("\u2022  ") + limitation);
}

void ReportComposer::signOff()
{
    m_flow.heading(QStringLiteral("%1  %2").arg(++m_section).arg(Text::tr("Sign-off")), 1);
    ReportTable table;
    table.headers = {Text::tr("Role"), Text::tr("Name"), Text::tr("Title"), Text::tr("Date")};
    table.widths = {2, 3, 3, 2};
    for (const ReportSignOff& person : m_data.signOffs)
        table.rows.append({person.role, person.name, person.title,
                           person.date.isValid() ? when(person.date) : Text::tr("pending")});
    m_flow.table(table);
    m_flow.paragraph(
        Text::tr("By signing, the signatories confirm that this report presents the "
                 "assessment, the evidence index and the audit trail of the workspace as "
                 "they stood when it was generated."));
    m_flow.paragraph(Text::tr("Digital signature:"), &m_flow.smallFont(), Muted);
    const QRectF box = m_flow.reserve(70);
    m_signaturePage = m_flow.pageNumber() - 1;
    m_signatureRect =
        QRectF(box.left(), box.top(), qMin(box.width(), m_flow.pt(260)), box.height());
}

void ReportComposer::appendix()
{
    m_flow.heading(QStringLiteral("%1  %2").arg(++m_section).arg(Text::tr("Appendix: audit trail")),
                   1);
    const QString intact = m_data.auditIntact
                               ? Text::tr("yes, every entry links to the one before")
                               : Text::tr("NO: the chain is broken; see the workspace "
                                          "check");
    m_flow.keyValues({
        {Text::tr("Audit trail entries"), QString::number(m_data.auditEntries)},
        {Text::tr("Head hash (SHA-256)"), QString::fromLatin1(m_data.auditHeadHash)},
        {Text::tr("Chain verified"), intact},
    });
    m_flow.paragraph(
        Text::tr("Evidence hashes are SHA-256 over the stored content, computed when the "
                 "evidence entered the workspace and checked again on export."),
        &m_flow.smallFont(), Muted);
}

} // namespace Gatehouse
