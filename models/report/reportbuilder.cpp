// Reading the stores and turning statuses, evidence and freshness rules into report rows.
#include "reportbuilder.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/evidence/evidencestore.h"
#include "models/report/monitoringsummarybuilder.h"
#include "models/report/organisationsetting.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>

namespace Gatehouse {

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
};

QList<Evidence> evidenceOf(const QList<Evidence>& all, Control control)
{
    QList<Evidence> matching;
    for (const Evidence& item : all) {
        if (item.control == control && item.status != EvidenceStatus::Rejected)
            matching.append(item);
    }
    return matching;
}

QString methodOf(const QList<Evidence>& evidence)
{
    const bool measured = std::any_of(evidence.begin(), evidence.end(), [](const Evidence& item) {
        return item.kind == EvidenceKind::Measured;
    });
    if (measured)
        return Text::tr("measured");
    return evidence.isEmpty() ? Text::tr("none") : Text::tr("manual");
}

QString freshnessOf(const QList<EvidenceStatus>& statuses)
{
    if (statuses.isEmpty())
        return Text::tr("no evidence");
    if (statuses.contains(EvidenceStatus::Approved))
        return Text::tr("current");
    if (statuses.contains(EvidenceStatus::Expired))
        return Text::tr("expired");
    return Text::tr("awaiting review");
}

QStringList offendingItems(const ReportControl& row, const QList<Evidence>& evidence,
                           const QList<EvidenceStatus>& statuses)
{
    QStringList items;
    if (row.status == ControlStatus::Fail && !row.reason.isEmpty())
        items.append(row.reason);
    if (evidence.isEmpty())
        items.append(Text::tr("No evidence attached."));
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        if (statuses[i] == EvidenceStatus::Expired)
            items.append(Text::tr("Evidence %1 (%2) has expired.")
                             .arg(evidence[i].id)
                             .arg(evidence[i].title));
        else if (statuses[i] != EvidenceStatus::Approved)
            items.append(Text::tr("Evidence %1 (%2) is %3.")
                             .arg(evidence[i].id)
                             .arg(evidence[i].title, evidenceStatusTitle(statuses[i])));
    }
    return items;
}

ReportControl controlRow(const ControlState& state, const QList<Evidence>& items,
                         const QList<EvidenceStatus>& statuses, const QStringList& ids)
{
    ReportControl row;
    row.control = state.control;
    row.status = state.status;
    row.method = methodOf(items);
    row.reason = state.note;
    row.evidenceIds = ids;
    row.reviewer = state.reviewer;
    row.freshness = freshnessOf(statuses);
    if (state.status == ControlStatus::Fail || state.status == ControlStatus::NotAssessed)
        row.offendingItems = offendingItems(row, items, statuses);
    return row;
}

// The scores as they stood at `asOf`: history is newest first, so the first entry of a
// dimension at or before that time is the one that counted then.
Result<MatrixAssessment> matrixAsOf(const AssessmentStore& store, qint64 deploymentId,
                                    const QDateTime& asOf)
{
    Result<QList<DimensionScore>> history = store.matrixHistory(deploymentId);
    if (!history)
        return std::unexpected(history.error());
    MatrixAssessment matrix;
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        if (it->scoredAt <= asOf)
            matrix.set(*it);
    }
    return matrix;
}

Result<ReadinessChecklist> checklistAsOf(const AssessmentStore& store, qint64 deploymentId,
                                         const QDateTime& asOf)
{
    ReadinessChecklist checklist;
    for (int i = 0; i < ControlCount; ++i) {
        Result<QList<ControlState>> history = store.controlHistory(deploymentId, Control(i));
        if (!history)
            return std::unexpected(history.error());
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            if (it->reviewedAt <= asOf)
                checklist.set(*it);
        }
    }
    return checklist;
}

ReportEvidence evidenceRow(const Evidence& item, EvidenceStatus status)
{
    return ReportEvidence{item.id,
                          controlSlug(item.control),
                          item.title,
                          item.fileName,
                          item.mediaType,
                          item.size,
                          item.sha256,
                          item.collectedAt,
                          item.addedAt,
                          item.addedBy,
                          item.revision,
                          item.source,
                          evidenceStatusSlug(status)};
}

QList<ReportDimension> dimensionRows(const MatrixAssessment& matrix)
{
    QList<ReportDimension> rows;
    for (int i = 0; i < DimensionCount; ++i) {
        ReportDimension row;
        row.dimension = Dimension(i);
        if (const std::optional<DimensionScore>& score = matrix.score(row.dimension)) {
            row.score = score->score;
            row.rationale = score->rationale;
            row.scoredBy = score->scoredBy;
            row.scoredAt = score->scoredAt;
        }
        rows.append(row);
    }
    return rows;
}

QStringList standardLimitations(const QList<ReportDeployment>& deployments)
{
    QStringList limitations = {
        Text::tr(
            "An assessment is a sampling exercise: evidence shows that a control operated when "
            "the evidence was collected, not at every moment of the period."),
        Text::tr("A control without evidence is reported as not assessed, never as passing.")};
    for (const ReportDeployment& deployment : deployments) {
        if (!deployment.total)
            limitations.append(Text::tr("The decision matrix of %1 is incomplete, so no pattern is "
                                        "recommended for it.")
                                   .arg(deployment.name));
        if (deployment.monitoring.isEmpty())
            limitations.append(
                Text::tr("No telemetry was captured for %1 in the period; its controls "
                         "rest on manual evidence only.")
                    .arg(deployment.name));
    }
    return limitations;
}

} // namespace

