// nextdesk: the desktop console for Nextmv decision apps. Parses the command line, picks the
// connection, and shows the main window.
#include "api/session/connectionmanager.h"
#include "api/session/connectionprofile.h"
#include "api/session/localcheck.h"
#include "nextdeskbuildinfo.h"
#include "translations/translationcatalog.h"
#include "ui/keychainkeystore.h"
#include "ui/mainwindow.h"
#include "ui/preferences/preferences.h"
#include "ui/theme/themecontroller.h"
#include "ui/widgets/icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nextdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("NextDesk"));
    QApplication::setOrganizationName(QStringLiteral("NextDesk"));
    QApplication::setApplicationVersion(QStringLiteral(NEXTDESK_VERSION));
    // Wayland and the task managers match windows to io.nextdesk.NextDesk.desktop through this.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.nextdesk.NextDesk"));
    QApplication::setWindowIcon(Ui::Icons::application());

    QSettings settings;
    Api::ProfileStore profiles(settings);
    Ui::Preferences preferences(settings, profiles);
    // Before the command line is parsed, so --help is in the user's language too.
    I18n::TranslationCatalog translations;
    translations.install(preferences.language()); // empty: the system's languages

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "A desktop console for Nextmv decision applications.\n"
        "Without options it opens the last connection, or the built-in Local server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "Open the connection named NAME (e.g. Local)."),
        QStringLiteral("NAME"));
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint"),
        QApplication::translate("main",
                                "Connect to the Nextmv API at URL; the API key is read "
                                "from the NEXTMV_API_KEY environment variable."),
        QStringLiteral("URL"));
    const QCommandLineOption appOption(
        QStringLiteral("app"), QApplication::translate("main", "Show the application APP_ID."),
        QStringLiteral("APP_ID"));
    const QCommandLineOption checkLocalOption(
        QStringLiteral("check-local"),
        QApplication::translate("main",
                                "Check the built-in Local server without opening a window: "
                                "start it, install the sample app, wait for its runs, print "
                                "the programs used and stop it again."));
    parser.addOptions({profileOption, endpointOption, appOption, checkLocalOption});
    parser.process(app);

    Ui::ThemeController theme;
    if (preferences.theme() != Ui::Preferences::Theme::System)
        theme.setTheme(preferences.theme()); // System: leave the platform's look untouched
    QObject::connect(&preferences, &Ui::Preferences::themeChanged, &theme,
                     &Ui::ThemeController::setTheme);
    Ui::KeychainKeyStore keys;
    Api::ConnectionManager connections(profiles, keys);

    if (parser.isSet(checkLocalOption)) {
        // A check, not a choice of connection: the console still opens the last one next time.
        const QString lastProfile = profiles.lastProfile();
        Api::LocalCheck check(connections);
        QObject::connect(&check, &Api::LocalCheck::finished, &app,
                         [](bool passed, const QString &report) {
                             QTextStream(passed ? stdout : stderr) << report << Qt::endl;
                             QApplication::exit(passed ? 0 : 1);
                         });
        check.start();
        const int code = QApplication::exec();
        connections.shutdown();
        profiles.setLastProfile(lastProfile);
        return code;
    }

    Ui::MainWindow window(connections, profiles, keys, preferences);
    QObject::connect(&keys, &Ui::KeychainKeyStore::keychainUnavailable, &window,
                     [&window](const QString &reason) {
                         window.reportError(Api::Error::io(
                             QApplication::translate("main",
                                                     "No system keychain (%1): API keys "
                                                     "are kept for this session only.")
                                 .arg(reason)));
                     });
    window.setPreferredApplication(parser.value(appOption));
    window.show();

    if (parser.isSet(endpointOption)) {
        connections.connectToEndpoint(QUrl::fromUserInput(parser.value(endpointOption)),
                                      qgetenv("NEXTMV_API_KEY"));
    } else {
        const QString name = parser.isSet(profileOption) ? parser.value(profileOption)
                                                         : preferences.startupConnection();
        const auto profile = profiles.profile(name);
        if (!profile)
            window.reportError(Api::Error::validation(
                QApplication::translate("main",
                                        "There is no connection named '%1'; opening "
                                        "Local.")
                    .arg(name)));
        connections.connectTo(profile.value_or(Api::ConnectionProfile::local()));
    }
    const int code = QApplication::exec();
    connections.shutdown();
    return code;
}
