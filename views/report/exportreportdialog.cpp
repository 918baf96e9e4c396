// Checks the form, fetches or asks for the password, runs the export job and reports what came
// of it; a password is kept in the keyring only after it has signed a report.
#include "exportreportdialog.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/feed/secretstore.h"
#include "models/report/organisationsetting.h"
#include "models/workspace/workspace.h"
#include "views/common/filechooserrow.h"
#include "views/report/signerpassworddialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

ExportReportDialog::ExportReportDialog(Workspace& workspace, const Clock& clock,
                                       const QString& actor, const QString& keyringService,
                                       QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_clock(clock)
    , m_actor(actor)
    , m_secrets(new SecretStore(keyringService, this))
{
    setObjectName(u"exportReportDialog"_s);
    setWindowTitle(tr("Export signed report"));
    buildForm();
    fillFromWorkspace();
    restoreChoices();
    resize(620, 420);
}

ExportReportDialog::~ExportReportDialog() = default;

bool ExportReportDialog::isExporting() const
{
    return m_job && m_job->isRunning();
}

QString ExportReportDialog::keyringId(const QString& signerFile)
{
    return u"report-signer:"_s + QFileInfo(signerFile).absoluteFilePath();
}

void ExportReportDialog::reject()
{
    // The worker writes the file; closing now would leave the user guessing whether it did.
    if (isExporting())
        stopExport();
    else
        QDialog::reject();
}

void ExportReportDialog::stopExport()
{
    if (!isExporting())
        return;
    m_job->cancel();
    m_stopButton->setEnabled(false);
    showStatus(tr("Stopping the export..."), false);
}

void ExportReportDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildInputs());
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setRange(0, ReportExportJob::Steps);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buildButtons());
}

QFormLayout* ExportReportDialog::buildInputs()
{
    auto* form = new QFormLayout;
    m_deployments = new QListWidget(this);
    m_deployments->setObjectName(u"deploymentList"_s);
    m_deployments->setMaximumHeight(120);
    form->addRow(tr("&Deployments in scope:"), m_deployments);
    form->addRow(tr("Period:"), buildPeriodRow());
    m_organisation = new QLabel(this);
    m_organisation->setObjectName(u"organisationLabel"_s);
    m_organisation->setWordWrap(true);
    form->addRow(tr("Organisation:"), m_organisation);
    m_output = new QLineEdit(this);
    form->addRow(tr("&Output file:"),
                 fileChooserRow(this, m_output, u"outputEdit"_s, [this] { browseOutput(); }));
    m_signer = new QLineEdit(this);
    m_signer->setPlaceholderText(tr("none: the report is not signed"));
    form->addRow(tr("&Signer (PKCS#12):"),
                 fileChooserRow(this, m_signer, u"signerEdit"_s, [this] { browseSigner(); }));
    m_visible = new QCheckBox(tr("Show the signature in the sign-off block"), this);
    m_visible->setObjectName(u"visibleSignatureCheck"_s);
    m_visible->setChecked(true);
    form->addRow(QString(), m_visible);
    m_tsa = new QLineEdit(this);
    m_tsa->setObjectName(u"tsaEdit"_s);
    m_tsa->setPlaceholderText(tr("optional, e.g. http://timestamp.example/tsa"));
    form->addRow(tr("&Timestamp authority:"), m_tsa);
    return form;
}

QWidget* ExportReportDialog::buildButtons()
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ExportReportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportReportDialog::reject);
    // Outside the button box, which is disabled while the export runs.
    m_stopButton = new QPushButton(tr("Sto&p"), this);
    m_stopButton->setObjectName(u"stopExportButton"_s);
    m_stopButton->setToolTip(tr("Stop the export before the file is written (Esc)"));
    m_stopButton->hide();
    connect(m_stopButton, &QPushButton::clicked, this, &ExportReportDialog::stopExport);
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stopButton);
    layout->addWidget(m_buttons, 1);
    return row;
}

QWidget* ExportReportDialog::buildPeriodRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_period = new QCheckBox(tr("From"), row);
    m_period->setObjectName(u"periodCheck"_s);
    m_period->setChecked(true);
    m_period->setToolTip(tr("Off: a point-in-time report as of now, with the last 30 days of "
                            "telemetry."));
    const QDate today = m_clock.now().toUTC().date();
    m_from = new QDateEdit(today.addDays(-30), row);
    m_from->setObjectName(u"fromEdit"_s);
    m_to = new QDateEdit(today, row);
    m_to->setObjectName(u"toEdit"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        connect(m_period, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), row));
    layout->addWidget(m_to);
    layout->addWidget(new QLabel(tr("(UTC days, both included)"), row));
    layout->addStretch();
    return row;
}

