// "Export signed report...": which deployments, which period, where to, and optionally which
// PKCS#12 signer, a visible signature and a timestamp authority. The signer's password comes
// from the system keyring, or is asked for (and kept there only when the user says so); the
// report is built, drawn and signed on a worker thread while a progress bar moves. The choices of
// the last report written are offered again.
#pragma once

#include "models/core/error.h"
#include "models/feed/secretbuffer.h"
#include "views/report/reportexportjob.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Gatehouse {

class Clock;
class SecretStore;
class Workspace;

class ExportReportDialog : public QDialog
{
    Q_OBJECT

public:
    // The workspace is read here only for the deployment list and the organisation; the export
    // opens its own connection. keyringService: the keyring's service name (tests use their
    // own). The clock and the workspace must outlive the dialog.
    ExportReportDialog(Workspace& workspace, const Clock& clock, const QString& actor,
                       const QString& keyringService = QStringLiteral("gatehouse"),
                       QWidget* parent = nullptr);
    ~ExportReportDialog() override;

    bool isExporting() const;
    // The keyring entry that holds the password of a signer file.
    static QString keyringId(const QString& signerFile);

signals:
    void exported(const QString& path);

public slots:
    // While an export runs, closing asks it to stop instead; the dialog stays until it has.
    void reject() override;

private:
    void buildForm();
    QFormLayout* buildInputs();
    QWidget* buildButtons();
    QWidget* buildPeriodRow();
    void fillFromWorkspace();
    void restoreChoices();
    QString suggestedOutput(const QString& folder) const;
    void rememberChoices(const ReportExportJob::Request& request);
    void browseOutput();
    void browseSigner();
    void startExport();
    Result<ReportExportJob::Request> request() const;
    Result<void> checkFiles(const ReportExportJob::Request& request) const;
    void readPassword(const ReportExportJob::Request& request);
    void askPassword(const ReportExportJob::Request& request, const QString& note);
    void runJob(const ReportExportJob::Request& request, SecretBuffer password);
    void jobFinished();
    void stopExport();
    void savePassword(const QString& signerFile);
    void setBusy(bool busy);
    void showStatus(const QString& text, bool error);

    Workspace& m_workspace;
    const Clock& m_clock;
    QString m_actor;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<ReportExportJob> m_job;
    ReportExportJob::Request m_running;
    bool m_passwordFromKeyring = false;
    bool m_keyringAvailable = true;
    SecretBuffer m_passwordToSave; // only until a successful export has proved it

    QListWidget* m_deployments = nullptr;
    QCheckBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_organisation = nullptr;
    QLineEdit* m_output = nullptr;
    QLineEdit* m_signer = nullptr;
    QCheckBox* m_visible = nullptr;
    QLineEdit* m_tsa = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_stopButton = nullptr;
};

} // namespace Gatehouse
