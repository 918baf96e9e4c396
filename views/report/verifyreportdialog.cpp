// The details are an HTML table per signature; every value is escaped, since signer names come
// from the certificate inside the file being checked.
#include "verifyreportdialog.h"

#include "models/core/clock.h"
#include "views/common/filechooserrow.h"
#include "views/report/reportverifyjob.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString row(const QString& label, const QString& value, bool bad = false)
{
    return u"<tr><td><b>%1</b></td><td%2>%3</td></tr>"_s.arg(
        label.toHtmlEscaped(), bad ? u" style=\"color:#b42318\""_s : QString(),
        value.toHtmlEscaped());
}

QString trustText(const SignatureCheck& check)
{
    switch (check.trust) {
    case SignatureCheck::Trust::Trusted:
        return VerifyReportDialog::tr("trusted: the chain leads to the given CA");
    case SignatureCheck::Trust::Untrusted:
        return VerifyReportDialog::tr("NOT trusted: %1").arg(check.trustMessage);
    case SignatureCheck::Trust::NotChecked:
        return VerifyReportDialog::tr("not checked: no CA file given");
    }
    return {};
}

QString rangeText(const SignatureCheck& check)
{
    QStringList values;
    for (const qint64 v : check.byteRange)
        values.append(QString::number(v));
    return VerifyReportDialog::tr("[%1] %2").arg(
        values.join(u' '), check.byteRangeOk
                               ? VerifyReportDialog::tr("leaves out only the signature value")
                               : VerifyReportDialog::tr("WRONG"));
}

} // namespace

VerifyReportDialog::VerifyReportDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"verifyReportDialog"_s);
    setWindowTitle(tr("Verify signed report"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_file = new QLineEdit(this);
    m_fileRow = fileRow(m_file, u"fileEdit"_s, tr("PDF files (*.pdf)"));
    form->addRow(tr("&Signed PDF:"), m_fileRow);
    m_ca = new QLineEdit(this);
    m_ca->setPlaceholderText(tr("optional: trust is not checked without one"));
    m_caRow = fileRow(m_ca, u"caEdit"_s, tr("PEM files (*.pem *.crt);;All files (*)"));
    form->addRow(tr("&CA certificates (PEM):"), m_caRow);
    layout->addLayout(form);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"verifyProgress"_s);
    m_busy->setRange(0, 0); // the verifier reports no steps: a bar that only says "working"
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"detailsView"_s);
    layout->addWidget(m_details, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_verifyButton = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton->setDefault(true);
    connect(m_verifyButton, &QPushButton::clicked, this, &VerifyReportDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &VerifyReportDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

VerifyReportDialog::~VerifyReportDialog()
{
    // Before the widgets go: the job's destructor waits for its worker.
    m_job.reset();
}

QWidget* VerifyReportDialog::fileRow(QLineEdit* edit, const QString& name, const QString& filter)
{
    return fileChooserRow(this, edit, name, [this, edit, filter] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
}

void VerifyReportDialog::setFile(const QString& path)
{
    m_file->setText(path);
}

void VerifyReportDialog::setCaFile(const QString& path)
{
    m_ca->setText(path);
}

bool VerifyReportDialog::isVerifying() const
{
    return m_job != nullptr;
}

void VerifyReportDialog::verify()
{
    if (isVerifying())
        return;
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_verdict->setText(tr("Choose the PDF to verify."));
        return;
    }
    m_job = std::make_unique<ReportVerifyJob>(file, m_ca->text().trimmed());
    connect(m_job.get(), &ReportVerifyJob::finished, this, &VerifyReportDialog::jobFinished);
    setBusy(true);
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Checking the signatures of %1...").arg(QFileInfo(file).fileName()));
    m_details->clear();
    m_job->start();
}

void VerifyReportDialog::reject()
{
    if (!isVerifying()) {
        QDialog::reject();
        return;
    }
    // Closing now would wait on this thread for the worker; closing when it ends does not.
    m_closeWhenDone = true;
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(
        tr("Closing when the check of %1 ends...").arg(QFileInfo(m_job->file()).fileName()));
}

void VerifyReportDialog::jobFinished()
{
    // Deleted later and by this dialog: it is the sender of the signal being handled.
    ReportVerifyJob* job = m_job.release();
    job->setParent(this);
    job->deleteLater();
    setBusy(false);
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        m_verdict->clear();
        QDialog::reject();
        return;
    }
    if (job->result())
        showReport(*job->result());
    else
        showError(job->result().error().message);
    emit verified();
}

void VerifyReportDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_fileRow, m_caRow, m_verifyButton})
        w->setEnabled(!busy);
    m_busy->setVisible(busy);
}

void VerifyReportDialog::showError(const QString& message)
{
    m_verdict->setStyleSheet(u"color: #b42318;"_s);
    m_verdict->setText(message);
    m_details->clear();
}

void VerifyReportDialog::showReport(const VerificationReport& report)
{
    const bool valid = report.valid();
    m_verdict->setStyleSheet(valid ? u"color: #1e7b34; font-weight: bold;"_s
                                   : u"color: #b42318; font-weight: bold;"_s);
    m_verdict->setText(tr("Verdict: %1. %2")
                           .arg(VerificationReport::verdictName(report.verdict),
                                VerificationReport::verdictText(report.verdict)));
    QString html;
    for (int i = 0; i < report.signatures.size(); ++i)
        html += describe(report.signatures[i], i + 1);
    m_details->setHtml(html);
}

QString VerifyReportDialog::describe(const SignatureCheck& check, int number)
{
    QString html = u"<h3>%1</h3><table cellspacing=\"4\">"_s.arg(tr("Signature %1").arg(number));
    html += row(tr("Signer"), tr("%1 (%2)").arg(check.signerName, check.signerSubject));
    html += row(tr("Signed at"),
                check.signingTime.isValid() ? toIsoUtc(check.signingTime) : tr("not recorded"));
    html += row(tr("Type"), check.subFilter);
    html += row(tr("Byte range"), rangeText(check), !check.byteRangeOk);
    html += row(tr("Coverage"),
                check.coversWholeFile ? tr("the whole file")
                                      : tr("%n byte(s) appended after signing", nullptr,
                                           int(check.bytesAfterSignedRange)),
                !check.coversWholeFile);
    html += row(tr("Digest"), check.digestOk ? tr("matches") : tr("MISMATCH"), !check.digestOk);
    html += row(tr("Signature value"), check.signatureOk ? tr("valid") : tr("INVALID"),
                !check.signatureOk);
    html += row(tr("Certificate chain"), trustText(check),
                check.trust == SignatureCheck::Trust::Untrusted);
    if (!check.timestampToken.isEmpty())
        html += row(tr("Timestamp"),
                    tr("%1 (%2)").arg(toIsoUtc(check.timestampTime),
                                      check.timestampImprintOk ? tr("matches the signature")
                                                               : tr("does NOT match")),
                    !check.timestampImprintOk);
    for (const QString& problem : check.problems)
        html += row(tr("Problem"), problem, true);
    return html + u"</table>"_s;
}

} // namespace Gatehouse
