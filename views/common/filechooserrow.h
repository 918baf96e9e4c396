// A line edit for a file path with a "Browse..." button beside it, as the report dialogs and the
// connect dialog use.
#pragma once

#include <QString>

#include <functional>

class QLineEdit;
class QWidget;

namespace Gatehouse {

// Names the edit `name` and the button `name` + "Browse"; browse runs when the button is pressed.
QWidget* fileChooserRow(QWidget* parent, QLineEdit* edit, const QString& name,
                        const std::function<void()>& browse);

} // namespace Gatehouse
