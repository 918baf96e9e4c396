// The JSON shapes that gatehouse-cli prints for the domain records. Keys use the shared slugs.
#pragma once

#include "models/assessment/decisionmatrix.h"
#include "models/assessment/deployment.h"
#include "models/assessment/readiness.h"
#include "models/evidence/evidence.h"

#include <QJsonObject>
#include <QMap>

namespace Gatehouse::Cli {

QJsonObject toJson(const Deployment& deployment);
QJsonObject toJson(const MatrixAssessment& matrix);
QJsonObject toJson(const Evidence& evidence, const QDateTime& now, std::optional<int> maxAgeDays);
QJsonObject toJson(const ReadinessChecklist& checklist, const QMap<Control, int>& evidenceCounts);

} // namespace Gatehouse::Cli
