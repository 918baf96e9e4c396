// The form of the "Enumerate server" dialog and its checks.
#include "enumeratedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

EnumerateDialog::EnumerateDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Enumerate MCP server"));
    m_server = new QLineEdit(this);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(tr("https://host/mcp or a command such as npx some-mcp-server"));
    m_environment = new QLineEdit(this);
    m_environment->setObjectName(u"environmentEdit"_s);
    m_environment->setPlaceholderText(tr("NAME or NAME=VALUE, separated by spaces"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"timeoutSpin"_s);
    m_timeout->setRange(1, 600);
    m_timeout->setValue(10);
    m_timeout->setSuffix(tr(" s"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Server URL or command:"), m_server);
    form->addRow(tr("Variables for a stdio server:"), m_environment);
    form->addRow(tr("Bearer token (HTTP):"), m_token);
    form->addRow(tr("Timeout per answer:"), m_timeout);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enumerate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnumerateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnumerateDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Gatehouse only lists what the server offers; it never "
                                    "calls a tool."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void EnumerateDialog::setServer(const QString& urlOrCommand)
{
    m_server->setText(urlOrCommand);
}

Result<InventoryTarget> EnumerateDialog::target() const
{
    const QString text = m_server->text().trimmed();
    const bool isUrl = text.startsWith(u"http://"_s) || text.startsWith(u"https://"_s);
    const QStringList words = isUrl ? QStringList{text} : QProcess::splitCommand(text);
    auto target =
        InventoryTarget::fromWords(words, m_environment->text().split(u' ', Qt::SkipEmptyParts));
    if (target && target->isHttp())
        target->bearerToken = m_token->text();
    return target;
}

EnumerationOptions EnumerateDialog::options() const
{
    EnumerationOptions options;
    options.timeoutMs = m_timeout->value() * 1000;
    options.discoveryTimeoutMs = std::min(options.timeoutMs, options.discoveryTimeoutMs);
    return options;
}

void EnumerateDialog::accept()
{
    auto checked = target();
    if (!checked) {
        m_problem->setText(checked.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace Gatehouse
