// Deals with the modal dialogs a widget opens from inside an action: the handler runs in the
// dialog's own event loop as soon as the dialog is on screen, and must close it.
#pragma once

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <functional>

template <typename Dialog> void whenDialogShows(std::function<void(Dialog*)> handler)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, handler] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<Dialog*>(window);
            if (dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                handler(dialog);
                return;
            }
        }
    });
    timer->start();
}

// Presses a standard button of the dialog's button box.
inline void pressButton(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    const auto boxes = dialog->findChildren<QDialogButtonBox*>();
    for (QDialogButtonBox* box : boxes) {
        if (QPushButton* button = box->button(which)) {
            button->click();
            return;
        }
    }
}
