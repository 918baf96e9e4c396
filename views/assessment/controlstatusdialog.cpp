// The control status note dialog.
#include "controlstatusdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

ControlStatusDialog::ControlStatusDialog(Control control, ControlStatus status,
                                         const QString& currentNote, QWidget* parent)
    : QDialog(parent)
    , m_status(status)
{
    setObjectName(u"controlStatusDialog"_s);
    setWindowTitle(tr("%1: %2").arg(controlTitle(control), controlStatusTitle(status)));
    const bool needsJustification = status == ControlStatus::NotApplicable;
    auto* prompt = new QLabel(needsJustification
                                  ? tr("Why does <b>%1</b> not apply to this deployment? The "
                                       "justification is required and goes into the audit trail.")
                                        .arg(controlTitle(control).toHtmlEscaped())
                                  : tr("A note for <b>%1</b> (optional): what was checked, "
                                       "and how.")
                                        .arg(controlTitle(control).toHtmlEscaped()),
                              this);
    prompt->setWordWrap(true);
    auto* criterion = new QLabel(tr("Passes when: %1").arg(controlCriterion(control)), this);
    criterion->setWordWrap(true);
    QPalette muted = criterion->palette();
    muted.setColor(QPalette::WindowText, QColor(0x61, 0x61, 0x61));
    criterion->setPalette(muted);
    m_note = new QPlainTextEdit(currentNote, this);
    m_note->setObjectName(u"noteEdit"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
    connect(m_note, &QPlainTextEdit::textChanged, m_error, &QLabel::hide);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ControlStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(criterion);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, 280);
}

QString ControlStatusDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ControlStatusDialog::accept()
{
    if (m_status == ControlStatus::NotApplicable && note().isEmpty()) {
        m_error->setText(tr("Not applicable needs a justification: say why the control does not "
                            "apply."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Gatehouse
