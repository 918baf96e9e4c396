// The matrix editor.
#include "matrixeditorwidget.h"

#include "dimensionscoreeditor.h"
#include "errormessage.h"
#include "matrixhistorydialog.h"
#include "patternreferencedialog.h"

#include "models/assessment/assessmentstore.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString bandColour(Band band)
{
    switch (band) {
    case Band::PureSaas:
        return u"#1565c0"_s;
    case Band::ManagedSandbox:
        return u"#6a1b9a"_s;
    case Band::SelfHostedTunnel:
        return u"#2e7d32"_s;
    }
    return {};
}

} // namespace

MatrixEditorWidget::MatrixEditorWidget(AssessmentStore& store, const QString& actor,
                                       QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(u"matrixEditor"_s);
    createActions();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createSummary());
    layout->addWidget(createEditors(), 1);
    connect(&m_store, &AssessmentStore::matrixChanged, this, [this](qint64 id) {
        if (id == m_deploymentId && !hasUnsavedChanges())
            revert();
    });
    setDeployment(0);
}

void MatrixEditorWidget::createActions()
{
    m_saveAction = new QAction(tr("&Save scores"), this);
    m_saveAction->setObjectName(u"saveScoresAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setIcon(QIcon::fromTheme(u"document-save"_s));
    m_saveAction->setToolTip(tr("Record the changed scores; earlier scores stay in the history"));
    connect(m_saveAction, &QAction::triggered, this, &MatrixEditorWidget::save);

    m_revertAction = new QAction(tr("&Revert scores"), this);
    m_revertAction->setObjectName(u"revertScoresAction"_s);
    m_revertAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_revertAction->setIcon(QIcon::fromTheme(u"document-revert"_s));
    connect(m_revertAction, &QAction::triggered, this, &MatrixEditorWidget::revert);

    m_historyAction = new QAction(tr("Scoring &history..."), this);
    m_historyAction->setObjectName(u"scoreHistoryAction"_s);
    m_historyAction->setShortcut(Qt::CTRL | Qt::Key_H);
    connect(m_historyAction, &QAction::triggered, this, &MatrixEditorWidget::showHistory);

    m_patternAction = new QAction(tr("&Pattern reference..."), this);
    m_patternAction->setObjectName(u"patternReferenceAction"_s);
    m_patternAction->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_P);
    connect(m_patternAction, &QAction::triggered, this, &MatrixEditorWidget::showPatternReference);
    addActions({m_saveAction, m_revertAction, m_historyAction, m_patternAction});
}

QWidget* MatrixEditorWidget::createSummary()
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(frame);
    m_title->setObjectName(u"matrixTitle"_s);
    m_total = new QLabel(frame);
    m_total->setObjectName(u"totalLabel"_s);
    m_band = new QLabel(frame);
    m_band->setObjectName(u"bandLabel"_s);
    m_pattern = new QLabel(frame);
    m_pattern->setObjectName(u"patternLabel"_s);
    m_pattern->setWordWrap(true);

    auto* buttons = new QVBoxLayout;
    for (QAction* action : {m_patternAction, m_historyAction}) {
        auto* button = new QToolButton(frame);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(button);
    }

    auto* grid = new QGridLayout(frame);
    grid->addWidget(m_title, 0, 0, 1, 3);
    grid->addWidget(m_total, 1, 0);
    grid->addWidget(m_band, 1, 1);
    grid->addWidget(m_pattern, 2, 0, 1, 3);
    grid->addLayout(buttons, 0, 3, 3, 1);
    grid->setColumnStretch(2, 1);
    return frame;
}

QWidget* MatrixEditorWidget::createEditors()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(2);
    for (int i = 0; i < DimensionCount; ++i) {
        if (i > 0) {
            auto* line = new QFrame(content);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            layout->addWidget(line);
        }
        auto* editor = new DimensionScoreEditor(Dimension(i), content);
        connect(editor, &DimensionScoreEditor::edited, this, &MatrixEditorWidget::updateSummary);
        m_editors.append(editor);
        layout->addWidget(editor);
    }
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_editorArea = scroll;
    return scroll;
}

