// What starting the console does, shared by main() and the start-up bench (so the bench
// measures what a user launches): names the application, reads the settings, installs the
// translations, parses the command line, applies the theme, and then either runs the Local
// server check or opens the main window on the chosen connection.
#pragma once

#include "api/session/connectionmanager.h"
#include "api/session/connectionprofile.h"
#include "translations/translationcatalog.h"
#include "ui/keychainkeystore.h"
#include "ui/preferences/preferences.h"
#include "ui/theme/themecontroller.h"

#include <QCommandLineParser>
#include <QSettings>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace App {

class ConsoleStartup final
{
    Q_DISABLE_COPY_MOVE(ConsoleStartup)

public:
    // Parses the command line, QCoreApplication::arguments() in nextdesk (exits the process for
    // --help and --version).
    explicit ConsoleStartup(const QStringList &arguments);
    ~ConsoleStartup();

    bool checkLocalRequested() const;
    // Starts the Local server, installs the sample, prints the report; the exit code.
    int checkLocal();
    // Shows the main window and connects as the command line or the preferences say.
    void openWindow();
    Ui::MainWindow *window() const { return m_window.get(); }
    // Runs the event loop, then lets the connection go (stopping a Local server it started).
    int exec();

private:
    // Makes the connection where it reports nothing the window must show (the command line's
    // endpoint, a Local profile); false: it is made once the window is there.
    bool connectBeforeTheWindow();
    // --profile, or else the one the preferences start with.
    QString startupProfileName() const;

    // Names the application first: the settings and the keychain entries are filed under it.
    struct Identity
    {
        Identity();
    };

    Identity m_identity;
    QSettings m_settings;
    Api::ProfileStore m_profiles{m_settings};
    Ui::Preferences m_preferences{m_settings, m_profiles};
    I18n::TranslationCatalog m_translations;
    QCommandLineParser m_parser;
    Ui::ThemeController m_theme;
    Ui::KeychainKeyStore m_keys;
    Api::ConnectionManager m_connections{m_profiles, m_keys};
    std::unique_ptr<Ui::MainWindow> m_window;
};

} // namespace App
