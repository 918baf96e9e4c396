// "Verify signed report...": checks the signatures of a chosen PDF with PdfVerifier, against an
// optional CA file, and shows for each signature the signer, the signing time, what the byte
// range covers, the bytes appended after it, the certificate chain, and the verdict. The check
// runs on a worker thread (ReportVerifyJob) while the form is locked and a busy bar moves.
#pragma once

#include "models/signing/signaturecheck.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace Gatehouse {

class ReportVerifyJob;

class VerifyReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyReportDialog(QWidget* parent = nullptr);
    // Waits for a check still running (it only reads; see docs/performance.md for how long).
    ~VerifyReportDialog() override;

    void setFile(const QString& path);
    void setCaFile(const QString& path);
    // Starts the check on a worker thread; the verdict appears when it ends. Does nothing while
    // a check runs.
    void verify();
    // True from verify() until its verdict is shown.
    bool isVerifying() const;

signals:
    // The verdict or the error of the last check is shown.
    void verified();

public slots:
    // While a check runs, the dialog closes as soon as it ends, and its verdict is dropped.
    void reject() override;

private:
    QWidget* fileRow(QLineEdit* edit, const QString& name, const QString& filter);
    void jobFinished();
    void setBusy(bool busy);
    void showError(const QString& message);
    void showReport(const VerificationReport& report);
    static QString describe(const SignatureCheck& check, int number);

    std::unique_ptr<ReportVerifyJob> m_job;
    bool m_closeWhenDone = false;

    QLineEdit* m_file = nullptr;
    QLineEdit* m_ca = nullptr;
    QWidget* m_fileRow = nullptr;
    QWidget* m_caRow = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_verdict = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_verifyButton = nullptr;
};

} // namespace Gatehouse
