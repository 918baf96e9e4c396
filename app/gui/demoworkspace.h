// Fills a fresh workspace with three example deployments, one in each band, with partly filled
// checklists and some evidence, so that `gatehouse --demo` shows every part of the console.
#pragma once

#include "models/core/error.h"

#include <QString>

namespace Gatehouse {

class AssessmentStore;
class Clock;
class EvidenceStore;

// scratchDir receives the small files that are attached as evidence.
Result<void> seedDemoWorkspace(AssessmentStore& assessments, EvidenceStore& evidence,
                               const Clock& clock, const QString& scratchDir);

} // namespace Gatehouse
