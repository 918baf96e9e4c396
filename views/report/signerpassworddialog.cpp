// The prompt is window-modal and opened with open(), so the dialog behind it keeps painting.
#include "signerpassworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

SignerPasswordDialog::SignerPasswordDialog(const QString& signerFile, const QString& note,
                                           bool keyringAvailable, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"signerPasswordDialog"_s);
    setWindowTitle(tr("Signing certificate password"));
    setWindowModality(Qt::WindowModal);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(
        note.isEmpty() ? tr("Type the password of %1.").arg(QFileInfo(signerFile).fileName())
                       : note,
        this);
    label->setObjectName(u"passwordNote"_s);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false);
    layout->addWidget(m_password);
    m_save = new QCheckBox(tr("&Keep the password in the system keyring"), this);
    m_save->setObjectName(u"savePasswordCheck"_s);
    m_save->setEnabled(keyringAvailable);
    if (!keyringAvailable)
        m_save->setToolTip(tr("No system keyring is available; the password is asked for "
                              "each time."));
    layout->addWidget(m_save);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SignerPasswordDialog::~SignerPasswordDialog()
{
    takePassword();
}

SecretBuffer SignerPasswordDialog::takePassword()
{
    QByteArray typed = m_password->text().toUtf8();
    m_password->clear();
    return SecretBuffer(typed);
}

bool SignerPasswordDialog::saveInKeyring() const
{
    return m_save->isEnabled() && m_save->isChecked();
}

} // namespace Gatehouse
