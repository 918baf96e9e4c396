// The connect-to-source dialog.
#include "connectsourcedialog.h"

#include "models/feed/spkipin.h"
#include "views/common/filechooserrow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Gatehouse {

using namespace Qt::StringLiterals;

QString sourceUrlProblem(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ConnectSourceDialog::tr(
            "Enter the source's address, e.g. https://gateway.internal:8443.");
    if (url.scheme() == "https"_L1)
        return {};
    if (url.scheme() != "http"_L1)
        return ConnectSourceDialog::tr("Use an https:// address.");
    const QHostAddress address(url.host());
    const bool loopback = url.host() == "localhost"_L1 || address.isLoopback();
    return loopback ? QString()
                    : ConnectSourceDialog::tr("Plain http:// is only allowed to this machine "
                                              "(loopback); use https://.");
}

ConnectSourceDialog::ConnectSourceDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"connectSourceDialog"_s);
    setWindowTitle(tr("Connect to a source"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"sourceUrl"_s);
    m_url->setPlaceholderText(u"https://gateway.internal:8443"_s);
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("the system's trusted authorities"));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(u"sourcePin"_s);
    m_pin->setPlaceholderText(tr("optional SHA-256 of the server's public key"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"sourceToken"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Keep the token in the system keyring"), this);
    m_remember->setChecked(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"sourceProblem"_s);
    m_problem->setStyleSheet(u"color: #c62828"_s);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("Trusted &CA file:"),
                 fileChooserRow(this, m_caFile, u"sourceCaFile"_s, [this] { chooseCaFile(); }));
    form->addRow(tr("Key &pin:"), m_pin);
    form->addRow(tr("Bearer &token:"), m_token);
    form->addRow(QString(), m_remember);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_url, m_caFile, m_pin})
        connect(edit, &QLineEdit::textChanged, this, &ConnectSourceDialog::validate);
    validate();
}

void ConnectSourceDialog::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Trusted CA certificates"), {},
                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void ConnectSourceDialog::validate()
{
    QString problem = sourceUrlProblem(QUrl::fromUserInput(m_url->text().trimmed()));
    if (problem.isEmpty() && !m_caFile->text().isEmpty() && !QFileInfo(m_caFile->text()).isFile())
        problem = tr("The CA file %1 does not exist.").arg(m_caFile->text());
    if (problem.isEmpty() && !m_pin->text().trimmed().isEmpty()) {
        const auto pin = SpkiPin::parse(m_pin->text().trimmed());
        if (!pin)
            problem = pin.error().message;
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

FeedSettings ConnectSourceDialog::settings() const
{
    FeedSettings settings;
    settings.client.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    settings.client.caFile = m_caFile->text();
    if (const auto pin = SpkiPin::parse(m_pin->text().trimmed()); pin && !m_pin->text().isEmpty())
        settings.client.spkiSha256 = *pin;
    QByteArray token = m_token->text().toUtf8();
    settings.client.bearerToken = SecretBuffer(token);
    return settings;
}

bool ConnectSourceDialog::rememberToken() const
{
    return m_remember->isChecked();
}

} // namespace Gatehouse
