// Asks for the note that goes with a control's new status. Not applicable needs a justification,
// so the dialog refuses to close without one and says why.
#pragma once

#include "models/assessment/readiness.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Gatehouse {

class ControlStatusDialog : public QDialog
{
    Q_OBJECT

public:
    ControlStatusDialog(Control control, ControlStatus status, const QString& currentNote,
                        QWidget* parent = nullptr);

    QString note() const;

public slots:
    void accept() override;

private:
    ControlStatus m_status;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Gatehouse
