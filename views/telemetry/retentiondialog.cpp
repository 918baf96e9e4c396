// The setting is written through RetentionSetting, audited in its transaction; the watch
// session's writer reads it again at its next round, so no restart is needed.
#include "retentiondialog.h"

#include "models/telemetry/archivestatistics.h"
#include "models/telemetry/retentionsetting.h"
#include "models/workspace/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The anomaly-baselines control needs this much history of calls before production.
constexpr int BaselineDays = 30;

} // namespace

RetentionDialog::RetentionDialog(Workspace& workspace, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Telemetry retention"));
    buildForm();
    load();
    updateNote();
}

QFormLayout* RetentionDialog::buildRows()
{
    m_keepEverything = new QCheckBox(tr("&Keep everything"));
    m_keepEverything->setObjectName(u"keepEverything"_s);
    m_days = new QSpinBox;
    m_days->setObjectName(u"retentionDays"_s);
    m_days->setRange(RetentionSetting::MinDays, RetentionSetting::MaxDays);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days", "telemetry kept for"));
    m_oldest = new QLabel;
    m_oldest->setObjectName(u"oldestCall"_s);
    m_fileSize = new QLabel;
    m_fileSize->setObjectName(u"fileSize"_s);
    auto* form = new QFormLayout;
    form->addRow(m_keepEverything);
    // A widget, not a layout, as the field: the label's shortcut then moves the focus to it.
    form->addRow(tr("Keep &telemetry for:"), m_days);
    form->addRow(tr("Oldest call kept:"), m_oldest);
    form->addRow(tr("Workspace file:"), m_fileSize);
    return form;
}

void RetentionDialog::buildForm()
{
    QFormLayout* form = buildRows();
    m_note = new QLabel;
    m_note->setObjectName(u"note"_s);
    m_note->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RetentionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RetentionDialog::reject);
    connect(m_keepEverything, &QCheckBox::toggled, this, &RetentionDialog::updateNote);
    connect(m_days, &QSpinBox::valueChanged, this, &RetentionDialog::updateNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

void RetentionDialog::load()
{
    const auto days = RetentionSetting::read(m_workspace);
    const int current = days ? *days : RetentionSetting::Off;
    m_keepEverything->setChecked(current == RetentionSetting::Off);
    if (current != RetentionSetting::Off)
        m_days->setValue(current);
    const QLocale locale;
    const auto archive = ArchiveStatistics::load(m_workspace, false);
    m_oldest->setText(!archive ? archive.error().message
                      : archive->oldestCall.isValid()
                          ? locale.toString(archive->oldestCall.toLocalTime(), QLocale::ShortFormat)
                          : tr("none"));
    m_fileSize->setText(locale.formattedDataSize(QFileInfo(m_workspace.path()).size()));
}

int RetentionDialog::days() const
{
    return m_keepEverything->isChecked() ? RetentionSetting::Off : m_days->value();
}

void RetentionDialog::updateNote()
{
    m_days->setEnabled(!m_keepEverything->isChecked());
    QString note = days() == RetentionSetting::Off
                       ? tr("Nothing is deleted; the file grows as telemetry arrives.")
                       : tr("While a watch session runs, telemetry older than %n day(s) is "
                            "deleted about once a minute. Evidence and the audit trail are never "
                            "deleted. The file stops growing but does not shrink; close Gatehouse "
                            "and run sqlite3 FILE VACUUM to shrink it.",
                            nullptr, days());
    if (days() != RetentionSetting::Off && days() < BaselineDays)
        note += u' '
                + tr("With less than %n day(s) kept, the anomaly-baselines control cannot gather "
                     "its baseline.",
                     nullptr, BaselineDays);
    m_note->setText(note);
}

void RetentionDialog::accept()
{
    if (auto written = RetentionSetting::write(m_workspace, days(), m_actor); !written) {
        m_problem->setText(written.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Gatehouse
