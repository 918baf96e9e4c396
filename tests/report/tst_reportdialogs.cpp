// The report dialogs driven as a user would: an unsigned export, form mistakes caught before any
// work, a wrong password and an expired certificate that leave no file, a typed password kept in
// a real gnome-keyring (the CI runs one on a private D-Bus) and then used without asking, and the
// verify dialog on a valid report and on one with bytes appended after signing, its locked form
// while the worker checks, and closing or destroying it before the check ends.
#include "localtsa.h"
#include "resultcheck.h"
#include "testpki.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/feed/secretstore.h"
#include "models/i18n/translations.h"
#include "models/workspace/workspace.h"
#include "views/report/exportreportdialog.h"
#include "views/report/signerpassworddialog.h"
#include "views/report/verifyreportdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Gatehouse;
using namespace Gatehouse::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString KeyringService = u"gatehouse-tests-report"_s;

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class ReportDialogsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void unsignedExportWritesTheFile();
    void formMistakesAreCaught_data();
    void formMistakesAreCaught();
    void wrongPasswordLeavesNoFile();
    void expiredCertificateLeavesNoFile();
    void typedPasswordSignsAndIsKept();
    void keptPasswordIsUsedWithoutAsking();
    void timestampedExportVerifies();
    void stoppingWhileTheAuthorityHangsWritesNothing();
    void wrongKeptPasswordAsksAgain();
    void verifyShowsTheSignature();
    void verifyShowsAppendedBytes();
    void verifyLocksTheFormWhileChecking();
    void closingMidCheckClosesWhenItEnds_data();
    void closingMidCheckClosesWhenItEnds();
    void destroyingMidCheckWaitsForTheWorker();
    void lastChoicesAreOfferedAgain();

private:
    std::unique_ptr<ExportReportDialog> dialog(const QUrl& timestampAuthority = {});
    // Keeps the test signer's right password in the keyring.
    Result<void> keepSignerPassword();
    QString exportSigned(ExportReportDialog& d, const QString& name, const QString& bundle);
    SignerPasswordDialog* prompt(ExportReportDialog& d);
    // Verifies and waits for the verdict.
    static bool verifyNow(VerifyReportDialog& d);
    // Without a keyring the prompt still asks, but nothing can be kept; the CI always has one.
    bool keyringMissing() const;

    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<Workspace> m_workspace;
    SecretStore m_secrets{KeyringService};
    bool m_keyring = false;
};

