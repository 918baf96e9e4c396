// Asks for what a kill-switch drill records when it starts: the agent being stopped, who runs
// the drill, and the runbook followed.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Gatehouse {

class DrillStartDialog final : public QDialog
{
    Q_OBJECT

public:
    DrillStartDialog(const QStringList& agents, const QString& runBy, QWidget* parent = nullptr);

    QString agent() const;
    QString runBy() const;
    QString runbook() const;
    void setAgent(const QString& agent);
    void setRunbook(const QString& runbook);

private:
    void updateOk();

    QComboBox* m_agent = nullptr;
    QLineEdit* m_runBy = nullptr;
    QLineEdit* m_runbook = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace Gatehouse
