// Times the report path for one deployment with 1,000 evidence items: gathering the data from a
// workspace, rendering the PDF and signing it. Prints one line per stage and run.
#include "testpki.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/evidence/evidencestore.h"
#include "models/report/reportbuilder.h"
#include "models/report/reportrenderer.h"
#include "models/signing/pdfsigner.h"
#include "models/signing/signingidentity.h"
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
    if (!pki.ok() || !workspace || !fillWorkspace(**workspace)) {
        std::fprintf(stderr, "bench_report: set-up failed %s\n", qPrintable(pki.error()));
        return 1;
    }
    QByteArray password(TestPki::Password);
    auto identity = SigningIdentity::fromPkcs12File(pki.signerBundle(), password, clock.now());
    if (!identity)
        return 1;

    ReportBuilder::Options options;
    options.deployments = {QStringLiteral("claims-triage")};
    options.organisation = QStringLiteral("Benchmark");
    for (int run = 1; run <= Runs; ++run) {
        QElapsedTimer total;
        total.start();
        QElapsedTimer stage;
        stage.start();
        auto data = ReportBuilder(**workspace, clock).build(options);
        report("build", run, stage.restart(),
               QStringLiteral("%1 evidence items")
                   .arg(data ? data->deployments[0].evidence.size() : 0));
        auto rendered = data ? ReportRenderer::render(*data) : std::unexpected(data.error());
        if (!rendered)
            return 1;
        report("render", run, stage.restart(),
               QStringLiteral("%1 pages, %2 bytes")
                   .arg(rendered->pageCount)
                   .arg(rendered->pdf.size()));
        SignatureRequest request;
        request.visible = VisibleSignature{rendered->signaturePage, rendered->signatureBox};
        auto written =
            PdfSigner(*identity, clock)
                .signToFile(rendered->pdf, dir.filePath(QStringLiteral("report.pdf")), request);
        if (!written)
            return 1;
        report("sign", run, stage.restart(), QStringLiteral("RSA-2048, written atomically"));
        report("total", run, total.elapsed(), QStringLiteral("target under 5000 ms"));
    }
    return 0;
}
