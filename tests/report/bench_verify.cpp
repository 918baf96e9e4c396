// Times PdfVerifier on a large signed report: the sample report with many evidence items (10,000
// by default, about 500 pages), rendered and signed once without timing, then verified against
// the test CA several times, reading the file from disk as the verify dialog's worker does.
// Usage: bench_verify [EVIDENCE_ITEMS]
#include "samplereport.h"
#include "testpki.h"

#include "models/core/clock.h"
#include "models/report/reportrenderer.h"
#include "models/signing/pdfsigner.h"
#include "models/signing/pdfverifier.h"
#include "models/signing/signingidentity.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Gatehouse;
using namespace Gatehouse::Testing;

namespace {

constexpr int Runs = 5;

// Renders and signs the sample report into path; false (with a line on stderr) on any failure.
bool makeSignedReport(const QString& path, int evidenceItems, const TestPki& pki,
                      const Clock& clock)
{
    QByteArray password(TestPki::Password);
    auto identity = SigningIdentity::fromPkcs12File(pki.signerBundle(), password, clock.now());
    auto rendered = ReportRenderer::render(sampleReport(evidenceItems, true));
    if (!identity || !rendered) {
        std::fprintf(stderr, "bench_verify: cannot render or load the signer\n");
        return false;
    }
    SignatureRequest request;
    request.visible = VisibleSignature{rendered->signaturePage, rendered->signatureBox};
    if (!PdfSigner(*identity, clock).signToFile(rendered->pdf, path, request)) {
        std::fprintf(stderr, "bench_verify: signing failed\n");
        return false;
    }
    std::printf("bench_verify set-up (not timed): %d evidence items, %d pages, %lld bytes\n",
                evidenceItems, rendered->pageCount, static_cast<long long>(QFileInfo(path).size()));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int evidenceItems = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 10000;
    TestPki pki;
    QTemporaryDir dir;
    SystemClock clock;
    const QString path = dir.filePath(QStringLiteral("large.pdf"));
    if (!pki.ok() || evidenceItems <= 0 || !makeSignedReport(path, evidenceItems, pki, clock))
        return 1;
    for (int run = 1; run <= Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto report = PdfVerifier(pki.caCertificate()).verifyFile(path);
        const qint64 ms = timer.elapsed();
        if (!report)
            return 1;
        std::printf("bench_verify run %d %6lld ms  verdict %s, %lld signature(s)\n", run,
                    static_cast<long long>(ms),
                    qPrintable(VerificationReport::verdictName(report->verdict)),
                    static_cast<long long>(report->signatures.size()));
    }
    return 0;
}
