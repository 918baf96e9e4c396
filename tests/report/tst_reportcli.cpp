// Drives the real gatehouse-cli end to end: a workspace filled through its commands, then
// "report" (plain, signed, timestamped, with a visible box) and "verify", checked against
// pdfsig, qpdf and openssl.
#include "localtsa.h"
#include "testpki.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace Gatehouse::Testing;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class ReportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unsignedReportIsWrittenAndReportedUnsigned();
    void signedReportVerifiesEverywhere();
    void tamperingMakesVerifyFail_data();
    void tamperingMakesVerifyFail();
    void refusedSigningLeavesNoFile_data();
    void refusedSigningLeavesNoFile();
    void organisationIsSetAndAudited_data();
    void organisationIsSetAndAudited();

private:
    // Runs gatehouse-cli with an event loop turning, so the loopback TSA can answer it.
    Run cli(const QStringList& arguments, const QString& password = {});
    QString signedReport();

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<LocalTsa> m_tsa;
    QString m_workspace;
    QString m_signed;
};

Run ReportCliTest::cli(const QStringList& arguments, const QString& password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"REPORT_KEY_PASSWORD"_s);
    if (!password.isNull())
        environment.insert(u"REPORT_KEY_PASSWORD"_s, password);
    environment.insert(u"GATEHOUSE_ACTOR"_s, u"ana"_s);
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(GATEHOUSE_CLI),
                  arguments + QStringList{u"--workspace"_s, m_workspace});
    loop.exec();
    return Run{process.state() == QProcess::NotRunning ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

void ReportCliTest::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    m_tsa = std::make_unique<LocalTsa>(*m_pki);
    QVERIFY(m_tsa->listening());
    m_workspace = m_pki->path(u"cli.gatehouse"_s);
    const QList<QStringList> setup = {
        {u"workspace"_s, u"init"_s},
        {u"deployment"_s, u"add"_s, u"claims-triage"_s, u"--owner"_s, u"Claims Ops"_s},
        {u"matrix"_s, u"set"_s, u"claims-triage"_s, u"data-sensitivity=5"_s,
         u"network-exposure=5"_s},
        {u"checklist"_s, u"set"_s, u"claims-triage"_s, u"kill-switch"_s, u"fail"_s, u"--note"_s,
         u"No drill in 90 days"_s},
        {u"evidence"_s, u"note"_s, u"claims-triage"_s, u"service-identity"_s,
         u"Each agent has its own key"_s, u"--title"_s, u"IAM export"_s}};
    for (const QStringList& command : setup) {
        const Run run = cli(command);
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + run.err));
    }
}

void ReportCliTest::unsignedReportIsWrittenAndReportedUnsigned()
{
    const QString out = m_pki->path(u"plain.pdf"_s);
    const Run report = cli({u"report"_s, u"claims-triage"_s, u"--out"_s, out, u"--json"_s});
    QCOMPARE(report.exitCode, 0);
    const QJsonObject printed = QJsonDocument::fromJson(report.out.toUtf8()).object();
    QVERIFY(printed.value(u"reportId"_s).toString().startsWith(u"GH-"));
    QCOMPARE(printed.value(u"signed"_s).toBool(true), false);
    const QString text = m_pki->run(u"pdftotext"_s, {out, u"-"_s});
    QVERIFY(text.contains(u"claims-triage") && text.contains(u"IAM export"));
    QVERIFY(text.contains(u"No drill in 90 days"));

    const Run verify = cli({u"verify"_s, out});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.out.contains(u"unsigned"), qPrintable(verify.out));
}

void ReportCliTest::organisationIsSetAndAudited_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("set") << QStringList{u"Acme Mutual Insurance"_s} << 0 << u"Acme Mutual"_s;
    QTest::newRow("no name") << QStringList{} << 1 << u"one argument"_s;
    QTest::newRow("two names") << QStringList{u"Acme"_s, u"Mutual"_s} << 1 << u"one argument"_s;
    QTest::newRow("blank") << QStringList{u"  "_s} << 1 << u"1 to 200 characters"_s;
}

void ReportCliTest::organisationIsSetAndAudited()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const Run set = cli(QStringList{u"workspace"_s, u"set-organisation"_s} + arguments);
    QCOMPARE(set.exitCode, exitCode);
    QVERIFY2((set.out + set.err).contains(says), qPrintable(set.out + set.err));
    if (exitCode != 0)
        return;
    const Run log = cli({u"audit"_s, u"log"_s, u"--limit"_s, u"1"_s, u"--json"_s});
    const QJsonObject entry = QJsonDocument::fromJson(log.out.toUtf8()).array().first().toObject();
    QCOMPARE(entry.value(u"action"_s).toString(), u"workspace.set-organisation"_s);
    QCOMPARE(entry.value(u"actor"_s).toString(), u"ana"_s);

    const QString out = m_pki->path(u"organisation.pdf"_s);
    QCOMPARE(cli({u"report"_s, u"claims-triage"_s, u"--out"_s, out}).exitCode, 0);
    const QString cover = m_pki->run(u"pdftotext"_s, {u"-l"_s, u"1"_s, out, u"-"_s});
    QVERIFY2(cover.contains(u"Acme Mutual Insurance"), qPrintable(cover));
}

