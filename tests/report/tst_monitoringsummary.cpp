// Captures simulator scenarios through the real ingest pipeline into a workspace, builds the
// report and checks its monitoring summary: call volumes, the unattributed count, the
// cross-jurisdiction flow and a transfer rule that allows it, the organisation on the cover,
// and that the rendered PDF carries the summary's text, a map page that is not blank and red
// ink where a flow breaks residency, and still verifies with pdfsig and qpdf once signed.
#include "resultcheck.h"
#include "testpki.h"

#include "models/i18n/translations.h"
#include "models/report/organisationsetting.h"
#include "models/report/reportbuilder.h"
#include "models/report/reportrenderer.h"
#include "models/signing/pdfsigner.h"
#include "models/signing/signingidentity.h"
#include "models/telemetry/retentionsetting.h"
#include "models/workspace/audittrail.h"
#include "tests/evaluation/evaluationfixture.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Gatehouse;
using namespace Gatehouse::TestSupport;
using namespace Gatehouse::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr double Rate = 2.0;
constexpr qint64 Events = 300;

std::unique_ptr<FleetScenario> scenario(const QString& name)
{
    ScenarioOptions options;
    options.name = name;
    options.seed = 3;
    options.rate = Rate;
    options.start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    auto fleet = FleetScenario::create(options);
    if (!fleet)
        qFatal("%s", qPrintable(fleet.error().message));
    return std::move(*fleet);
}

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return u"<%1 did not finish>"_s.arg(program);
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

const MonitoringSummary::Figure* figure(const MonitoringSummary& summary, const QString& label)
{
    for (const MonitoringSummary::Figure& f : summary.figures) {
        if (f.label == label)
            return &f;
    }
    return nullptr;
}

QStringList findingsOf(const MonitoringSummary& summary, const QString& area)
{
    QStringList details;
    for (const MonitoringSummary::Finding& f : summary.findings) {
        if (f.area == area)
            details.append(f.detail);
    }
    return details;
}

qint64 countCalls(Workspace& workspace, const QString& where)
{
    auto q = runQuery(workspace.database(), u"SELECT COUNT(*) FROM telemetry_call WHERE "_s + where,
                      {}, u"counting"_s);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

double greyDeviation(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0, squares = 0;
    for (int y = 0; y < grey.height(); ++y) {
        for (int x = 0; x < grey.width(); ++x) {
            const double v = grey.constScanLine(y)[x];
            sum += v;
            squares += v * v;
        }
    }
    const double n = double(grey.width()) * grey.height();
    return std::sqrt(qMax(0.0, squares / n - (sum / n) * (sum / n)));
}

// Pixels of the report's red (strong red, little green and blue).
int redPixels(const QImage& image)
{
    int red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c.red() > 140 && c.green() < 90 && c.blue() < 90;
        }
    }
    return red;
}

} // namespace

class MonitoringSummaryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noTelemetrySaysSo();
    void volumesCountEveryCall();
    void unattributedCallsAreCounted();
    void crossJurisdictionFlowIsFound();
    void transferRuleAllowsTheFlow();
    void killSwitchDrillIsTimed();
    void organisationComesFromTheWorkspace();
    void sameWorkspaceGivesSameSummary();
    void retentionSaysWhatIsNoLongerHeld();
    void pdfCarriesSummaryAndMap();

private:
    struct Captured
    {
        std::unique_ptr<EvaluationFixture> fixture;
        QDateTime from;
        QDateTime to;
    };
    Captured capture(const QString& name, qint64 events = Events);
    ReportData build(Captured& captured, const QString& organisation = u"Test Org"_s);

    QTemporaryDir m_dir;
    TestPki m_pki;
};

void MonitoringSummaryTest::initTestCase()
{
    QVERIFY(installTranslations(*QCoreApplication::instance()));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_pki.ok(), qPrintable(m_pki.error()));
}

MonitoringSummaryTest::Captured MonitoringSummaryTest::capture(const QString& name, qint64 events)
{
    Captured c;
    c.fixture = std::make_unique<EvaluationFixture>();
    const auto fleet = scenario(name);
    c.to = c.fixture->capture(*fleet, events);
    c.from = fleet->options().start.addSecs(-3600);
    return c;
}

ReportData MonitoringSummaryTest::build(Captured& c, const QString& organisation)
{
    ReportBuilder::Options options;
    options.deployments = {u"fleet"_s};
    options.from = c.from;
    options.to = c.to;
    options.organisation = organisation;
    auto data = ReportBuilder(c.fixture->workspace(), c.fixture->clock()).build(options);
    if (!data)
        qFatal("report: %s", qPrintable(data.error().message));
    return *data;
}

void MonitoringSummaryTest::noTelemetrySaysSo()
{
    Captured c;
    c.fixture = std::make_unique<EvaluationFixture>();
    c.to = c.fixture->clock().now();
    c.from = c.to.addDays(-1);
    const ReportData data = build(c);
    QVERIFY(data.deployments.first().monitoring.isEmpty());
    QVERIFY(data.limitations.join(u' ').contains(u"No telemetry was captured for fleet"));
}

