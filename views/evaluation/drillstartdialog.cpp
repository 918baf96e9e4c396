// The drill start dialog.
#include "drillstartdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Gatehouse {

using namespace Qt::StringLiterals;

DrillStartDialog::DrillStartDialog(const QStringList& agents, const QString& runBy, QWidget* parent)
    : QDialog(parent)
    , m_agent(new QComboBox(this))
    , m_runBy(new QLineEdit(runBy, this))
    , m_runbook(new QLineEdit(this))
{
    setObjectName(u"drillStartDialog"_s);
    setWindowTitle(tr("Start a kill-switch drill"));
    m_agent->setObjectName(u"drillAgent"_s);
    m_agent->setEditable(true);
    m_agent->addItems(agents);
    m_runBy->setObjectName(u"drillRunBy"_s);
    m_runbook->setObjectName(u"drillRunbook"_s);
    m_runbook->setPlaceholderText(tr("e.g. RB-7: revoke the agent's gateway credential"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Start drill"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note = new QLabel(tr("The drill starts now. Pull the switch, then stop the drill; the "
                               "next evaluation measures the time to the agent's last call "
                               "(under 5 minutes passes)."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("&Agent:"), m_agent);
    form->addRow(tr("R&un by:"), m_runBy);
    form->addRow(tr("Run&book:"), m_runbook);
    form->addRow(buttons);
    connect(m_agent, &QComboBox::currentTextChanged, this, &DrillStartDialog::updateOk);
    connect(m_runBy, &QLineEdit::textChanged, this, &DrillStartDialog::updateOk);
    updateOk();
    resize(460, sizeHint().height());
}

QString DrillStartDialog::agent() const
{
    return m_agent->currentText().trimmed();
}

QString DrillStartDialog::runBy() const
{
    return m_runBy->text().trimmed();
}

QString DrillStartDialog::runbook() const
{
    return m_runbook->text().trimmed();
}

void DrillStartDialog::setAgent(const QString& agent)
{
    m_agent->setCurrentText(agent);
}

void DrillStartDialog::setRunbook(const QString& runbook)
{
    m_runbook->setText(runbook);
}

void DrillStartDialog::updateOk()
{
    m_ok->setEnabled(!agent().isEmpty() && !runBy().isEmpty());
}

} // namespace Gatehouse
