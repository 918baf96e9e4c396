// The deployment form.
#include "deploymentdialog.h"

#include "models/assessment/assessmentstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

DeploymentDialog::DeploymentDialog(AssessmentStore& store, const QString& actor,
                                   std::optional<Deployment> existing, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_editing(existing.has_value())
    , m_deployment(existing.value_or(Deployment{}))
{
    setObjectName(u"deploymentDialog"_s);
    setWindowTitle(m_editing ? tr("Edit deployment") : tr("New deployment"));
    buildForm();
    m_name->setText(m_deployment.name);
    m_owner->setText(m_deployment.owner);
    m_description->setPlainText(m_deployment.description);
    m_scope->setPlainText(m_deployment.scope);
    resize(480, sizeHint().height());
}

void DeploymentDialog::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("A short name, unique in this workspace"));
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(u"ownerEdit"_s);
    m_owner->setPlaceholderText(tr("Who answers for this deployment"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setPlaceholderText(tr("What the agents do, and for whom"));
    m_scope = new QPlainTextEdit(this);
    m_scope->setObjectName(u"scopeEdit"_s);
    m_scope->setPlaceholderText(tr("Which systems, data and MCP servers the agents reach"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Scope:"), m_scope);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeploymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeploymentDialog::reject);
    connect(m_name, &QLineEdit::textChanged, m_error, &QLabel::hide);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Deployment DeploymentDialog::fromForm() const
{
    Deployment deployment = m_deployment;
    deployment.name = m_name->text();
    deployment.owner = m_owner->text().trimmed();
    deployment.description = m_description->toPlainText().trimmed();
    deployment.scope = m_scope->toPlainText().trimmed();
    return deployment;
}

void DeploymentDialog::accept()
{
    const Deployment wanted = fromForm();
    if (m_editing) {
        if (auto updated = m_store.updateDeployment(wanted, m_actor); !updated)
            return showError(updated.error().message);
        m_deployment = wanted;
    } else {
        auto added = m_store.addDeployment(wanted, m_actor);
        if (!added)
            return showError(added.error().message);
        m_deployment = *added;
    }
    QDialog::accept();
}

void DeploymentDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_name->setFocus();
}

} // namespace Gatehouse
