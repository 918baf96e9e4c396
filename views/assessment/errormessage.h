// How the assessment views tell the user that the store refused a change: a window-modal box
// that does not block the caller, so a refusal never stalls the event loop.
#pragma once

#include <QString>

class QWidget;

namespace Gatehouse {

// Opens a warning box named "errorMessage" over parent, with the store's own message as text.
void showError(QWidget* parent, const QString& title, const QString& message);

} // namespace Gatehouse
