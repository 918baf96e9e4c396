// One row of the matrix editor: a dimension's question, what its ends mean, a 1 to 5 choice and
// the rationale. It only holds the edit; the matrix editor decides when to save.
#pragma once

#include "models/assessment/decisionmatrix.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;

namespace Gatehouse {

class DimensionScoreEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DimensionScoreEditor(Dimension dimension, QWidget* parent = nullptr);

    Dimension dimension() const { return m_dimension; }
    // Shows the stored score (or none) and forgets any edit.
    void load(const std::optional<DimensionScore>& stored);
    // 0 while unscored.
    int score() const;
    void setScore(int score);
    QString rationale() const;
    void setRationale(const QString& rationale);
    bool isModified() const;
    // The edit as a score to record.
    DimensionScore editedScore() const;

signals:
    void edited();

private:
    QWidget* createQuestion();
    QWidget* createScale();
    void updateMarker();

    Dimension m_dimension;
    QButtonGroup* m_group = nullptr;
    QLineEdit* m_rationale = nullptr;
    QLabel* m_marker = nullptr;
    int m_storedScore = 0;
    QString m_storedRationale;
};

} // namespace Gatehouse
