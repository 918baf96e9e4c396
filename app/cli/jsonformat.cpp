// JSON conversions of deployments, matrices, checklists and evidence.
#include "jsonformat.h"

#include "models/core/clock.h"

#include <QJsonArray>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toIsoUtc(time)) : QJsonValue();
}

} // namespace

QJsonObject toJson(const Deployment& deployment)
{
    return {{u"id"_s, deployment.id},
            {u"name"_s, deployment.name},
            {u"owner"_s, deployment.owner},
            {u"description"_s, deployment.description},
            {u"scope"_s, deployment.scope},
            {u"created_at"_s, timeOrNull(deployment.createdAt)},
            {u"created_by"_s, deployment.createdBy}};
}

QJsonObject toJson(const MatrixAssessment& matrix)
{
    QJsonObject scores;
    for (int i = 0; i < DimensionCount; ++i) {
        const auto& score = matrix.score(Dimension(i));
        if (!score) {
            scores.insert(dimensionSlug(Dimension(i)), QJsonValue());
            continue;
        }
        scores.insert(dimensionSlug(score->dimension),
                      QJsonObject{{u"score"_s, score->score},
                                  {u"rationale"_s, score->rationale},
                                  {u"scored_by"_s, score->scoredBy},
                                  {u"scored_at"_s, timeOrNull(score->scoredAt)}});
    }
    const auto band = matrix.band();
    return {{u"scores"_s, scores},
            {u"scored"_s, matrix.scoredCount()},
            {u"total"_s, matrix.total()},
            {u"band"_s, band ? QJsonValue(bandSlug(*band)) : QJsonValue()},
            {u"pattern"_s, band ? QJsonValue(bandTitle(*band)) : QJsonValue()}};
}

QJsonObject toJson(const Evidence& evidence, const QDateTime& now, std::optional<int> maxAgeDays)
{
    return {{u"id"_s, evidence.id},
            {u"control"_s, controlSlug(evidence.control)},
            {u"revision"_s, evidence.revision},
            {u"root_id"_s, evidence.rootId},
            {u"kind"_s, evidenceKindSlug(evidence.kind)},
            {u"source"_s, evidence.source},
            {u"title"_s, evidence.title},
            {u"file_name"_s, evidence.fileName},
            {u"media_type"_s, evidence.mediaType},
            {u"size"_s, evidence.size},
            {u"sha256"_s, QString::fromLatin1(evidence.sha256)},
            {u"collected_at"_s, timeOrNull(evidence.collectedAt)},
            {u"added_at"_s, timeOrNull(evidence.addedAt)},
            {u"added_by"_s, evidence.addedBy},
            {u"status"_s, evidenceStatusSlug(evidence.effectiveStatus(now, maxAgeDays))},
            {u"reviewed_by"_s, evidence.reviewedBy},
            {u"reviewed_at"_s, timeOrNull(evidence.reviewedAt)}};
}

QJsonObject toJson(const ReadinessChecklist& checklist, const QMap<Control, int>& evidenceCounts)
{
    QJsonArray controls;
    for (int i = 0; i < ControlCount; ++i) {
        const ControlState& state = checklist.state(Control(i));
        controls.append(QJsonObject{{u"control"_s, controlSlug(state.control)},
                                    {u"group"_s, controlGroupTitle(controlGroup(state.control))},
                                    {u"status"_s, controlStatusSlug(state.status)},
                                    {u"note"_s, state.note},
                                    {u"reviewer"_s, state.reviewer},
                                    {u"reviewed_at"_s, timeOrNull(state.reviewedAt)},
                                    {u"evidence"_s, evidenceCounts.value(state.control)}});
    }
    return {{u"controls"_s, controls},
            {u"passed"_s, checklist.countWith(ControlStatus::Pass)},
            {u"not_applicable"_s, checklist.countWith(ControlStatus::NotApplicable)},
            {u"satisfied"_s, checklist.satisfiedCount()},
            {u"readiness"_s, readinessSlug(checklist.readiness())}};
}

} // namespace Gatehouse::Cli
