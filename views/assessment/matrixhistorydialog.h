// Every scoring of a deployment's matrix, newest first, so a reviewer can see how and by whom
// the recommendation came about.
#pragma once

#include "models/assessment/decisionmatrix.h"

#include <QDialog>
#include <QList>

namespace Gatehouse {

class MatrixHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MatrixHistoryDialog(const QList<DimensionScore>& history, QWidget* parent = nullptr);
};

} // namespace Gatehouse
