// Renders hand-filled reports and reads them back with poppler's tools: sections, running header
// and footer, embedded fonts, page breaks with repeated headers, determinism, non-blank pages,
// and a signed report that pdfsig accepts.
#include "samplereport.h"

#include "models/core/clock.h"
#include "models/report/reportchartdrawing.h"
#include "models/report/reportmapdrawing.h"
#include "models/report/reportrenderer.h"
#include "models/signing/pdfsigner.h"
#include "models/signing/pdfverifier.h"
#include "models/signing/signingidentity.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Gatehouse;
using namespace Gatehouse::Testing;

namespace {

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("<%1 did not finish>").arg(program);
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// The standard deviation of the grey levels of an image: near 0 for a blank page.
double greyDeviation(const QImage& image)
{
    double sum = 0;
    double squares = 0;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            sum += line[x];
            squares += double(line[x]) * line[x];
        }
    }
    const double count = double(grey.width()) * grey.height();
    return std::sqrt(qMax(0.0, squares / count - (sum / count) * (sum / count)));
}

} // namespace

class ReportRendererTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySectionIsPresent();
    void everyPageCarriesIdAndNumber();
    void fontsAreEmbedded();
    void longTablesRepeatTheirHeader();
    void sameDataGivesSameBytes();
    void monitoringSection_data();
    void monitoringSection();
    void pagesAreNotBlank();
    void chartAndMapAreDrawn();
    void everyDeploymentHasItsSubsections();
    void signedReportVerifies();

private:
    QString write(const QString& name, const QByteArray& pdf);
    QString pageText(const QString& path, int page);

    QTemporaryDir m_dir;
    RenderedReport m_report;
    QString m_path;
};

void ReportRendererTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<RenderedReport> rendered = ReportRenderer::render(sampleReport(120, false));
    QVERIFY2(rendered, rendered ? "" : qPrintable(rendered.error().message));
    m_report = *rendered;
    m_path = write(QStringLiteral("report.pdf"), m_report.pdf);
}

QString ReportRendererTest::write(const QString& name, const QByteArray& pdf)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return file.fileName();
}

QString ReportRendererTest::pageText(const QString& path, int page)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                    QString::number(page), QStringLiteral("-layout"), path, QStringLiteral("-")});
}

void ReportRendererTest::everySectionIsPresent()
{
    const QString text = runTool(QStringLiteral("pdftotext"), {m_path, QStringLiteral("-")});
    for (const char* expected :
         {"Audit report", "Example Bank AG", "claims-triage-agents", "Decision matrix", "Readiness",
          "Exceptions", "Evidence index", "Monitoring summary", "Limitations", "Sign-off",
          "Appendix: audit trail", "Baseline covers 12 days", "Robin Chief", "4211"})
        QVERIFY2(text.contains(QLatin1StringView(expected)), expected);
    QVERIFY(text.contains(QString::fromLatin1(sampleReport(120, false).auditHeadHash)));
}

void ReportRendererTest::everyPageCarriesIdAndNumber()
{
    QVERIFY(m_report.pageCount >= 4);
    const QString info = runTool(QStringLiteral("pdfinfo"), {m_path});
    QVERIFY2(info.contains(QStringLiteral("Pages:           %1").arg(m_report.pageCount)),
             qPrintable(info));
    QVERIFY(m_report.reportId.startsWith(u"GH-"));
    for (int page = 1; page <= m_report.pageCount; ++page) {
        const QString text = pageText(m_path, page);
        QVERIFY2(text.contains(m_report.reportId), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(m_report.pageCount)));
    }
}

void ReportRendererTest::fontsAreEmbedded()
{
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {m_path}).split(u'\n');
    int fonts = 0;
    for (const QString& line : lines.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        ++fonts;
        QVERIFY2(line.contains(u"DejaVu"), qPrintable(line));
        // Columns: name type encoding emb sub uni object id.
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(columns.value(columns.size() - 5), QStringLiteral("yes"));
    }
    QVERIFY(fonts >= 2);
}

void ReportRendererTest::longTablesRepeatTheirHeader()
{
    int evidencePages = 0;
    for (int page = 1; page <= m_report.pageCount; ++page) {
        const QString text = pageText(m_path, page);
        if (text.contains(u"export-0"))
            evidencePages += text.contains(u"SHA-256") && text.contains(u"Title / file");
    }
    QVERIFY2(evidencePages >= 2, qPrintable(QString::number(evidencePages)));
}

void ReportRendererTest::sameDataGivesSameBytes()
{
    Result<RenderedReport> again = ReportRenderer::render(sampleReport(120, false));
    QVERIFY(again);
    QCOMPARE(again->reportId, m_report.reportId);
    QVERIFY(again->pdf == m_report.pdf);
    const QString info = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-isodates"), m_path});
    QVERIFY2(info.contains(u"2026-11-30T17:45:00"), qPrintable(info));

    ReportData changed = sampleReport(120, false);
    changed.deployments[0].evidence[5].sha256[0] = 'f';
    QVERIFY(changed.reportId() != m_report.reportId);
}

void ReportRendererTest::monitoringSection_data()
{
    QTest::addColumn<bool>("withTelemetry");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no telemetry") << false
                                  << QStringLiteral("No telemetry captured for this period.");
    QTest::newRow("telemetry") << true << QStringLiteral("No EU data processed in US compute.");
}

