// A dimension's score row.
#include "dimensionscoreeditor.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr int ScaleColumnWidth = 56;

} // namespace

DimensionScoreEditor::DimensionScoreEditor(Dimension dimension, QWidget* parent)
    : QWidget(parent)
    , m_dimension(dimension)
{
    const QString slug = dimensionSlug(dimension);
    setObjectName(u"dimension-"_s + slug);

    m_rationale = new QLineEdit(this);
    m_rationale->setObjectName(u"rationale-"_s + slug);
    m_rationale->setPlaceholderText(tr("Why this score?"));
    connect(m_rationale, &QLineEdit::textEdited, this, [this] {
        updateMarker();
        emit edited();
    });
    m_marker = new QLabel(this);
    m_marker->setObjectName(u"marker-"_s + slug);
    m_marker->setFixedWidth(fontMetrics().horizontalAdvance(u"  unsaved  "_s));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(createQuestion(), 3);
    layout->addWidget(createScale(), 0);
    layout->addWidget(m_rationale, 2);
    layout->addWidget(m_marker);
    updateMarker();
}

QWidget* DimensionScoreEditor::createQuestion()
{
    auto* box = new QWidget(this);
    auto* title = new QLabel(u"<b>%1</b>"_s.arg(dimensionTitle(m_dimension).toHtmlEscaped()), box);
    auto* question = new QLabel(dimensionQuestion(m_dimension), box);
    question->setWordWrap(true);
    question->setObjectName(u"question"_s);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(title);
    layout->addWidget(question);
    box->setMinimumWidth(260);
    return box;
}

QWidget* DimensionScoreEditor::createScale()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(0);
    m_group = new QButtonGroup(this);
    const QString low = tr("1: %1").arg(dimensionLowMeaning(m_dimension));
    const QString high = tr("5: %1").arg(dimensionHighMeaning(m_dimension));
    for (int score = MinScore; score <= MaxScore; ++score) {
        auto* button = new QRadioButton(QString::number(score), box);
        button->setObjectName(u"score-%1-%2"_s.arg(dimensionSlug(m_dimension)).arg(score));
        button->setToolTip(score == MinScore ? low : score == MaxScore ? high : QString());
        m_group->addButton(button, score);
        grid->addWidget(button, 0, score - MinScore);
        grid->setColumnMinimumWidth(score - MinScore, ScaleColumnWidth);
    }
    // Both ends on one line under the scale, so every row's buttons line up.
    auto* ends = new QLabel(tr("%1 \u2026 %2").arg(low, high), box);
    ends->setObjectName(u"ends"_s);
    ends->setWordWrap(true);
    QPalette muted = ends->palette();
    for (auto group : {QPalette::Active, QPalette::Inactive})
        muted.setColor(group, QPalette::WindowText, QColor(0x61, 0x61, 0x61));
    ends->setPalette(muted);
    QFont small = ends->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    ends->setFont(small);
    grid->addWidget(ends, 1, 0, 1, MaxScore);
    box->setFixedWidth(ScaleColumnWidth * MaxScore + 8);
    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        updateMarker();
        emit edited();
    });
    return box;
}

void DimensionScoreEditor::load(const std::optional<DimensionScore>& stored)
{
    m_storedScore = stored ? stored->score : 0;
    m_storedRationale = stored ? stored->rationale : QString();
    setScore(m_storedScore);
    m_rationale->setText(m_storedRationale);
    m_rationale->setToolTip(stored ? tr("Scored by %1").arg(stored->scoredBy) : QString());
    updateMarker();
}

int DimensionScoreEditor::score() const
{
    return qMax(0, m_group->checkedId());
}

void DimensionScoreEditor::setScore(int score)
{
    if (score >= MinScore && score <= MaxScore) {
        m_group->button(score)->setChecked(true);
    } else if (QAbstractButton* checked = m_group->checkedButton()) {
        // An exclusive group refuses to uncheck its last button; unscored needs none checked.
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
    updateMarker();
}

QString DimensionScoreEditor::rationale() const
{
    return m_rationale->text().trimmed();
}

void DimensionScoreEditor::setRationale(const QString& rationale)
{
    m_rationale->setText(rationale);
    updateMarker();
}

bool DimensionScoreEditor::isModified() const
{
    return score() != 0 && (score() != m_storedScore || rationale() != m_storedRationale);
}

DimensionScore DimensionScoreEditor::editedScore() const
{
    DimensionScore result;
    result.dimension = m_dimension;
    result.score = score();
    result.rationale = rationale();
    return result;
}

void DimensionScoreEditor::updateMarker()
{
    if (isModified())
        m_marker->setText(tr("unsaved"));
    else if (score() == 0)
        m_marker->setText(tr("unscored"));
    else
        m_marker->clear();
    m_marker->setStyleSheet(isModified() ? u"color: #ef6c00;"_s : u"color: #757575;"_s);
}

} // namespace Gatehouse