void ExportReportDialog::fillFromWorkspace()
{
    const Result<QList<Deployment>> deployments = AssessmentStore(m_workspace).deployments();
    for (const Deployment& deployment : deployments.value_or(QList<Deployment>())) {
        auto* item = new QListWidgetItem(deployment.name, m_deployments);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    const Result<QString> organisation = OrganisationSetting::read(m_workspace);
    m_organisation->setText(
        organisation && !organisation->isEmpty()
            ? *organisation
            : tr("not set; set it with \"gatehouse-cli workspace set-organisation\""));
}

// The signer, the signature's look, the timestamp authority and the folder of the last report
// that was written; the file name is new each day.
void ExportReportDialog::restoreChoices()
{
    const QSettings settings;
    QString folder = settings.value(u"report/folder"_s).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    m_output->setText(suggestedOutput(folder));
    const QString signer = settings.value(u"report/signer"_s).toString();
    if (QFileInfo(signer).isFile())
        m_signer->setText(signer);
    m_visible->setChecked(settings.value(u"report/visibleSignature"_s, true).toBool());
    m_tsa->setText(settings.value(u"report/timestampAuthority"_s).toString());
}

// Today's report name, numbered when a report of today is there already, so that a second export
// does not write over the first unasked.
QString ExportReportDialog::suggestedOutput(const QString& folder) const
{
    const QString day = m_clock.now().toUTC().date().toString(Qt::ISODate);
    const QDir dir(folder);
    QString path = dir.filePath(u"gatehouse-audit-report-%1.pdf"_s.arg(day));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(u"gatehouse-audit-report-%1-%2.pdf"_s.arg(day).arg(n));
    return path;
}

void ExportReportDialog::rememberChoices(const ReportExportJob::Request& r)
{
    QSettings settings;
    settings.setValue(u"report/folder"_s, QFileInfo(r.outputPath).absolutePath());
    settings.setValue(u"report/signer"_s, r.signerFile);
    settings.setValue(u"report/visibleSignature"_s, r.visibleSignature);
    settings.setValue(u"report/timestampAuthority"_s, r.timestampAuthority.toString());
}

void ExportReportDialog::browseOutput()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as"),
                                                      m_output->text(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_output->setText(path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? path : path + u".pdf"_s);
}

void ExportReportDialog::browseSigner()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Signing certificate"), m_signer->text(),
                                     tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty())
        m_signer->setText(path);
}

Result<ReportExportJob::Request> ExportReportDialog::request() const
{
    ReportExportJob::Request r;
    r.workspacePath = m_workspace.path();
    for (int i = 0; i < m_deployments->count(); ++i) {
        if (m_deployments->item(i)->checkState() == Qt::Checked)
            r.options.deployments.append(m_deployments->item(i)->text());
    }
    if (r.options.deployments.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Tick at least one deployment."));
    if (m_period->isChecked()) {
        if (m_from->date() > m_to->date())
            return fail(ErrorCode::InvalidArgument, tr("The period must start before it ends."));
        r.options.from = QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc());
        r.options.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::utc());
    }
    r.options.signOffs.append({tr("Assessor"), m_actor, {}, {}});
    r.outputPath = m_output->text().trimmed();
    r.signerFile = m_signer->text().trimmed();
    r.visibleSignature = m_visible->isChecked();
    r.timestampAuthority = QUrl(m_tsa->text().trimmed());
    if (Result<void> files = checkFiles(r); !files)
        return std::unexpected(files.error());
    return r;
}