void MonitoringSummaryTest::retentionSaysWhatIsNoLongerHeld()
{
    Captured c = capture(u"clean"_s, 40);
    QVERIFY(build(c).deployments.first().monitoring.retentionNote.isEmpty());

    QVERIFY(RetentionSetting::write(c.fixture->workspace(), 30, u"ana"_s));
    const MonitoringSummary summary = build(c).deployments.first().monitoring;
    QCOMPARE(summary.retentionNote,
             u"The archive keeps 30 days; calls before 2026-12-01 08:00 UTC are no longer held."_s);
    QVERIFY(!summary.isEmpty());

    c.from = c.from.addSecs(3600 + 5); // after the oldest call, before the last
    QVERIFY(build(c).deployments.first().monitoring.retentionNote.isEmpty());
}

void MonitoringSummaryTest::volumesCountEveryCall()
{
    Captured c = capture(u"clean"_s);
    const MonitoringSummary summary = build(c).deployments.first().monitoring;
    const qint64 calls = countCalls(c.fixture->workspace(), u"1"_s);
    QVERIFY(calls > 0);
    const auto* total = figure(summary, u"Tool calls"_s);
    QVERIFY(total);
    QCOMPARE(total->value, QString::number(calls));
    qint64 perDay = 0;
    for (const MonitoringSummary::Day& d : summary.days)
        perDay += d.calls;
    QCOMPARE(perDay, calls);
    QCOMPARE(summary.days.first().date, c.from.date());
    QVERIFY(findingsOf(summary, u"attribution"_s).isEmpty());
    QVERIFY(findingsOf(summary, u"residency"_s).isEmpty());
    QVERIFY(!summary.flows.isEmpty());
    for (const MonitoringSummary::Flow& flow : summary.flows)
        QVERIFY(!flow.crossesJurisdiction || flow.allowedByRule);
    QCOMPARE(figure(summary, u"Attribution coverage"_s)->value, u"100.0 %"_s);
}

void MonitoringSummaryTest::unattributedCallsAreCounted()
{
    Captured c = capture(u"unattributed-calls"_s);
    const MonitoringSummary summary = build(c).deployments.first().monitoring;
    const qint64 without = countCalls(c.fixture->workspace(), u"human = ''"_s);
    const qint64 calls = countCalls(c.fixture->workspace(), u"1"_s);
    QVERIFY(without > 0);
    const auto* coverage = figure(summary, u"Attribution coverage"_s);
    QVERIFY(coverage);
    QCOMPARE(coverage->note,
             (without == 1 ? u"%1 of %2 calls names no human"_s : u"%1 of %2 calls name no human"_s)
                 .arg(without)
                 .arg(calls));
    const QStringList findings = findingsOf(summary, u"attribution"_s);
    QVERIFY2(!findings.isEmpty(), qPrintable(summary.findings.value(0).detail));
    QVERIFY2(findings.first().startsWith(QString::number(without)
                                         + (without == 1 ? u" tool call "_s : u" tool calls "_s)),
             qPrintable(findings.join(u'\n')));
}

void MonitoringSummaryTest::crossJurisdictionFlowIsFound()
{
    Captured c = capture(u"eu-data-in-us"_s);
    const MonitoringSummary summary = build(c).deployments.first().monitoring;
    const qint64 crossing = countCalls(c.fixture->workspace(),
                                       u"data_region LIKE 'eu-%' AND compute_region LIKE 'us-%'"_s);
    QVERIFY(crossing > 0);
    const auto red = std::find_if(summary.flows.begin(), summary.flows.end(), [](const auto& f) {
        return f.crossesJurisdiction && !f.allowedByRule;
    });
    QVERIFY(red != summary.flows.end());
    QVERIFY(red->dataRegion.startsWith(u"eu-") && red->computeRegion.startsWith(u"us-"));
    QCOMPARE(red->calls, crossing);
    QCOMPARE(figure(summary, u"Cross-jurisdiction calls"_s)->value, QString::number(crossing));
    const QStringList findings = findingsOf(summary, u"residency"_s);
    QVERIFY(!findings.isEmpty());
    QVERIFY2(findings.first().contains(u"processed EU data") && findings.first().contains(u"US"),
             qPrintable(findings.first()));
}

void MonitoringSummaryTest::transferRuleAllowsTheFlow()
{
    Captured c = capture(u"eu-data-in-us"_s);
    QVERIFY_RESULT(c.fixture->links().allowTransfer(
        c.fixture->deploymentId(), {u"EU"_s, u"US"_s, u"standard contractual clauses"_s},
        u"tester"_s));
    const MonitoringSummary summary = build(c).deployments.first().monitoring;
    for (const MonitoringSummary::Flow& flow : summary.flows)
        QVERIFY(!flow.crossesJurisdiction || flow.allowedByRule);
    QCOMPARE(figure(summary, u"Cross-jurisdiction calls"_s)->value, u"0"_s);
    QVERIFY(findingsOf(summary, u"residency"_s).isEmpty());
}