DimensionScoreEditor* MatrixEditorWidget::editor(Dimension dimension) const
{
    return m_editors.value(int(dimension));
}

void MatrixEditorWidget::setDeployment(qint64 deploymentId)
{
    if (deploymentId == m_deploymentId && deploymentId != 0)
        return;
    maybeSaveBeforeLeaving();
    m_deploymentId = deploymentId;
    // The summary stays readable; only the scores wait for a deployment.
    m_editorArea->setEnabled(deploymentId != 0);
    revert();
}

void MatrixEditorWidget::maybeSaveBeforeLeaving()
{
    if (!hasUnsavedChanges())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved scores"),
        tr("The decision matrix has scores that were not saved. Save them before switching?"),
        QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        save();
}

void MatrixEditorWidget::revert()
{
    MatrixAssessment matrix;
    if (m_deploymentId != 0) {
        if (auto loaded = m_store.matrix(m_deploymentId))
            matrix = *loaded;
    }
    for (DimensionScoreEditor* editor : std::as_const(m_editors))
        editor->load(matrix.score(editor->dimension()));
    const auto deployment = m_store.deployment(m_deploymentId);
    m_title->setText(deployment
                         ? tr("<b>Decision matrix of %1</b>").arg(deployment->name.toHtmlEscaped())
                         : tr("<b>Select a deployment to score it.</b>"));
    updateSummary();
}

bool MatrixEditorWidget::hasUnsavedChanges() const
{
    return std::any_of(m_editors.cbegin(), m_editors.cend(),
                       [](const DimensionScoreEditor* editor) { return editor->isModified(); });
}

std::optional<Band> MatrixEditorWidget::editedBand() const
{
    int total = 0;
    for (const DimensionScoreEditor* editor : m_editors) {
        if (editor->score() == 0)
            return std::nullopt;
        total += editor->score();
    }
    return bandForTotal(total);
}

void MatrixEditorWidget::updateSummary()
{
    int total = 0;
    int scored = 0;
    for (const DimensionScoreEditor* editor : std::as_const(m_editors)) {
        total += editor->score();
        scored += editor->score() != 0;
    }
    const std::optional<Band> band = editedBand();
    m_total->setText(band ? tr("Total %1 of %2").arg(total).arg(DimensionCount * MaxScore)
                          : tr("%1 of %2 dimensions scored").arg(scored).arg(DimensionCount));
    m_band->setProperty("band", band ? bandSlug(*band) : QString());
    m_band->setText(band ? tr("Band: %1").arg(bandTitle(*band)) : tr("Band: not yet known"));
    m_band->setStyleSheet(band ? u"font-weight: bold; color: %1;"_s.arg(bandColour(*band))
                               : QString());
    m_pattern->setText(
        band ? tr("Recommended pattern: %1. Best for %2.")
                   .arg(bandTitle(*band), patternComparison().back().byBand.at(size_t(*band)))
             : tr("Score all eight dimensions to see the recommended pattern."));

    const bool modified = hasUnsavedChanges();
    m_saveAction->setEnabled(modified);
    m_revertAction->setEnabled(modified);
    m_historyAction->setEnabled(m_deploymentId != 0);
    if (band != m_shownBand) {
        m_shownBand = band;
        emit bandChanged();
    }
}

bool MatrixEditorWidget::save()
{
    QList<DimensionScore> changed;
    for (const DimensionScoreEditor* editor : std::as_const(m_editors)) {
        if (editor->isModified())
            changed.append(editor->editedScore());
    }
    if (changed.isEmpty() || m_deploymentId == 0)
        return true;
    if (auto saved = m_store.scoreMatrix(m_deploymentId, changed, m_actor); !saved) {
        showError(this, tr("Scores not saved"), saved.error().message);
        return false;
    }
    revert();
    return true;
}

void MatrixEditorWidget::showPatternReference()
{
    PatternReferenceDialog dialog(editedBand(), this);
    dialog.exec();
}

void MatrixEditorWidget::showHistory()
{
    auto history = m_store.matrixHistory(m_deploymentId);
    if (!history)
        return showError(this, tr("No scoring history"), history.error().message);
    MatrixHistoryDialog dialog(*history, this);
    dialog.exec();
}

} // namespace Gatehouse
