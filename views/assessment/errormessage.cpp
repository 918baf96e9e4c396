// The shared refusal box of the assessment views.
#include "errormessage.h"

#include <QMessageBox>

namespace Gatehouse {

using namespace Qt::StringLiterals;

void showError(QWidget* parent, const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setObjectName(u"errorMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Gatehouse
