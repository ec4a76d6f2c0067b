// nextdesk: the desktop console for Nextmv decision apps. Parses the command line, picks the
// connection, and shows the main window.
#include "api/session/connectionmanager.h"
#include "api/session/connectionprofile.h"
#include "ui/keychainkeystore.h"
#include "ui/mainwindow.h"
#include "ui/preferences/preferences.h"
#include "ui/theme/themecontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nextdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("NextDesk"));
    QApplication::setOrganizationName(QStringLiteral("NextDesk"));
    QApplication::setApplicationVersion(QStringLiteral(NEXTDESK_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("nextdesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
    parser.addOptions({profileOption, endpointOption, appOption});
    parser.process(app);

    QSettings settings;
    Api::ProfileStore profiles(settings);
    Ui::Preferences preferences(settings, profiles);
    Ui::ThemeController theme;
    if (preferences.theme() != Ui::Preferences::Theme::System)
        theme.setTheme(preferences.theme()); // System: leave the platform's look untouched
    QObject::connect(&preferences, &Ui::Preferences::themeChanged, &theme,
                     &Ui::ThemeController::setTheme);
    Ui::KeychainKeyStore keys;
    Api::ConnectionManager connections(profiles, keys);
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
