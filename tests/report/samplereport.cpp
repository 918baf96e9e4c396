// Fixed sample content: every value derives from the index, so the report is reproducible.
#include "samplereport.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace Gatehouse::Testing {

namespace {

const QDateTime Generated(QDate(2026, 11, 30), QTime(17, 45), QTimeZone::utc());

QList<ReportDimension> dimensions()
{
    QList<ReportDimension> rows;
    const int scores[DimensionCount] = {5, 5, 4, 3, 4, 5, 3, 4};
    for (int i = 0; i < DimensionCount; ++i)
        rows.append({Dimension(i), scores[i],
                     QStringLiteral("Rationale for dimension %1: the data includes customer "
                                    "records held under a regulatory mandate.")
                         .arg(dimensionSlug(Dimension(i))),
                     QStringLiteral("Dana Reviewer"), Generated.addDays(-10)});
    return rows;
}

ReportControl control(int i)
{
    ReportControl row;
    row.control = Control(i);
    row.status =
        i < 9 ? ControlStatus::Pass : (i == 9 ? ControlStatus::Fail : ControlStatus::NotAssessed);
    row.method = i % 2 ? QStringLiteral("measured") : QStringLiteral("manual");
    row.reason = row.status == ControlStatus::Pass ? QStringLiteral("Criterion met in the period.")
                                                   : QStringLiteral("Criterion not met.");
    row.evidenceIds = {QString::number(i + 1), QString::number(i + 13)};
    row.reviewer = QStringLiteral("Sam Auditor");
    row.freshness = i == 10 ? QStringLiteral("no evidence") : QStringLiteral("current");
    if (row.status == ControlStatus::Fail)
        row.offendingItems = {QStringLiteral("Baseline covers 12 days; 30 are required."),
                              QStringLiteral("Evidence 22 expired on 2026-11-01.")};
    if (row.status == ControlStatus::NotAssessed)
        row.offendingItems = {QStringLiteral("No evidence attached.")};
    return row;
}

ReportEvidence evidenceItem(int i)
{
    ReportEvidence item;
    item.id = i + 1;
    item.control = controlSlug(Control(i % ControlCount));
    item.title = QStringLiteral("Evidence item %1 for %2").arg(i + 1).arg(item.control);
    item.fileName = QStringLiteral("export-%1.json").arg(i + 1, 4, 10, QLatin1Char('0'));
    item.mediaType = QStringLiteral("application/json");
    item.size = 1024 + i * 37;
    item.sha256 =
        QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex();
    item.collectedAt = Generated.addDays(-20).addSecs(i * 60);
    item.addedAt = Generated.addDays(-19).addSecs(i * 60);
    item.addedBy = QStringLiteral("alex");
    item.revision = 1 + i % 3;
    item.source = i % 4 == 0 ? QStringLiteral("telemetry") : QStringLiteral("manual");
    item.status = QStringLiteral("approved");
    return item;
}

} // namespace

// Thirty days of a weekly rhythm (busy weekdays, quiet weekends) with one spike on day 20, each
// with the band a weekday or weekend of that rhythm allows.
QList<MonitoringSummary::Day> days(const QDate& first)
{
    QList<MonitoringSummary::Day> days;
    for (int i = 0; i < 30; ++i) {
        const QDate date = first.addDays(i);
        const bool weekend = date.dayOfWeek() >= 6;
        const double median = weekend ? 120 : 450;
        const qint64 calls = i == 20 ? 900 : qint64(median + (i * 37) % 41 - 20);
        days.append({date, calls, false, true, median - 60, median + 60});
    }
    return days;
}

QList<MonitoringSummary::Flow> flows()
{
    return {{QStringLiteral("eu-central-1"),
             QStringLiteral("eu-west-1"),
             {8.68, 50.11},
             {-6.26, 53.35},
             9000,
             false,
             false},
            {QStringLiteral("eu-central-1"),
             QStringLiteral("us-east-1"),
             {8.68, 50.11},
             {-77.49, 39.04},
             2400,
             true,
             false},
            {QStringLiteral("eu-west-1"),
             QStringLiteral("eu-central-2"),
             {-6.26, 53.35},
             {8.54, 47.37},
             800,
             true,
             true}};
}

ReportData sampleReport(int evidenceCount, bool withTelemetry)
{
    ReportData data;
    data.organisation = QStringLiteral("Example Bank AG");
    data.gatehouseVersion = QStringLiteral("0.1.0");
    data.generatedAt = Generated;
    data.periodStart = Generated.addDays(-30);
    data.periodEnd = Generated;
    ReportDeployment deployment;
    deployment.name = QStringLiteral("claims-triage-agents");
    deployment.owner = QStringLiteral("Claims Operations");
    deployment.scope = QStringLiteral("Agents reading the claims database through the tunnel");
    deployment.description = QStringLiteral("Triage of incoming insurance claims by agents.");
    deployment.dimensions = dimensions();
    deployment.total = 33;
    deployment.band = Band::SelfHostedTunnel;
    for (int i = 0; i < ControlCount; ++i)
        deployment.controls.append(control(i));
    deployment.satisfiedControls = 9;
    deployment.readiness = Readiness::NotReady;
    for (int i = 0; i < evidenceCount; ++i)
        deployment.evidence.append(evidenceItem(i));
    if (withTelemetry) {
        deployment.monitoring.figures = {{QStringLiteral("Tool calls"), QStringLiteral("12,408"),
                                          QStringLiteral("30-day baseline 11,900")}};
        deployment.monitoring.findings = {
            {QStringLiteral("residency"), QStringLiteral("No EU data processed in US compute.")}};
        deployment.monitoring.days = days(data.periodStart.date());
        deployment.monitoring.flows = flows();
    }
    data.deployments = {deployment};
    data.limitations = {QStringLiteral("Audits are a sampling exercise.")};
    data.signOffs = {{QStringLiteral("Assessor"), QStringLiteral("Sam Auditor"),
                      QStringLiteral("Internal audit"), Generated},
                     {QStringLiteral("Approver"), QStringLiteral("Robin Chief"),
                      QStringLiteral("CISO"), QDateTime()}};
    data.auditHeadHash = QCryptographicHash::hash("head", QCryptographicHash::Sha256).toHex();
    data.auditEntries = 4211;
    data.auditIntact = true;
    return data;
}

} // namespace Gatehouse::Testing
