// Creates or edits one deployment. The dialog asks the store itself, so that the store's
// refusals (an empty or duplicate name) appear inline and the dialog stays open to fix them.
#pragma once

#include "models/assessment/deployment.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Gatehouse {

class AssessmentStore;

class DeploymentDialog : public QDialog
{
    Q_OBJECT

public:
    // With an existing deployment the dialog edits it; without, it adds a new one.
    DeploymentDialog(AssessmentStore& store, const QString& actor,
                     std::optional<Deployment> existing, QWidget* parent = nullptr);

    // The deployment as saved, valid once the dialog was accepted.
    Deployment deployment() const { return m_deployment; }

public slots:
    void accept() override;

private:
    void buildForm();
    Deployment fromForm() const;
    void showError(const QString& message);

    AssessmentStore& m_store;
    QString m_actor;
    bool m_editing = false;
    Deployment m_deployment;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_owner = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_scope = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Gatehouse
