// Shared set-up of the evaluation tests: a fresh workspace with one deployment linked to a
// simulated fleet, captured through the real ingest pipeline with the secret scanner, then
// measured by the readiness evaluator.
#pragma once

#include "models/assessment/assessmentstore.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/evaluation/readinessevaluator.h"
#include "models/evidence/evidencestore.h"
#include "models/secrets/secretscanner.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/redactionkey.h"
#include "models/workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

namespace Gatehouse::TestSupport {

class EvaluationFixture
{
public:
    EvaluationFixture()
        : m_clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC))
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("eval.gatehouse")),
                                         Workspace::OpenMode::CreateIfMissing, m_clock);
        if (!workspace)
            qFatal("cannot create the workspace: %s", qPrintable(workspace.error().message));
        m_workspace = std::move(*workspace);
        m_assessments = std::make_unique<AssessmentStore>(*m_workspace);
        m_evidence = std::make_unique<EvidenceStore>(*m_workspace);
        Deployment d;
        d.name = QStringLiteral("fleet");
        auto added = m_assessments->addDeployment(d, QStringLiteral("tester"));
        if (!added)
            qFatal("cannot add the deployment: %s", qPrintable(added.error().message));
        m_deploymentId = added->id;
    }

    Workspace& workspace() { return *m_workspace; }
    AssessmentStore& assessments() { return *m_assessments; }
    EvidenceStore& evidence() { return *m_evidence; }
    ManualClock& clock() { return m_clock; }
    qint64 deploymentId() const { return m_deploymentId; }
    DeploymentLinks links() { return DeploymentLinks(*m_workspace); }

    // Feeds `count` events of every endpoint and, at the end, each endpoint's posture through
    // the ingest pipeline, and links every endpoint to the deployment. Returns the end time.
    QDateTime capture(const FleetScenario& fleet, qint64 count)
    {
        auto key = RedactionKey::forWorkspace(*m_workspace);
        if (!key)
            qFatal("no redaction key");
        IngestOptions options;
        options.overflow = IngestOptions::Overflow::Block;
        IngestPipeline pipeline(m_workspace->path(), std::make_unique<SecretScanner>(*key), m_clock,
                                options);
        if (auto started = pipeline.start(); !started)
            qFatal("pipeline: %s", qPrintable(started.error().message));
        const QDateTime end = fleet.eventTime(count).addSecs(1);
        QStringList ids;
        for (const EndpointDescription& endpoint : fleet.endpoints()) {
            ids.append(endpoint.id);
            for (qint64 s = 1; s <= count; ++s)
                pipeline.submitEvent(endpoint.id, s, fleet.event(endpoint.id, s));
            pipeline.submitPosture(endpoint.id, fleet.postureJson(endpoint.id, end), end);
        }
        pipeline.waitUntilIdle();
        pipeline.stop();
        if (!pipeline.lastError().isEmpty())
            qFatal("pipeline: %s", qPrintable(pipeline.lastError()));
        if (auto linked = links().linkSources(m_deploymentId, ids, QStringLiteral("tester"));
            !linked)
            qFatal("link: %s", qPrintable(linked.error().message));
        m_clock.set(end.addSecs(60));
        return end;
    }

    QList<ControlMeasurement> measure(const QDateTime& from, const QDateTime& to)
    {
        auto regions = RegionCatalog::builtIn();
        if (!regions)
            qFatal("no region catalog");
        ReadinessEvaluator evaluator(*m_workspace, *m_evidence, *regions);
        auto results =
            evaluator.measureAndStore(m_deploymentId, from, to, QStringLiteral("tester"));
        if (!results)
            qFatal("evaluation: %s", qPrintable(results.error().message));
        return *results;
    }

    static const ControlMeasurement* find(const QList<ControlMeasurement>& all, Control control)
    {
        for (const ControlMeasurement& m : all) {
            if (m.control == control)
                return &m;
        }
        return nullptr;
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AssessmentStore> m_assessments;
    std::unique_ptr<EvidenceStore> m_evidence;
    qint64 m_deploymentId = 0;
};

} // namespace Gatehouse::TestSupport
