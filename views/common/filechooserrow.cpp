// The row is a plain widget with a horizontal layout, so a form layout lines it up with others.
#include "filechooserrow.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Gatehouse {

using namespace Qt::StringLiterals;

QWidget* fileChooserRow(QWidget* parent, QLineEdit* edit, const QString& name,
                        const std::function<void()>& browse)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setObjectName(name);
    layout->addWidget(edit, 1);
    auto* button =
        new QPushButton(QCoreApplication::translate("Gatehouse::FileChooserRow", "Browse..."), row);
    button->setObjectName(name + u"Browse"_s);
    QObject::connect(button, &QPushButton::clicked, row, browse);
    layout->addWidget(button);
    // The form label's shortcut focuses the row; the row hands the focus to its field.
    row->setFocusProxy(edit);
    return row;
}

} // namespace Gatehouse
