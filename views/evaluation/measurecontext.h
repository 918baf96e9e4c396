// What the measure views work on: the GUI thread's workspace and stores, and the deployment the
// Assess page has selected. The views never own these; the page that holds them does.
#pragma once

#include <QtGlobal>

namespace Gatehouse {

class AssessmentStore;
class EvidenceStore;
class Workspace;

struct MeasureContext
{
    Workspace* workspace = nullptr;
    AssessmentStore* assessments = nullptr;
    EvidenceStore* evidence = nullptr;
    qint64 deploymentId = 0;

    bool isValid() const { return workspace && assessments && evidence && deploymentId != 0; }
};

} // namespace Gatehouse