void ReportDialogsTest::initTestCase()
{
    // The dialog remembers the last report's choices; the user's own must stay out of the tests.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GatehouseTest"_s);
    QCoreApplication::setApplicationName(u"tst_reportdialogs"_s);
    QSettings().remove(u"report"_s);
    QVERIFY(installTranslations(*QCoreApplication::instance()));
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    auto workspace = Workspace::open(m_dir.filePath(u"dialogs.gatehouse"_s),
                                     Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    m_workspace = std::move(*workspace);
    Deployment deployment;
    deployment.name = u"claims-triage"_s;
    QVERIFY_RESULT(AssessmentStore(*m_workspace).addDeployment(deployment, u"ana"_s));
    for (const QString& bundle : {m_pki->signerBundle(), m_pki->expiredBundle()})
        m_secrets.removeNow(ExportReportDialog::keyringId(bundle), SecretStore::Kind::KeyPassword);
    const auto probe = m_secrets.readNow(u"probe"_s, SecretStore::Kind::KeyPassword);
    m_keyring = probe || !SecretStore::isKeyringUnavailable(probe.error());
}

void ReportDialogsTest::cleanupTestCase()
{
    if (m_pki)
        m_secrets.removeNow(ExportReportDialog::keyringId(m_pki->signerBundle()),
                            SecretStore::Kind::KeyPassword);
}

bool ReportDialogsTest::keyringMissing() const
{
    return !m_keyring && qEnvironmentVariableIsEmpty("CI");
}

std::unique_ptr<ExportReportDialog> ReportDialogsTest::dialog(const QUrl& timestampAuthority)
{
    auto d = std::make_unique<ExportReportDialog>(*m_workspace, m_clock, u"ana"_s, KeyringService);
    if (!timestampAuthority.isEmpty())
        d->findChild<QLineEdit*>(u"tsaEdit"_s)->setText(timestampAuthority.toString());
    d->show();
    return d;
}

Result<void> ReportDialogsTest::keepSignerPassword()
{
    return m_secrets.writeNow(ExportReportDialog::keyringId(m_pki->signerBundle()),
                              SecretStore::Kind::KeyPassword,
                              SecretBuffer::fromView(TestPki::Password));
}

SignerPasswordDialog* ReportDialogsTest::prompt(ExportReportDialog& d)
{
    SignerPasswordDialog* found = nullptr;
    const auto visible = [&] {
        found = d.findChild<SignerPasswordDialog*>(u"signerPasswordDialog"_s);
        return found && found->isVisible();
    };
    if (!QTest::qWaitFor(visible, 15000))
        return nullptr;
    return found;
}

bool ReportDialogsTest::verifyNow(VerifyReportDialog& d)
{
    QSignalSpy verified(&d, &VerifyReportDialog::verified);
    d.verify();
    return verified.wait(60000) && verified.size() == 1 && !d.isVerifying();
}

QString ReportDialogsTest::exportSigned(ExportReportDialog& d, const QString& name,
                                        const QString& bundle)
{
    const QString out = m_dir.filePath(name);
    d.findChild<QLineEdit*>(u"outputEdit"_s)->setText(out);
    d.findChild<QLineEdit*>(u"signerEdit"_s)->setText(bundle);
    d.findChild<QPushButton*>(u"exportButton"_s)->click();
    return out;
}

void ReportDialogsTest::unsignedExportWritesTheFile()
{
    auto d = dialog();
    QCOMPARE(d->findChild<QListWidget*>(u"deploymentList"_s)->count(), 1);
    const QString out = m_dir.filePath(u"unsigned.pdf"_s);
    d->findChild<QLineEdit*>(u"outputEdit"_s)->setText(out);
    QSignalSpy exported(d.get(), &ExportReportDialog::exported);
    d->findChild<QPushButton*>(u"exportButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    QCOMPARE(exported.first().first().toString(), out);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    auto* progress = d->findChild<QProgressBar*>(u"exportProgress"_s);
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(d->findChild<QLabel*>(u"exportStatus"_s)->text().contains(u"written to"));
}

void ReportDialogsTest::formMistakesAreCaught_data()
{
    QTest::addColumn<bool>("untick");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("tsa");
    QTest::addColumn<QString>("says");
    const QString out = u"mistake.pdf"_s;
    QTest::newRow("no deployment") << true << out << QString() << QString() << u"Tick at least"_s;
    QTest::newRow("no output") << false << QString() << QString() << QString() << u"Choose where"_s;
    QTest::newRow("missing signer")
        << false << out << u"/nonexistent/s.p12"_s << QString() << u"does not exist"_s;
    QTest::newRow("timestamp without signer")
        << false << out << QString() << u"http://127.0.0.1:9/tsa"_s << u"needs a signature"_s;
    QTest::newRow("bad timestamp address")
        << false << out << QString() << u"ftp://127.0.0.1/tsa"_s << u"http or https"_s;
}

void ReportDialogsTest::formMistakesAreCaught()
{
    QFETCH(bool, untick);
    QFETCH(QString, output);
    QFETCH(QString, signer);
    QFETCH(QString, tsa);
    QFETCH(QString, says);
    auto d = dialog();
    if (untick)
        d->findChild<QListWidget*>(u"deploymentList"_s)->item(0)->setCheckState(Qt::Unchecked);
    const QString out = output.isEmpty() ? QString() : m_dir.filePath(output);
    d->findChild<QLineEdit*>(u"outputEdit"_s)->setText(out);
    d->findChild<QLineEdit*>(u"signerEdit"_s)->setText(signer);
    d->findChild<QLineEdit*>(u"tsaEdit"_s)->setText(tsa);
    d->findChild<QPushButton*>(u"exportButton"_s)->click();
    auto* status = d->findChild<QLabel*>(u"exportStatus"_s);
    QVERIFY2(status->text().contains(says), qPrintable(status->text()));
    QVERIFY(status->property("error").toBool());
    QVERIFY(!d->isExporting());
    QVERIFY(!QFile::exists(m_dir.filePath(u"mistake.pdf"_s)));
}

void ReportDialogsTest::wrongPasswordLeavesNoFile()
{
    auto d = dialog();
    const QString out = exportSigned(*d, u"wrong.pdf"_s, m_pki->signerBundle());
    SignerPasswordDialog* asked = prompt(*d);
    QVERIFY(asked);
    asked->findChild<QLineEdit*>(u"passwordEdit"_s)->setText(u"not the password"_s);
    asked->findChild<QCheckBox*>(u"savePasswordCheck"_s)->setChecked(true);
    asked->accept();
    auto* status = d->findChild<QLabel*>(u"exportStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"No report was written"), 30000);
    QVERIFY2(status->text().contains(u"password"), qPrintable(status->text()));
    QTRY_VERIFY(!d->isExporting());
    QVERIFY(!QFile::exists(out));
    if (keyringMissing())
        return;
    // A password that failed is never kept.
    const auto kept = m_secrets.readNow(ExportReportDialog::keyringId(m_pki->signerBundle()),
                                        SecretStore::Kind::KeyPassword);
    QVERIFY(!kept && kept.error().code == ErrorCode::NotFound);
}

void ReportDialogsTest::expiredCertificateLeavesNoFile()
{
    auto d = dialog();
    const QString out = exportSigned(*d, u"expired.pdf"_s, m_pki->expiredBundle());
    SignerPasswordDialog* asked = prompt(*d);
    QVERIFY(asked);
    asked->findChild<QLineEdit*>(u"passwordEdit"_s)
        ->setText(QString::fromLatin1(TestPki::Password));
    asked->accept();
    auto* status = d->findChild<QLabel*>(u"exportStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"No report was written"), 30000);
    QVERIFY2(status->text().contains(u"expired"), qPrintable(status->text()));
    QVERIFY(!QFile::exists(out));
}

void ReportDialogsTest::typedPasswordSignsAndIsKept()
{
    auto d = dialog();
    QSignalSpy exported(d.get(), &ExportReportDialog::exported);
    const QString out = exportSigned(*d, u"signed.pdf"_s, m_pki->signerBundle());
    SignerPasswordDialog* asked = prompt(*d);
    QVERIFY(asked);
    asked->findChild<QLineEdit*>(u"passwordEdit"_s)
        ->setText(QString::fromLatin1(TestPki::Password));
    asked->findChild<QCheckBox*>(u"savePasswordCheck"_s)->setChecked(true);
    asked->accept();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    const QString pdfsig =
        runTool(u"pdfsig"_s, {u"-nssdir"_s, u"sql:"_s + m_pki->nssDatabase(), out});
    QVERIFY2(pdfsig.contains(u"Signature is Valid.") && pdfsig.contains(u"Certificate is Trusted."),
             qPrintable(pdfsig));
    const QString check = runTool(u"qpdf"_s, {u"--check"_s, out});
    QVERIFY2(check.contains(u"No syntax or stream encoding errors found"), qPrintable(check));
    if (keyringMissing())
        return;
    auto* status = d->findChild<QLabel*>(u"exportStatus"_s);
    QTRY_VERIFY(status->text().contains(u"kept in the keyring"));
    const auto kept = m_secrets.readNow(ExportReportDialog::keyringId(m_pki->signerBundle()),
                                        SecretStore::Kind::KeyPassword);
    QVERIFY_RESULT(kept);
    QCOMPARE(kept->view(), QByteArrayView(TestPki::Password));
}

void ReportDialogsTest::keptPasswordIsUsedWithoutAsking()
{
    if (keyringMissing())
        QSKIP("no keyring: run inside dbus-run-session with gnome-keyring unlocked");
    QVERIFY_RESULT(keepSignerPassword());
    auto d = dialog();
    QSignalSpy exported(d.get(), &ExportReportDialog::exported);
    const QString out = exportSigned(*d, u"again.pdf"_s, m_pki->signerBundle());
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    QVERIFY(!d->findChild<SignerPasswordDialog*>(u"signerPasswordDialog"_s));
    QVERIFY(QFile::exists(out));
    QVERIFY(d->findChild<QLabel*>(u"exportStatus"_s)->text().contains(u"signed by Test signer"));
}

void ReportDialogsTest::timestampedExportVerifies()
{
    if (keyringMissing())
        QSKIP("no keyring: run inside dbus-run-session with gnome-keyring unlocked");
    LocalTsa tsa(*m_pki);
    QVERIFY(tsa.listening());
    QVERIFY_RESULT(keepSignerPassword());
    auto d = dialog(tsa.url());
    QSignalSpy exported(d.get(), &ExportReportDialog::exported);
    const QString out = exportSigned(*d, u"timestamped.pdf"_s, m_pki->signerBundle());
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    QCOMPARE(tsa.requestsServed(), 1);
    // The dialog offers the last authority again, but this one stops with the test.
    QSettings().remove(u"report/timestampAuthority"_s);

    VerifyReportDialog verify;
    verify.setFile(out);
    verify.setCaFile(m_pki->caCertificate());
    QVERIFY(verifyNow(verify));
    QVERIFY(verify.findChild<QLabel*>(u"verdictLabel"_s)->text().startsWith(u"Verdict: valid."));
    const QString details = verify.findChild<QTextBrowser*>(u"detailsView"_s)->toPlainText();
    QVERIFY2(details.contains(u"Timestamp") && details.contains(u"matches the signature"),
             qPrintable(details));
}

void ReportDialogsTest::stoppingWhileTheAuthorityHangsWritesNothing()
{
    if (keyringMissing())
        QSKIP("no keyring: run inside dbus-run-session with gnome-keyring unlocked");
    LocalTsa tsa(*m_pki);
    tsa.setSilent(true);
    QVERIFY_RESULT(keepSignerPassword());
    auto d = dialog(tsa.url());
    QSignalSpy exported(d.get(), &ExportReportDialog::exported);
    auto* stop = d->findChild<QPushButton*>(u"stopExportButton"_s);
    QVERIFY(stop && stop->isHidden());
    const QString out = exportSigned(*d, u"never-timestamped.pdf"_s, m_pki->signerBundle());
    QTRY_COMPARE_WITH_TIMEOUT(tsa.requestsReceived(), 1, 60000);
    QVERIFY(d->isExporting());
    QVERIFY(stop->isVisible() && stop->isEnabled());

    // Escape, like the Stop button, stops the export rather than closing the dialog on it.
    QElapsedTimer stopping;
    stopping.start();
    QTest::keyClick(d.get(), Qt::Key_Escape);
    QVERIFY(d->isVisible());
    QVERIFY(!stop->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!d->isExporting(), 10000);
    QVERIFY2(stopping.elapsed() < 10000, qPrintable(QString::number(stopping.elapsed())));
    QVERIFY(stop->isHidden());
    QCOMPARE(exported.size(), 0);
    QVERIFY(!QFile::exists(out));
    const QString status = d->findChild<QLabel*>(u"exportStatus"_s)->text();
    QVERIFY2(status.contains(u"Export stopped"), qPrintable(status));
    QVERIFY(d->findChild<QPushButton*>(u"exportButton"_s)->isEnabled());
    QSettings().remove(u"report/timestampAuthority"_s);
}

void ReportDialogsTest::wrongKeptPasswordAsksAgain()
{
    if (keyringMissing())
        QSKIP("no keyring: run inside dbus-run-session with gnome-keyring unlocked");
    const QString id = ExportReportDialog::keyringId(m_pki->signerBundle());
    QVERIFY_RESULT(m_secrets.writeNow(id, SecretStore::Kind::KeyPassword,
                                      SecretBuffer::fromView("an old password")));
    auto d = dialog();
    QSignalSpy exported(d.get(), &ExportReportDialog::exported);
    const QString out = exportSigned(*d, u"asked-again.pdf"_s, m_pki->signerBundle());
    SignerPasswordDialog* asked = prompt(*d);
    QVERIFY(asked);
    QVERIFY(!QFile::exists(out));
    const QString note = asked->findChild<QLabel*>(u"passwordNote"_s)->text();
    QVERIFY2(note.contains(u"kept in the keyring does not open"), qPrintable(note));
    asked->findChild<QLineEdit*>(u"passwordEdit"_s)
        ->setText(QString::fromLatin1(TestPki::Password));
    asked->findChild<QCheckBox*>(u"savePasswordCheck"_s)->setChecked(true);
    asked->accept();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    QTRY_VERIFY(d->findChild<QLabel*>(u"exportStatus"_s)->text().contains(u"kept in the keyring"));
    const auto kept = m_secrets.readNow(id, SecretStore::Kind::KeyPassword);
    QVERIFY_RESULT(kept);
    QCOMPARE(kept->view(), QByteArrayView(TestPki::Password));
}

void ReportDialogsTest::verifyShowsTheSignature()
{
    const QString out = m_dir.filePath(u"verify.pdf"_s);
    // The dialog's own worker job makes the signed file to check.
    ReportExportJob::Request request;
    request.workspacePath = m_workspace->path();
    request.options.deployments = {u"claims-triage"_s};
    request.outputPath = out;
    request.signerFile = m_pki->signerBundle();
    ReportExportJob job(request, SecretBuffer::fromView(TestPki::Password), m_clock);
    QSignalSpy finished(&job, &ReportExportJob::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY_RESULT(job.result());

    VerifyReportDialog d;
    d.show();
    d.findChild<QLineEdit*>(u"fileEdit"_s)->setText(out);
    d.findChild<QLineEdit*>(u"caEdit"_s)->setText(m_pki->caCertificate());
    QSignalSpy verified(&d, &VerifyReportDialog::verified);
    d.findChild<QPushButton*>(u"verifyButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 60000);
    const QString verdict = d.findChild<QLabel*>(u"verdictLabel"_s)->text();
    QVERIFY2(verdict.startsWith(u"Verdict: valid."), qPrintable(verdict));
    const QString details = d.findChild<QTextBrowser*>(u"detailsView"_s)->toPlainText();
    for (const QString& expected : {u"Test signer"_s, u"the whole file"_s, u"trusted"_s,
                                    u"leaves out only the signature value"_s, u"Signed at"_s})
        QVERIFY2(details.contains(expected), qPrintable(details));
}

void ReportDialogsTest::verifyShowsAppendedBytes()
{
    const QString signedFile = m_dir.filePath(u"verify.pdf"_s);
    const QString changed = m_dir.filePath(u"appended.pdf"_s);
    QVERIFY(QFile::copy(signedFile, changed));
    QFile file(changed);
    QVERIFY(file.open(QIODevice::Append));
    const QByteArray added = "\n% added after signing\n";
    file.write(added);
    file.close();

    VerifyReportDialog d;
    d.setFile(changed);
    QVERIFY(verifyNow(d));
    const QString verdict = d.findChild<QLabel*>(u"verdictLabel"_s)->text();
    QVERIFY2(verdict.contains(u"modified-after-signing"), qPrintable(verdict));
    const QString details = d.findChild<QTextBrowser*>(u"detailsView"_s)->toPlainText();
    QVERIFY2(details.contains(u"%1 bytes appended after signing"_s.arg(added.size())),
             qPrintable(details));
    QVERIFY(details.contains(u"not checked: no CA file given"));
}

// The verdict arrives through the event loop, so until it is handled the dialog is busy whatever
// the speed of the worker: the form is checked before any event is processed.
void ReportDialogsTest::verifyLocksTheFormWhileChecking()
{
    VerifyReportDialog d;
    d.show();
    d.setFile(m_dir.filePath(u"verify.pdf"_s));
    d.setCaFile(m_pki->caCertificate());
    QSignalSpy verified(&d, &VerifyReportDialog::verified);
    auto* button = d.findChild<QPushButton*>(u"verifyButton"_s);
    auto* progress = d.findChild<QProgressBar*>(u"verifyProgress"_s);
    auto* verdict = d.findChild<QLabel*>(u"verdictLabel"_s);
    const QStringList locked = {u"verifyButton"_s, u"fileEdit"_s, u"fileEditBrowse"_s, u"caEdit"_s,
                                u"caEditBrowse"_s};
    QVERIFY(!progress->isVisible());
    button->click();

    QVERIFY(d.isVerifying());
    for (const QString& name : locked)
        QVERIFY2(!d.findChild<QWidget*>(name)->isEnabled(), qPrintable(name));
    QVERIFY(progress->isVisible());
    QCOMPARE(verdict->text(), u"Checking the signatures of verify.pdf..."_s);
    // Neither the disabled button nor a direct call starts a second check.
    button->click();
    d.verify();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 60000);

    QVERIFY(!d.isVerifying());
    for (const QString& name : locked)
        QVERIFY2(d.findChild<QWidget*>(name)->isEnabled(), qPrintable(name));
    QVERIFY(!progress->isVisible());
    QVERIFY2(verdict->text().startsWith(u"Verdict: valid."), qPrintable(verdict->text()));
    QVERIFY(d.findChild<QTextBrowser*>(u"detailsView"_s)->toPlainText().contains(u"Test signer"));
    QCOMPARE(verified.size(), 1);
}

void ReportDialogsTest::closingMidCheckClosesWhenItEnds_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Close button") << u"button"_s;
    QTest::newRow("Escape key") << u"escape"_s;
    QTest::newRow("window closed") << u"window"_s;
}

// Closed as the main window opens it (deleted on close): the dialog stays until the worker ends,
// then goes without showing a verdict, and nothing touches it afterwards.
void ReportDialogsTest::closingMidCheckClosesWhenItEnds()
{
    QFETCH(QString, how);
    QPointer<VerifyReportDialog> d = new VerifyReportDialog;
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d));
    d->setFile(m_dir.filePath(u"verify.pdf"_s));
    QSignalSpy verified(d.data(), &VerifyReportDialog::verified);
    QSignalSpy rejected(d.data(), &QDialog::rejected);
    d->verify();
    QVERIFY(d->isVerifying());
    if (how == u"button")
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
    else if (how == u"escape")
        QTest::keyClick(d, Qt::Key_Escape);
    else
        d->close();

    QVERIFY(d && d->isVisible());
    QVERIFY(d->findChild<QLabel*>(u"verdictLabel"_s)->text().startsWith(u"Closing when"));
    QTRY_VERIFY_WITH_TIMEOUT(d.isNull(), 60000);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(verified.size(), 0);
}

void ReportDialogsTest::destroyingMidCheckWaitsForTheWorker()
{
    auto d = std::make_unique<VerifyReportDialog>();
    d->setFile(m_dir.filePath(u"verify.pdf"_s));
    d->verify();
    QVERIFY(d->isVerifying());
    d.reset();
    // The worker's end was queued to the job that went with the dialog; it must not arrive.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// Folder, look of the signature and signer come back in the next dialog; the name is today's,
// numbered when today's report exists, and a signer file that has gone is not offered.
void ReportDialogsTest::lastChoicesAreOfferedAgain()
{
    QSettings().remove(u"report"_s);
    const QString day = m_clock.now().toUTC().date().toString(Qt::ISODate);
    const QString name = u"gatehouse-audit-report-%1.pdf"_s.arg(day);
    {
        auto d = dialog();
        QVERIFY(d->findChild<QLineEdit*>(u"outputEdit"_s)->text().endsWith(name));
        QVERIFY(d->findChild<QLineEdit*>(u"signerEdit"_s)->text().isEmpty());
        d->findChild<QCheckBox*>(u"visibleSignatureCheck"_s)->setChecked(false);
        d->findChild<QLineEdit*>(u"outputEdit"_s)->setText(m_dir.filePath(name));
        QSignalSpy exported(d.get(), &ExportReportDialog::exported);
        d->findChild<QPushButton*>(u"exportButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    }
    {
        auto d = dialog();
        const QString second = u"gatehouse-audit-report-%1-2.pdf"_s.arg(day);
        QCOMPARE(d->findChild<QLineEdit*>(u"outputEdit"_s)->text(), m_dir.filePath(second));
        QVERIFY(!d->findChild<QCheckBox*>(u"visibleSignatureCheck"_s)->isChecked());
    }
    QSettings().setValue(u"report/signer"_s, m_pki->signerBundle());
    QCOMPARE(dialog()->findChild<QLineEdit*>(u"signerEdit"_s)->text(), m_pki->signerBundle());
    QSettings().setValue(u"report/signer"_s, m_dir.filePath(u"gone.p12"_s));
    QVERIFY(dialog()->findChild<QLineEdit*>(u"signerEdit"_s)->text().isEmpty());
}

QTEST_MAIN(ReportDialogsTest)
#include "tst_reportdialogs.moc"
