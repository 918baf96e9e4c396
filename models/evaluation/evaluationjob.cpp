// The worker-thread evaluation.
#include "evaluationjob.h"

#include "evaluationinput.h"
#include "readinessevaluator.h"

#include "models/evidence/evidencestore.h"
#include "models/workspace/workspace.h"

namespace Gatehouse {

namespace {

Result<BaselineAnalysis> baselineOf(Workspace& workspace, const EvaluationJob::Request& request,
                                    const RegionCatalog& regions)
{
    // The input holds a handle on the connection: it must go before the workspace does.
    auto input =
        EvaluationInput::load(workspace, request.deploymentId, request.from, request.to, regions);
    if (!input)
        return std::unexpected(input.error());
    return BaselineAnalysis::load(*input);
}

} // namespace

EvaluationJob::EvaluationJob(Request request, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_clock(clock)
{
}

EvaluationJob::~EvaluationJob() = default;

void EvaluationJob::start()
{
    m_thread.start([this] { m_result = run(m_request, m_clock); }, this,
                   [this] { emit finished(); });
}

bool EvaluationJob::isRunning() const
{
    return m_thread.isRunning();
}

Result<EvaluationJob::Outcome> EvaluationJob::run(const Request& request, const Clock& clock)
{
    auto workspace =
        Workspace::open(request.workspacePath, Workspace::OpenMode::AnotherConnection, clock);
    if (!workspace)
        return std::unexpected(workspace.error());
    auto regions = RegionCatalog::builtIn();
    if (!regions)
        return std::unexpected(regions.error());
    Outcome outcome;
    if (request.measure) {
        EvidenceStore evidence(**workspace);
        ReadinessEvaluator evaluator(**workspace, evidence, *regions);
        auto measured = evaluator.measureAndStore(request.deploymentId, request.from, request.to,
                                                  request.actor);
        if (!measured)
            return std::unexpected(measured.error());
        outcome.measurements = std::move(*measured);
    }
    auto baseline = baselineOf(**workspace, request, *regions);
    if (!baseline)
        return std::unexpected(baseline.error());
    outcome.baseline = std::move(*baseline);
    return outcome;
}

} // namespace Gatehouse
