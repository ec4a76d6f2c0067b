// Test support for GUI tests.
#include "consolefixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QTimer>

namespace TestSupport {

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(50, [button] {
        for (int i = 0; i < 100; ++i) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(button)->click();
                return;
            }
            QTest::qWait(20);
        }
    });
}

} // namespace TestSupport
