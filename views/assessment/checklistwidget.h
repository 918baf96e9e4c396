// The readiness checklist of one deployment: the twelve controls grouped, their statuses in
// colour with their evidence counts, the readiness verdict above them, and the actions that set
// a control's status.
#pragma once

#include "models/assessment/readiness.h"
#include "models/core/error.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTreeView;

namespace Gatehouse {

class AssessmentStore;
class ChecklistModel;
class EvidenceStore;

class ChecklistWidget : public QWidget
{
    Q_OBJECT

public:
    ChecklistWidget(AssessmentStore& assessments, EvidenceStore& evidence, const QString& actor,
                    QWidget* parent = nullptr);

    QAction* statusAction(ControlStatus status) const;
    ChecklistModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

    void setDeployment(qint64 deploymentId);
    void setActor(const QString& actor) { m_actor = actor; }
    std::optional<Control> currentControl() const;
    void selectControl(Control control);
    // Records a status for the selected control without asking; the store's refusal comes back.
    Result<void> applyStatus(ControlStatus status, const QString& note);

public slots:
    // Asks for the note (a justification for not applicable), then records the status.
    void setStatusOfSelected(ControlStatus status);
    void reload();

signals:
    void controlSelected(Gatehouse::Control control);

private:
    void createActions();
    QAction* createStatusAction(ControlStatus status, const QString& text, QKeySequence key);
    void updateBanner();
    void updateActions();

    AssessmentStore& m_assessments;
    QString m_actor;
    ChecklistModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_banner = nullptr;
    QList<QAction*> m_statusActions; // indexed by ControlStatus
};

} // namespace Gatehouse
