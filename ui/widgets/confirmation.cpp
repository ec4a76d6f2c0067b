// The one way the console asks before acting.
#include "confirmation.h"

#include <QPushButton>

namespace Ui {

void askThen(QWidget *parent, const Confirmation &question, std::function<void()> onYes)
{
    auto *box = new QMessageBox(question.icon, question.title, question.text,
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setInformativeText(question.informativeText);
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(question.yesText);
    if (!question.noText.isEmpty())
        box->button(QMessageBox::No)->setText(question.noText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::accepted, parent, std::move(onYes));
    box->open();
}

} // namespace Ui
