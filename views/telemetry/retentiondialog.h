// Sets how many days of telemetry the workspace keeps, beside what the archive holds now: the
// oldest call kept and the size of the workspace file.
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace Gatehouse {

class Workspace;

class RetentionDialog final : public QDialog
{
    Q_OBJECT

public:
    // The workspace must outlive the dialog; `actor` is who the audit trail records.
    RetentionDialog(Workspace& workspace, QString actor, QWidget* parent = nullptr);

    // The days chosen, RetentionSetting::Off for "keep everything".
    int days() const;

    // Stores the choice and closes; stays open with the reason when it cannot be stored.
    void accept() override;

private:
    QFormLayout* buildRows();
    void buildForm();
    void load();
    void updateNote();

    Workspace& m_workspace;
    const QString m_actor;
    QCheckBox* m_keepEverything = nullptr;
    QSpinBox* m_days = nullptr;
    QLabel* m_oldest = nullptr;
    QLabel* m_fileSize = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Gatehouse
