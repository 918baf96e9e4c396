// Times the report path for one deployment with 1,000 evidence items and 30 days of captured
// telemetry (about 100,000 tool calls and 50,000 sandbox runs of the simulated fleet, ingested
// through the real pipeline before any timing): gathering the data from a workspace with its
// monitoring summary, rendering the PDF with the map and chart, and signing it. Prints one line
// per stage and run. Usage: bench_report [KEEP.pdf]
#include "testpki.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/evidence/evidencestore.h"
#include "models/report/reportbuilder.h"
#include "models/report/reportrenderer.h"
#include "models/signing/pdfsigner.h"
#include "models/signing/signingidentity.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/fleetscenario.h"
#include "models/telemetry/ingestpipeline.h"
#include "models/telemetry/redactionkey.h"
#include "models/workspace/workspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Gatehouse;
using namespace Gatehouse::Testing;

namespace {

constexpr int EvidenceItems = 1000;
constexpr int Runs = 3;
constexpr int TelemetryDays = 30;
// Events a second per endpoint: two gateways and one sandbox host give about 3,500 tool calls
// and 1,700 sandbox runs a day.
constexpr double EventRate = 0.02;

bool fillWorkspace(Workspace& workspace)
{
    AssessmentStore assessments(workspace);
    EvidenceStore evidence(workspace);
    Deployment deployment;
    deployment.name = QStringLiteral("claims-triage");
    auto added = assessments.addDeployment(deployment, QStringLiteral("bench"));
    if (!added)
        return false;
    QList<DimensionScore> scores;
    for (int i = 0; i < DimensionCount; ++i)
        scores.append(
            {Dimension(i), 4, QStringLiteral("Benchmark rationale"), QStringLiteral("bench"), {}});
    if (!assessments.scoreMatrix(added->id, scores, QStringLiteral("bench")))
        return false;
    for (int i = 0; i < EvidenceItems; ++i) {
        EvidenceStore::NewEvidence item{
            added->id, Control(i % ControlCount), QStringLiteral("Evidence %1").arg(i), {}};
        if (!evidence.addNote(item, QStringLiteral("note %1").arg(i), QStringLiteral("bench")))
            return false;
    }
    return true;
}

// Feeds 30 days of the simulated fleet (with EU data processed in the US, so the summary has a
// residency finding and a red arc) through the ingest pipeline, and links it to the deployment.
bool captureTelemetry(Workspace& workspace, const Clock& clock, const QDateTime& start)
{
    ScenarioOptions options;
    options.name = QStringLiteral("eu-data-in-us");
    options.rate = EventRate;
    options.start = start;
    options.sandboxHosts = 1;
    auto fleet = FleetScenario::create(options);
    auto key = RedactionKey::forWorkspace(workspace);
    if (!fleet || !key)
        return false;
    IngestOptions ingest;
    ingest.overflow = IngestOptions::Overflow::Block;
    IngestPipeline pipeline(workspace.path(), std::make_unique<BasicSecretRedactor>(*key), clock,
                            ingest);
    if (!pipeline.start())
        return false;
    const qint64 events = qint64(TelemetryDays * 86400.0 * EventRate);
    const QDateTime end = (*fleet)->eventTime(events).addSecs(1);
    QStringList ids;
    for (const EndpointDescription& endpoint : (*fleet)->endpoints()) {
        ids.append(endpoint.id);
        for (qint64 s = 1; s <= events; ++s)
            pipeline.submitEvent(endpoint.id, s, (*fleet)->event(endpoint.id, s));
        pipeline.submitPosture(endpoint.id, (*fleet)->postureJson(endpoint.id, end), end);
    }
    pipeline.waitUntilIdle();
    pipeline.stop();
    auto deployment = AssessmentStore(workspace).deploymentByName(QStringLiteral("claims-triage"));
    return pipeline.lastError().isEmpty() && deployment
           && DeploymentLinks(workspace).linkSources(deployment->id, ids, QStringLiteral("bench"));
}

void report(const char* stage, int run, qint64 ms, const QString& detail)
{
    std::printf("bench_report run %d %-8s %6lld ms  %s\n", run, stage, static_cast<long long>(ms),
                qPrintable(detail));
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPki pki;
    QTemporaryDir dir;
    SystemClock clock;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("bench.gatehouse")),
                                     Workspace::OpenMode::CreateIfMissing, clock);
    const QDateTime start = clock.now().toUTC().addDays(-TelemetryDays);
    QElapsedTimer setUp;
    setUp.start();
    if (!pki.ok() || !workspace || !fillWorkspace(**workspace)
        || !captureTelemetry(**workspace, clock, start)) {
        std::fprintf(stderr, "bench_report: set-up failed %s\n", qPrintable(pki.error()));
        return 1;
    }
    std::printf(
        "bench_report set-up (not timed) %lld ms: %d evidence items, %d days of telemetry\n",
        static_cast<long long>(setUp.elapsed()), EvidenceItems, TelemetryDays);
    QByteArray password(TestPki::Password);
    auto identity = SigningIdentity::fromPkcs12File(pki.signerBundle(), password, clock.now());
    if (!identity)
        return 1;

    // An argument keeps the signed report there, to look at; by default it goes with the
    // temporary folder.
    const QString out = app.arguments().size() > 1 ? app.arguments().at(1)
                                                   : dir.filePath(QStringLiteral("report.pdf"));
    ReportBuilder::Options options;
    options.deployments = {QStringLiteral("claims-triage")};
    options.organisation = QStringLiteral("Benchmark");
    options.from = start;
    // After the set-up, so the evidence it added counts.
    options.to = clock.now().toUTC();
    for (int run = 1; run <= Runs; ++run) {
        QElapsedTimer total;
        total.start();
        QElapsedTimer stage;
        stage.start();
        auto data = ReportBuilder(**workspace, clock).build(options);
        const MonitoringSummary* summary = data ? &data->deployments[0].monitoring : nullptr;
        report("build", run, stage.restart(),
               QStringLiteral("%1 evidence items; summary: %2 %3, %4 days, %5 flows, %6 findings")
                   .arg(data ? data->deployments[0].evidence.size() : 0)
                   .arg(summary && !summary->figures.isEmpty() ? summary->figures[0].value
                                                               : QStringLiteral("no"))
                   .arg(QStringLiteral("tool calls"))
                   .arg(summary ? summary->days.size() : 0)
                   .arg(summary ? summary->flows.size() : 0)
                   .arg(summary ? summary->findings.size() : 0));
        auto rendered = data ? ReportRenderer::render(*data) : std::unexpected(data.error());
        if (!rendered)
            return 1;
        report("render", run, stage.restart(),
               QStringLiteral("%1 pages, %2 bytes")
                   .arg(rendered->pageCount)
                   .arg(rendered->pdf.size()));
        SignatureRequest request;
        request.visible = VisibleSignature{rendered->signaturePage, rendered->signatureBox};
        auto written = PdfSigner(*identity, clock).signToFile(rendered->pdf, out, request);
        if (!written)
            return 1;
        report("sign", run, stage.restart(), QStringLiteral("RSA-2048, written atomically"));
        report("total", run, total.elapsed(), QStringLiteral("target under 5000 ms"));
    }
    return 0;
}
