// Test support for GUI tests.
#include "consolefixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <functional>

namespace TestSupport {

bool ConsoleFixture::open(const QUrl &baseUrl, const QByteArray &apiKey, const QString &app,
                          QWidget *tab)
{
    window.setPreferredApplication(app);
    window.show();
    window.findChild<QTabWidget *>()->setCurrentWidget(tab);
    connections.connectToEndpoint(baseUrl, apiKey);
    return QTest::qWaitFor([this, &app] { return window.currentApplication() == app; }, 10000);
}

bool ConsoleFixture::open(const QUrl &baseUrl, const QByteArray &apiKey, const QString &app,
                          Ui::MainWindow::Tab tab)
{
    window.setPreferredApplication(app);
    window.show();
    window.goToTab(tab);
    connections.connectToEndpoint(baseUrl, apiKey);
    return QTest::qWaitFor([this, &app] { return window.currentApplication() == app; }, 10000);
}

namespace {

// Watches for the next modal message box and lets `answer` click one of its buttons. It looks
// until the box is there (a loaded machine may take a while to open it), for 60 s at most, so a
// test whose box never comes fails on its own check instead of leaving a watcher behind.
void answerNextBox(std::function<QAbstractButton *(QMessageBox *)> answer)
{
    auto *watcher = new QTimer(qApp);
    auto *deadline = new QElapsedTimer;
    deadline->start();
    watcher->setInterval(20);
    QObject::connect(watcher, &QTimer::timeout, watcher, [watcher, deadline, answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && deadline->elapsed() < 60000)
            return;
        watcher->stop();
        watcher->deleteLater();
        delete deadline;
        if (box) {
            if (QAbstractButton *button = answer(box))
                button->click();
        }
    });
    watcher->start();
}

QAbstractButton *buttonWithText(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

bool clickOnOpenBox(const std::function<QAbstractButton *(QMessageBox *)> &choose)
{
    QMessageBox *box = waitForDialog<QMessageBox>();
    QAbstractButton *button = box ? choose(box) : nullptr;
    if (!button)
        return false;
    button->click();
    return true;
}

} // namespace

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    answerNextBox([button](QMessageBox *box) { return box->button(button); });
}

void answerNextMessageBox(const QString &buttonText)
{
    answerNextBox([buttonText](QMessageBox *box) { return buttonWithText(box, buttonText); });
}

bool answerOpenMessageBox(QMessageBox::StandardButton button)
{
    return clickOnOpenBox([button](QMessageBox *box) { return box->button(button); });
}

bool answerOpenMessageBox(const QString &buttonText)
{
    return clickOnOpenBox(
        [buttonText](QMessageBox *box) { return buttonWithText(box, buttonText); });
}

} // namespace TestSupport