QString ReportCliTest::signedReport()
{
    if (!m_signed.isEmpty())
        return m_signed;
    const QString out = m_pki->path(u"signed.pdf"_s);
    const Run run = cli({u"report"_s, u"claims-triage"_s, u"--out"_s, out, u"--organisation"_s,
                         u"Example Bank AG"_s, u"--sign"_s, m_pki->signerBundle(),
                         u"--password-env"_s, u"REPORT_KEY_PASSWORD"_s, u"--tsa"_s,
                         m_tsa->url().toString(), u"--visible-signature"_s},
                        QString::fromLatin1(TestPki::Password));
    if (run.exitCode == 0)
        m_signed = out;
    else
        qWarning() << run.err;
    return m_signed;
}

void ReportCliTest::signedReportVerifiesEverywhere()
{
    const QString out = signedReport();
    QVERIFY(!out.isEmpty());
    QCOMPARE(m_tsa->requestsServed(), 1);

    const QString pdfsig =
        m_pki->run(u"pdfsig"_s, {u"-nssdir"_s, u"sql:"_s + m_pki->nssDatabase(), out});
    QVERIFY2(pdfsig.contains(u"Signature Validation: Signature is Valid."), qPrintable(pdfsig));
    QVERIFY2(pdfsig.contains(u"Certificate Validation: Certificate is Trusted."),
             qPrintable(pdfsig));
    QVERIFY(pdfsig.contains(u"Total document signed"));
    const QString check = m_pki->run(u"qpdf"_s, {u"--check"_s, out});
    QVERIFY2(check.contains(u"No syntax or stream encoding errors found"), qPrintable(check));

    const Run verify = cli({u"verify"_s, out, u"--ca"_s, m_pki->caCertificate()});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(verify.out.contains(u"Test signer") && verify.out.contains(u"Verdict: valid"),
             qPrintable(verify.out));
    QVERIFY(verify.out.contains(u"Timestamp:"));
    const Run json = cli({u"verify"_s, out, u"--ca"_s, m_pki->caCertificate(), u"--json"_s});
    const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(result.value(u"verdict"_s).toString(), u"valid"_s);
    QCOMPARE(result.value(u"signatures"_s).toArray().size(), 1);
    QCOMPARE(result.value(u"signatures"_s)[0][u"trust"_s].toString(), u"trusted"_s);
}

void ReportCliTest::tamperingMakesVerifyFail_data()
{
    QTest::addColumn<bool>("append");
    QTest::addColumn<QString>("pdfsigSays");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("one byte changed") << false << u"Digest Mismatch."_s << u"invalid"_s;
    QTest::newRow("bytes appended")
        << true << u"Not total document signed"_s << u"modified-after-signing"_s;
}

void ReportCliTest::tamperingMakesVerifyFail()
{
    QFETCH(bool, append);
    QFETCH(QString, pdfsigSays);
    QFETCH(QString, verdict);
    const QString original = signedReport();
    QVERIFY(!original.isEmpty());
    QFile file(original);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    if (append)
        bytes += "%% appended after signing\n";
    else
        bytes.replace(bytes.indexOf("/Type /Pages"), 12, "/Type /Pagez");
    const QString changed = m_pki->path(u"changed.pdf"_s);
    QFile out(changed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    const QString pdfsig =
        m_pki->run(u"pdfsig"_s, {u"-nssdir"_s, u"sql:"_s + m_pki->nssDatabase(), changed});
    QVERIFY2(pdfsig.contains(pdfsigSays), qPrintable(pdfsig));
    const Run verify = cli({u"verify"_s, changed, u"--ca"_s, m_pki->caCertificate()});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.out.contains(u"Verdict: "_s + verdict), qPrintable(verify.out));
}

void ReportCliTest::refusedSigningLeavesNoFile_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("extra");
    const QString good = QString::fromLatin1(TestPki::Password);
    QTest::newRow("wrong password") << m_pki->signerBundle() << u"hunter2-xyz"_s << QStringList();
    QTest::newRow("password variable unset") << m_pki->signerBundle() << QString() << QStringList();
    QTest::newRow("expired certificate") << m_pki->expiredBundle() << good << QStringList();
    QTest::newRow("key without its certificate")
        << m_pki->mismatchedBundle() << good << QStringList();
    QTest::newRow("password as an argument")
        << m_pki->signerBundle() << good << QStringList{u"--password"_s, good};
    QTest::newRow("tsa that does not answer")
        << m_pki->signerBundle() << good << QStringList{u"--tsa"_s, u"http://127.0.0.1:9/"_s};
}

void ReportCliTest::refusedSigningLeavesNoFile()
{
    QFETCH(QString, bundle);
    QFETCH(QString, password);
    QFETCH(QStringList, extra);
    const QString out = m_pki->path(u"refused.pdf"_s);
    const Run run = cli(QStringList{u"report"_s, u"claims-triage"_s, u"--out"_s, out, u"--sign"_s,
                                    bundle, u"--password-env"_s, u"REPORT_KEY_PASSWORD"_s}
                            + extra,
                        password);
    QVERIFY(run.exitCode != 0);
    const QString reason = run.err.trimmed().section(u'\n', -1);
    QVERIFY2(reason.startsWith(u"gatehouse-cli"), qPrintable(run.err));
    QVERIFY(password.isEmpty() || !(run.out + run.err).contains(password));
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(ReportCliTest)
#include "tst_reportcli.moc"