Result<void> ExportReportDialog::checkFiles(const ReportExportJob::Request& r) const
{
    if (r.outputPath.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Choose where to write the report."));
    if (!QFileInfo(r.outputPath).absoluteDir().exists())
        return fail(ErrorCode::NotFound,
                    tr("The folder of %1 does not exist; choose another place.").arg(r.outputPath));
    if (!r.signerFile.isEmpty() && !QFileInfo(r.signerFile).isFile())
        return fail(ErrorCode::NotFound,
                    tr("The signer file %1 does not exist; choose a .p12 file or clear the field.")
                        .arg(r.signerFile));
    const QString scheme = r.timestampAuthority.scheme();
    if (!r.timestampAuthority.isEmpty()
        && (!r.timestampAuthority.isValid() || (scheme != "http"_L1 && scheme != "https"_L1)))
        return fail(ErrorCode::InvalidArgument,
                    tr("The timestamp authority needs an http or https address."));
    if (!r.timestampAuthority.isEmpty() && r.signerFile.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("A timestamp needs a signature: choose a signer file too."));
    return {};
}

void ExportReportDialog::startExport()
{
    if (isExporting())
        return;
    Result<ReportExportJob::Request> r = request();
    if (!r) {
        showStatus(r.error().message, true);
        return;
    }
    m_passwordFromKeyring = false;
    m_passwordToSave.clear();
    if (r->signerFile.isEmpty())
        runJob(*r, SecretBuffer());
    else
        readPassword(*r);
}

void ExportReportDialog::readPassword(const ReportExportJob::Request& r)
{
    setBusy(true);
    showStatus(tr("Looking for the password of %1 in the keyring...")
                   .arg(QFileInfo(r.signerFile).fileName()),
               false);
    m_secrets->read(keyringId(r.signerFile), SecretStore::Kind::KeyPassword,
                    [this, r](Result<SecretBuffer> secret) {
                        setBusy(false);
                        if (secret) {
                            m_passwordFromKeyring = true;
                            runJob(r, std::move(*secret));
                            return;
                        }
                        m_keyringAvailable = !SecretStore::isKeyringUnavailable(secret.error());
                        askPassword(r, {});
                    });
}

void ExportReportDialog::askPassword(const ReportExportJob::Request& r, const QString& note)
{
    auto* prompt = new SignerPasswordDialog(r.signerFile, note, m_keyringAvailable, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::accepted, this, [this, prompt, r] {
        SecretBuffer password = prompt->takePassword();
        if (prompt->saveInKeyring())
            m_passwordToSave = password;
        runJob(r, std::move(password));
    });
    connect(prompt, &QDialog::rejected, this,
            [this] { showStatus(tr("Export cancelled: no password given."), true); });
    prompt->open();
}

void ExportReportDialog::runJob(const ReportExportJob::Request& r, SecretBuffer password)
{
    m_running = r;
    m_job = std::make_unique<ReportExportJob>(r, std::move(password), m_clock);
    connect(m_job.get(), &ReportExportJob::progressed, this, [this](int step, const QString& what) {
        m_progress->setValue(step - 1);
        showStatus(what + u"..."_s, false);
    });
    connect(m_job.get(), &ReportExportJob::finished, this, &ExportReportDialog::jobFinished);
    setBusy(true);
    m_progress->setValue(0);
    m_stopButton->setEnabled(true);
    m_stopButton->show();
    m_job->start();
}

void ExportReportDialog::jobFinished()
{
    setBusy(false);
    m_stopButton->hide();
    const Result<QString>& result = m_job->result();
    if (result) {
        m_progress->setValue(ReportExportJob::Steps);
        showStatus(*result, false);
        if (!m_passwordToSave.isEmpty())
            savePassword(m_running.signerFile);
        rememberChoices(m_running);
        emit exported(m_running.outputPath);
        return;
    }
    m_progress->setValue(0);
    m_passwordToSave.clear();
    if (result.error().code == ErrorCode::Cancelled) {
        showStatus(tr("Export stopped: no report was written."), true);
        return;
    }
    const bool keptPasswordWrong =
        m_passwordFromKeyring && result.error().code == ErrorCode::Permission;
    showStatus(tr("No report was written. %1").arg(result.error().message), true);
    if (keptPasswordWrong)
        askPassword(m_running, tr("The password kept in the keyring does not open %1; type the "
                                  "right one.")
                                   .arg(QFileInfo(m_running.signerFile).fileName()));
}

void ExportReportDialog::savePassword(const QString& signerFile)
{
    m_secrets->write(keyringId(signerFile), SecretStore::Kind::KeyPassword, m_passwordToSave,
                     [this](Result<void> saved) {
                         m_status->setText(m_status->text() + u"\n"_s
                                           + (saved ? tr("The password is kept in the keyring.")
                                                    : saved.error().message));
                     });
    m_passwordToSave.clear();
}

void ExportReportDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_deployments, m_period, m_output, m_signer,
                                                      m_visible, m_tsa, m_buttons})
        w->setEnabled(!busy);
    m_from->setEnabled(!busy && m_period->isChecked());
    m_to->setEnabled(!busy && m_period->isChecked());
}

void ExportReportDialog::showStatus(const QString& text, bool error)
{
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? u"color: #b42318;"_s : QString());
    m_status->setText(text);
}

} // namespace Gatehouse
