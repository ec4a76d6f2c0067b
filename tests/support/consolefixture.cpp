// Test support for GUI tests.
#include "consolefixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QTimer>

#include <functional>

namespace TestSupport {

namespace {

// Waits (up to 2 s) for a modal message box, then lets `answer` click one of its buttons.
void answerNextBox(std::function<QAbstractButton *(QMessageBox *)> answer)
{
    QTimer::singleShot(50, [answer] {
        for (int i = 0; i < 100; ++i) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                if (QAbstractButton *button = answer(box))
                    button->click();
                return;
            }
            QTest::qWait(20);
        }
    });
}

} // namespace

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    answerNextBox([button](QMessageBox *box) { return box->button(button); });
}

void answerNextMessageBox(const QString &buttonText)
{
    answerNextBox([buttonText](QMessageBox *box) -> QAbstractButton * {
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == buttonText)
                return button;
        }
        return nullptr;
    });
}

} // namespace TestSupport
