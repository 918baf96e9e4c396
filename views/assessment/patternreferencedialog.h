// The three deployment patterns side by side on the aspects a reviewer weighs, with the one the
// current matrix recommends picked out.
#pragma once

#include "models/assessment/decisionmatrix.h"

#include <QDialog>

#include <optional>

class QTableWidget;

namespace Gatehouse {

class PatternReferenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PatternReferenceDialog(std::optional<Band> recommended, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    void highlight(Band band);

    QTableWidget* m_table = nullptr;
};

} // namespace Gatehouse
