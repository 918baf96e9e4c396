// The decision matrix of one deployment: the eight dimensions to score, with the total, the band
// and the recommended pattern following every click before anything is saved.
#pragma once

#include "models/assessment/decisionmatrix.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;

namespace Gatehouse {

class AssessmentStore;
class DimensionScoreEditor;

class MatrixEditorWidget : public QWidget
{
    Q_OBJECT

public:
    MatrixEditorWidget(AssessmentStore& store, const QString& actor, QWidget* parent = nullptr);

    QAction* saveAction() const { return m_saveAction; }
    QAction* revertAction() const { return m_revertAction; }
    QAction* historyAction() const { return m_historyAction; }
    QAction* patternReferenceAction() const { return m_patternAction; }

    qint64 deployment() const { return m_deploymentId; }
    // Offers to save unsaved scores of the previous deployment first.
    void setDeployment(qint64 deploymentId);
    void setActor(const QString& actor) { m_actor = actor; }
    DimensionScoreEditor* editor(Dimension dimension) const;
    bool hasUnsavedChanges() const;
    // The band of the scores as edited; nullopt until all eight are scored.
    std::optional<Band> editedBand() const;

public slots:
    bool save();
    void revert();
    void showHistory();
    // The three patterns compared, with the one the edited scores call for highlighted.
    void showPatternReference();

signals:
    // The band as edited changed (or became known or unknown).
    void bandChanged();

private:
    void createActions();
    QWidget* createSummary();
    QWidget* createEditors();
    void updateSummary();
    void maybeSaveBeforeLeaving();

    AssessmentStore& m_store;
    QString m_actor;
    qint64 m_deploymentId = 0;
    QList<DimensionScoreEditor*> m_editors;
    QWidget* m_editorArea = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_band = nullptr;
    QLabel* m_pattern = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_patternAction = nullptr;
    std::optional<Band> m_shownBand;
};

} // namespace Gatehouse