void MonitoringSummaryTest::killSwitchDrillIsTimed()
{
    // Seven minutes: the drill starts after one, the agent's last call comes 90 s later, and the
    // measurement waits five minutes past the start before it judges.
    Captured c = capture(u"kill-switch-drill"_s, 840);
    const MonitoringSummary summary = build(c).deployments.first().monitoring;
    QCOMPARE(figure(summary, u"Kill-switch drills"_s)->value, u"1"_s);
    const QStringList drills = findingsOf(summary, u"kill-switch"_s);
    QCOMPARE(drills.size(), 1);
    QVERIFY2(drills.first().contains(u"stopped in 9") && drills.first().endsWith(u"pass."),
             qPrintable(drills.first()));
}

void MonitoringSummaryTest::organisationComesFromTheWorkspace()
{
    Captured c;
    c.fixture = std::make_unique<EvaluationFixture>();
    c.to = c.fixture->clock().now();
    c.from = c.to.addDays(-1);
    QCOMPARE(build(c, {}).organisation, u"(organisation not stated)"_s);
    Workspace& workspace = c.fixture->workspace();
    QVERIFY(!OrganisationSetting::write(workspace, u"   "_s, u"tester"_s));
    QVERIFY_RESULT(OrganisationSetting::write(workspace, u"  Acme Mutual  "_s, u"tester"_s));
    QCOMPARE(build(c, {}).organisation, u"Acme Mutual"_s);
    QCOMPARE(build(c, u"Override Ltd"_s).organisation, u"Override Ltd"_s);
    auto head = workspace.audit().head();
    QVERIFY_RESULT(head);
    QCOMPARE(head->action, u"workspace.set-organisation"_s);
    QVERIFY(head->details.contains(u"Acme Mutual"));
}

void MonitoringSummaryTest::sameWorkspaceGivesSameSummary()
{
    Captured c = capture(u"eu-data-in-us"_s);
    const ReportData first = build(c);
    const ReportData second = build(c);
    QCOMPARE(first.contentHash(), second.contentHash());
    auto a = ReportRenderer::render(first);
    auto b = ReportRenderer::render(second);
    QVERIFY(a && b);
    QCOMPARE(a->pdf, b->pdf);
}

void MonitoringSummaryTest::pdfCarriesSummaryAndMap()
{
    Captured c = capture(u"eu-data-in-us"_s);
    const ReportData data = build(c);
    auto rendered = ReportRenderer::render(data);
    QVERIFY(rendered);
    // The test PKI is made now, after the fixture's simulated morning.
    const SystemClock signingClock;
    QByteArray password(TestPki::Password);
    auto identity =
        SigningIdentity::fromPkcs12File(m_pki.signerBundle(), password, signingClock.now());
    QVERIFY_RESULT(identity);
    SignatureRequest request;
    request.visible = VisibleSignature{rendered->signaturePage, rendered->signatureBox};
    const QString path = m_dir.filePath(u"monitoring.pdf"_s);
    QVERIFY_RESULT(PdfSigner(*identity, signingClock).signToFile(rendered->pdf, path, request));

    const QString text = runTool(u"pdftotext"_s, {path, u"-"_s});
    for (const QString& expected :
         {u"Monitoring summary"_s, u"Attribution coverage"_s, u"Cross-jurisdiction calls"_s,
          u"Tool calls per day (UTC)"_s, u"Where data rests and where it was computed"_s,
          u"NOT allowed by any transfer rule"_s, u"Natural Earth"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(!text.contains(u"No telemetry captured for this period."));

    int mapPage = 0;
    for (int page = 1; page <= rendered->pageCount && mapPage == 0; ++page) {
        const QString pageText = runTool(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s,
                                                          QString::number(page), path, u"-"_s});
        if (pageText.contains(u"Where data rests and where it was computed"))
            mapPage = page;
    }
    QVERIFY(mapPage > 0);
    const QString prefix = m_dir.filePath(u"map"_s);
    runTool(u"pdftoppm"_s,
            {u"-png"_s, u"-r"_s, u"60"_s, u"-singlefile"_s, u"-f"_s, QString::number(mapPage),
             u"-l"_s, QString::number(mapPage), path, prefix});
    const QImage image(prefix + u".png"_s);
    QVERIFY(!image.isNull());
    QVERIFY(greyDeviation(image) > 5.0);
    QVERIFY2(redPixels(image) > 20, "the cross-jurisdiction arc should be drawn in red");

    const QString pdfsig =
        runTool(u"pdfsig"_s, {u"-nssdir"_s, u"sql:"_s + m_pki.nssDatabase(), path});
    QVERIFY2(pdfsig.contains(u"Signature is Valid.") && pdfsig.contains(u"Certificate is Trusted."),
             qPrintable(pdfsig));
    const QString check = runTool(u"qpdf"_s, {u"--check"_s, path});
    QVERIFY2(check.contains(u"No syntax or stream encoding errors found"), qPrintable(check));
}

QTEST_MAIN(MonitoringSummaryTest)
#include "tst_monitoringsummary.moc"
