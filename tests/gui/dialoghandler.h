// Deals with the modal dialogs a widget opens from inside an action: the handler runs in the
// dialog's own event loop as soon as the dialog is on screen, and must close it.
#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <functional>

// A handler whose dialog never shows gives up after a while, so it cannot catch the dialog of a
// later test.
template <typename Dialog> void whenDialogShows(std::function<void(Dialog*)> handler)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    const QDeadlineTimer deadline(30000);
    QObject::connect(timer, &QTimer::timeout, [timer, handler, deadline] {
        if (deadline.hasExpired()) {
            timer->stop();
            timer->deleteLater();
            return;
        }
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