ReportBuilder::ReportBuilder(Workspace& workspace, const Clock& clock)
    : m_workspace(workspace)
    , m_clock(clock)
{
}

Result<QList<Evidence>> ReportBuilder::evidenceUpTo(qint64 deploymentId,
                                                    const QDateTime& asOf) const
{
    Result<QList<Evidence>> all = EvidenceStore(m_workspace).list(deploymentId);
    if (!all)
        return all;
    QList<Evidence> kept;
    for (const Evidence& item : *all) {
        if (!asOf.isValid() || item.addedAt <= asOf)
            kept.append(item);
    }
    return kept;
}

Result<ReportDeployment> ReportBuilder::buildDeployment(const Deployment& deployment,
                                                        const QDateTime& from,
                                                        const QDateTime& asOf,
                                                        const RegionCatalog& regions) const
{
    const AssessmentStore assessments(m_workspace);
    const EvidenceStore evidenceStore(m_workspace);
    Result<MatrixAssessment> matrix = matrixAsOf(assessments, deployment.id, asOf);
    Result<ReadinessChecklist> checklist = checklistAsOf(assessments, deployment.id, asOf);
    Result<QList<Evidence>> evidence = evidenceUpTo(deployment.id, asOf);
    if (!matrix || !checklist || !evidence)
        return std::unexpected(!matrix ? matrix.error()
                                       : (!checklist ? checklist.error() : evidence.error()));

    ReportDeployment report;
    report.name = deployment.name;
    report.owner = deployment.owner;
    report.scope = deployment.scope;
    report.description = deployment.description;
    report.dimensions = dimensionRows(*matrix);
    if (matrix->complete())
        report.total = matrix->total();
    report.band = matrix->band();
    QHash<qint64, EvidenceStatus> effective;
    for (int i = 0; i < ControlCount; ++i) {
        const Control control = Control(i);
        Result<std::optional<int>> maxAge =
            evidenceStore.maxEvidenceAgeDays(deployment.id, control);
        if (!maxAge)
            return std::unexpected(maxAge.error());
        const QList<Evidence> items = evidenceOf(*evidence, control);
        QList<EvidenceStatus> statuses;
        QStringList ids;
        for (const Evidence& item : items) {
            statuses.append(item.effectiveStatus(asOf, *maxAge));
            effective.insert(item.id, statuses.last());
            ids.append(QString::number(item.id));
        }
        report.controls.append(controlRow(checklist->state(control), items, statuses, ids));
    }
    report.satisfiedControls = checklist->satisfiedCount();
    report.readiness = checklist->readiness();
    for (const Evidence& item : *evidence)
        report.evidence.append(evidenceRow(item, effective.value(item.id, item.status)));
    Result<MonitoringSummary> monitoring =
        MonitoringSummaryBuilder(m_workspace, regions).build(deployment.id, from, asOf);
    if (!monitoring)
        return std::unexpected(monitoring.error());
    report.monitoring = *monitoring;
    return report;
}

Result<QString> ReportBuilder::organisation(const Options& options) const
{
    if (!options.organisation.trimmed().isEmpty())
        return options.organisation.trimmed();
    Result<QString> stored = OrganisationSetting::read(m_workspace);
    if (!stored)
        return stored;
    return stored->isEmpty() ? Text::tr("(organisation not stated)") : *stored;
}

Result<ReportData> ReportBuilder::build(const Options& options) const
{
    if (options.deployments.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("Name at least one deployment for the report."));
    if (options.from.isValid() != options.to.isValid()
        || (options.from.isValid() && options.from > options.to))
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("The report period needs both a start and an end, the start first."));
    ReportData data;
    Result<QString> organisation = this->organisation(options);
    if (!organisation)
        return std::unexpected(organisation.error());
    data.organisation = *organisation;
    data.gatehouseVersion = QStringLiteral(GATEHOUSE_VERSION);
    data.generatedAt = m_clock.now().toUTC();
    data.periodStart = options.from;
    data.periodEnd = options.to;
    data.signOffs = options.signOffs;
    const QDateTime asOf = options.to.isValid() ? options.to : data.generatedAt;
    const QDateTime from = options.from.isValid() ? options.from : asOf.addDays(-30);
    Result<RegionCatalog> regions = RegionCatalog::builtIn();
    if (!regions)
        return std::unexpected(regions.error());

    const AssessmentStore assessments(m_workspace);
    for (const QString& name : options.deployments) {
        Result<Deployment> deployment = assessments.deploymentByName(name);
        if (!deployment)
            return std::unexpected(deployment.error());
        Result<ReportDeployment> section = buildDeployment(*deployment, from, asOf, *regions);
        if (!section)
            return std::unexpected(section.error());
        data.deployments.append(*section);
    }
    data.limitations = standardLimitations(data.deployments);

    Result<AuditVerification> audit = m_workspace.audit().verify();
    if (!audit)
        return std::unexpected(audit.error());
    data.auditHeadHash = audit->headHash;
    data.auditEntries = audit->entries;
    data.auditIntact = audit->intact;
    return data;
}

} // namespace Gatehouse
