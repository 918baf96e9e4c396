// The new-evidence details dialog.
#include "evidencedetailsdialog.h"

#include "models/core/clock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

EvidenceDetailsDialog::EvidenceDetailsDialog(Kind kind, const QString& subject, const Clock& clock,
                                             QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_clock(clock)
{
    setObjectName(u"evidenceDetailsDialog"_s);
    const QFileInfo file(subject);
    setWindowTitle(kind == Kind::File ? tr("Attach %1").arg(file.fileName()) : tr("Add a note"));
    m_title = new QLineEdit(kind == Kind::File ? file.fileName() : QString(), this);
    m_title->setObjectName(u"titleEdit"_s);
    m_collected = new QDateEdit(today(), this);
    m_collected->setObjectName(u"collectedEdit"_s);
    m_collected->setCalendarPopup(true);
    m_collected->setMaximumDate(today());
    m_collected->setToolTip(tr("When the evidence was produced, not when it is added"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    if (kind == Kind::File)
        form->addRow(tr("File:"), new QLabel(u"%1 (%2)"_s.arg(
                                      file.fileName(), QLocale().formattedDataSize(file.size()))));
    else
        form->addRow(tr("Control:"), new QLabel(subject));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Collected on:"), m_collected);
    if (kind == Kind::Note) {
        m_note = new QPlainTextEdit(this);
        m_note->setObjectName(u"noteEdit"_s);
        form->addRow(tr("&Note:"), m_note);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QDate EvidenceDetailsDialog::today() const
{
    return m_clock.now().toLocalTime().date();
}

QString EvidenceDetailsDialog::title() const
{
    return m_title->text().trimmed();
}

void EvidenceDetailsDialog::setTitle(const QString& title)
{
    m_title->setText(title);
}

QDateTime EvidenceDetailsDialog::collectedAt() const
{
    return m_collected->date().startOfDay().toUTC();
}

void EvidenceDetailsDialog::setCollectedDate(QDate date)
{
    m_collected->setDate(date);
}

QString EvidenceDetailsDialog::noteText() const
{
    return m_note ? m_note->toPlainText().trimmed() : QString();
}

void EvidenceDetailsDialog::setNoteText(const QString& text)
{
    if (m_note)
        m_note->setPlainText(text);
}

void EvidenceDetailsDialog::accept()
{
    if (m_collected->date() > today())
        return showError(tr("The collection date cannot be in the future."));
    if (m_kind == Kind::Note && noteText().isEmpty())
        return showError(tr("A note needs some text."));
    if (title().isEmpty())
        return showError(tr("Give the evidence a title."));
    QDialog::accept();
}

void EvidenceDetailsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Gatehouse
