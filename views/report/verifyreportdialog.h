// "Verify signed report...": checks the signatures of a chosen PDF with PdfVerifier, against an
// optional CA file, and shows for each signature the signer, the signing time, what the byte
// range covers, the bytes appended after it, the certificate chain, and the verdict.
#pragma once

#include "models/signing/signaturecheck.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace Gatehouse {

class VerifyReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyReportDialog(QWidget* parent = nullptr);

    void setFile(const QString& path);
    void setCaFile(const QString& path);
    // Verifies now; a report of a few megabytes takes milliseconds, so it runs on this thread.
    void verify();

private:
    QWidget* fileRow(QLineEdit* edit, const QString& name, const QString& filter);
    void showReport(const VerificationReport& report);
    static QString describe(const SignatureCheck& check, int number);

    QLineEdit* m_file = nullptr;
    QLineEdit* m_ca = nullptr;
    QLabel* m_verdict = nullptr;
    QTextBrowser* m_details = nullptr;
};

} // namespace Gatehouse