void ReportRendererTest::monitoringSection()
{
    QFETCH(bool, withTelemetry);
    QFETCH(QString, expected);
    Result<RenderedReport> rendered = ReportRenderer::render(sampleReport(3, withTelemetry));
    QVERIFY(rendered);
    const QString path = write(QStringLiteral("monitoring.pdf"), rendered->pdf);
    const QString text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void ReportRendererTest::pagesAreNotBlank()
{
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), m_path, prefix});
    const QStringList images =
        QDir(m_dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(images.size(), m_report.pageCount);
    for (const QString& name : images) {
        const QImage image(m_dir.filePath(name));
        QVERIFY(!image.isNull());
        QVERIFY2(greyDeviation(image) > 5.0, qPrintable(name));
    }
}

// Counts the pixels within a small distance of a colour.
int pixelsNear(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                         + std::abs(c.blue() - colour.blue())
                     < 24;
        }
    }
    return count;
}

void ReportRendererTest::chartAndMapAreDrawn()
{
    Result<RenderedReport> rendered = ReportRenderer::render(sampleReport(3, true));
    QVERIFY(rendered);
    const QString path = write(QStringLiteral("drawings.pdf"), rendered->pdf);
    const QString text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.contains(u"Tool calls per day (UTC)"));
    QVERIFY(text.contains(u"Shaded: the baseline band"));
    QVERIFY(text.contains(u"crosses, allowed by a transfer rule"));
    // The drawings are vector paths: the PDF holds no image at all.
    const QString images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QCOMPARE(images.count(u'\n'), 2);

    // The same drawings painted onto an image, to see what they show.
    const ReportData sample = sampleReport(0, true);
    const MonitoringSummary& summary = sample.deployments[0].monitoring;
    QImage chart(900, 300, QImage::Format_RGB32);
    chart.fill(Qt::white);
    QPainter painter(&chart);
    ReportChartDrawing::draw(painter, QRectF(0, 0, 900, 300), 1.0, summary.days, QFont());
    painter.end();
    QVERIFY2(pixelsNear(chart, QColor(0xd6, 0xe6, 0xd3)) > 1000, "the baseline band");
    QVERIFY2(pixelsNear(chart, QColor(0x2b, 0x57, 0x97)) > 1000, "the bars within the band");
    QVERIFY2(pixelsNear(chart, QColor(0xb4, 0x23, 0x18)) > 100, "the spike, in red");

    QImage map(1000, 400, QImage::Format_RGB32);
    map.fill(Qt::white);
    painter.begin(&map);
    ReportMapDrawing::draw(painter, QRectF(0, 0, 1000, 400), 1.0, summary.flows, QFont());
    painter.end();
    QVERIFY2(pixelsNear(map, QColor(0xe4, 0xe7, 0xec)) > 20000, "the land");
    QVERIFY2(pixelsNear(map, QColor(0xb4, 0x23, 0x18)) > 50, "the arc that breaks residency");
    QVERIFY2(pixelsNear(map, QColor(0x9a, 0x67, 0x00)) > 10, "the arc a rule allows");
}

void ReportRendererTest::everyDeploymentHasItsSubsections()
{
    ReportData data = sampleReport(3, false);
    ReportDeployment second = data.deployments.first();
    second.name = QStringLiteral("fraud-screening-agents");
    second.total.reset();
    second.band.reset();
    data.deployments.append(second);
    Result<RenderedReport> rendered = ReportRenderer::render(data);
    QVERIFY(rendered);
    const QString path = write(QStringLiteral("two.pdf"), rendered->pdf);
    const QString text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    // Named once in the cover list and the scope table, then once under each of five sections.
    QVERIFY2(text.count(u"fraud-screening-agents") >= 7, qPrintable(text));
    QVERIFY(text.contains(u"incomplete: not every dimension is scored"));
    QVERIFY(text.contains(u"claims-triage-agents, fraud-screening-agents"));
}

void ReportRendererTest::signedReportVerifies()
{
    TestPki pki;
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    QByteArray password(TestPki::Password);
    Result<SigningIdentity> identity =
        SigningIdentity::fromPkcs12File(pki.signerBundle(), password, clock.now());
    QVERIFY(identity);
    SignatureRequest request;
    request.reason = QStringLiteral("Audit report %1").arg(m_report.reportId);
    request.visible = VisibleSignature{m_report.signaturePage, m_report.signatureBox};
    const QString out = m_dir.filePath(QStringLiteral("signed.pdf"));
    QVERIFY(PdfSigner(*identity, clock).signToFile(m_report.pdf, out, request));

    const QString report =
        runTool(QStringLiteral("pdfsig"),
                {QStringLiteral("-nssdir"), QStringLiteral("sql:") + pki.nssDatabase(), out});
    QVERIFY2(report.contains(u"Signature is Valid.") && report.contains(u"Certificate is Trusted."),
             qPrintable(report));
    const QString check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), out});
    QVERIFY2(check.contains(u"No syntax or stream encoding errors found"), qPrintable(check));
    Result<VerificationReport> verified = PdfVerifier(pki.caCertificate()).verifyFile(out);
    QVERIFY(verified && verified->valid());
}

QTEST_MAIN(ReportRendererTest)
#include "tst_reportrenderer.moc"
