// Asking before something destructive or irreversible: a window-modal question opened with
// open(), never exec(), so answers and polls keep arriving while it waits. "No" is the
// default; `onYes` runs only when the user says yes.
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace Ui {

// Every member has a default so designated initializers may leave any out.
struct Confirmation
{
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title = {};
    QString text = {};
    QString yesText = {}; // what the action is called, e.g. "Delete Run"
    QString noText = {}; // Qt's "No" when empty
    QString informativeText = {};
};

void askThen(QWidget *parent, const Confirmation &question, std::function<void()> onYes);

} // namespace Ui
