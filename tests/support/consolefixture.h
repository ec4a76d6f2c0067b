// Test support for GUI tests: a whole console (main window with its own settings, session key
// store and connection manager), answering the next message box as a user would, and finding
// the dialog a click opened.
#pragma once

#include "api/session/connectionmanager.h"
#include "api/session/connectionprofile.h"
#include "api/session/keystore.h"
#include "ui/mainwindow.h"
#include "ui/preferences/preferences.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace TestSupport {

struct ConsoleFixture
{
    // Shows the window on the server's app with `tab` current (tabs poll only while seen);
    // false when the app did not load in time.
    bool open(const QUrl &baseUrl, const QByteArray &apiKey, const QString &app, QWidget *tab);
    // The same with a tab that may not be built yet: it is opened as a user would open it.
    bool open(const QUrl &baseUrl, const QByteArray &apiKey, const QString &app,
              Ui::MainWindow::Tab tab);

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Api::ProfileStore profiles{settings};
    Api::SessionKeyStore keys;
    Api::ConnectionManager connections{profiles, keys};
    Ui::Preferences preferences{settings, profiles};
    Ui::MainWindow window{connections, profiles, keys, preferences};
};

// Clicks `button` on the next modal message box that opens (within 2 s).
void answerNextMessageBox(QMessageBox::StandardButton button);
// Clicks the button with this text on the next modal message box (for boxes with own buttons).
void answerNextMessageBox(const QString &buttonText);

// Clicks `button` (or the button with this text) on the message box that is open, waiting for it
// up to 4 s: for a question opened with open(), after the call that asks has returned. False
// when no box (or no such button) showed.
bool answerOpenMessageBox(QMessageBox::StandardButton button);
bool answerOpenMessageBox(const QString &buttonText);

// The visible top-level dialog of this type once it has opened (within 4 s), or nullptr.
template<typename T>
T *waitForDialog()
{
    for (int i = 0; i < 200; ++i) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
                return d;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

} // namespace TestSupport
