// What starting the console does.
#include "consolestartup.h"

#include "api/client/nextmvservice.h"
#include "api/session/localcheck.h"
#include "nextdeskbuildinfo.h"
#include "ui/mainwindow.h"
#include "ui/widgets/icons.h"

#include <QApplication>
#include <QTextStream>

namespace App {

namespace {

const QString profileName = QStringLiteral("profile");
const QString endpointName = QStringLiteral("endpoint");
const QString appName = QStringLiteral("app");
const QString checkLocalName = QStringLiteral("check-local");

} // namespace

ConsoleStartup::Identity::Identity()
{
    QApplication::setApplicationName(QStringLiteral("nextdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("NextDesk"));
    QApplication::setOrganizationName(QStringLiteral("NextDesk"));
    QApplication::setApplicationVersion(QStringLiteral(NEXTDESK_VERSION));
    // Wayland and the task managers match windows to io.nextdesk.NextDesk.desktop through this.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.nextdesk.NextDesk"));
    QApplication::setWindowIcon(Ui::Icons::application());
}

ConsoleStartup::ConsoleStartup(const QStringList &arguments)
{
    // Before the command line is parsed, so --help is in the user's language too.
    m_translations.install(m_preferences.language()); // empty: the system's languages

    m_parser.setApplicationDescription(QApplication::translate(
        "main",
        "A desktop console for Nextmv decision applications.\n"
        "Without options it opens the last connection, or the built-in Local server."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(
        {{profileName,
          QApplication::translate("main", "Open the connection named NAME (e.g. Local)."),
          QStringLiteral("NAME")},
         {endpointName,
          QApplication::translate("main",
                                  "Connect to the Nextmv API at URL; the API key is read "
                                  "from the NEXTMV_API_KEY environment variable."),
          QStringLiteral("URL")},
         {appName, QApplication::translate("main", "Show the application APP_ID."),
          QStringLiteral("APP_ID")},
         {checkLocalName,
          QApplication::translate("main",
                                  "Check the built-in Local server without opening a window: "
                                  "start it, install the sample app, wait for its runs, print "
                                  "the programs used and stop it again.")}});
    m_parser.process(arguments);

    if (m_preferences.theme() != Ui::Preferences::Theme::System)
        m_theme.setTheme(m_preferences.theme()); // System: leave the platform's look untouched
    QObject::connect(&m_preferences, &Ui::Preferences::themeChanged, &m_theme,
                     &Ui::ThemeController::setTheme);
}

ConsoleStartup::~ConsoleStartup()
{
    m_window.reset(); // before the connection it shows
}

bool ConsoleStartup::checkLocalRequested() const
{
    return m_parser.isSet(checkLocalName);
}

int ConsoleStartup::checkLocal()
{
    // A check, not a choice of connection: the console still opens the last one next time.
    const QString lastProfile = m_profiles.lastProfile();
    Api::LocalCheck check(m_connections);
    QObject::connect(&check, &Api::LocalCheck::finished, qApp,
                     [](bool passed, const QString &report) {
                         QTextStream(passed ? stdout : stderr) << report << Qt::endl;
                         QApplication::exit(passed ? 0 : 1);
                     });
    check.start();
    const int code = QApplication::exec();
    m_connections.shutdown();
    m_profiles.setLastProfile(lastProfile);
    return code;
}

void ConsoleStartup::openWindow()
{
    // Connecting first where nothing the connection reports can be missed (the window takes
    // its state and service when built): a Local server starts, or the first GETs go out, while
    // the window is built.
    const bool connected = connectBeforeTheWindow();
    m_window = std::make_unique<Ui::MainWindow>(m_connections, m_profiles, m_keys, m_preferences);
    Ui::MainWindow *window = m_window.get();
    QObject::connect(&m_keys, &Ui::KeychainKeyStore::keychainUnavailable, window,
                     [window](const QString &reason) {
                         window->reportError(Api::Error::io(
                             QApplication::translate("main",
                                                     "No system keychain (%1): API keys "
                                                     "are kept for this session only.")
                                 .arg(reason)));
                     });
    window->setPreferredApplication(m_parser.value(appName));
    window->show();
    if (connected)
        return;

    // A profile with its key in the keychain: it may ask for the key, which needs the window.
    const QString name = startupProfileName();
    const auto profile = m_profiles.profile(name);
    if (!profile)
        window->reportError(Api::Error::validation(
            QApplication::translate("main",
                                    "There is no connection named '%1'; opening "
                                    "Local.")
                .arg(name)));
    m_connections.connectTo(profile.value_or(Api::ConnectionProfile::local()));
}

QString ConsoleStartup::startupProfileName() const
{
    return m_parser.isSet(profileName) ? m_parser.value(profileName)
                                       : m_preferences.startupConnection();
}

bool ConsoleStartup::connectBeforeTheWindow()
{
    if (m_parser.isSet(endpointName)) {
        m_connections.connectToEndpoint(QUrl::fromUserInput(m_parser.value(endpointName)),
                                        qgetenv("NEXTMV_API_KEY"));
    } else {
        const auto profile = m_profiles.profile(startupProfileName());
        if (!profile || profile->kind != Api::ConnectionProfile::Kind::Local)
            return false;
        m_connections.connectTo(*profile);
    }
    // The app the window will show: the one asked for, or the one shown last (as the window
    // picks it).
    if (Api::NextmvService *service = m_connections.service()) {
        const QString app = m_parser.isSet(appName)
            ? m_parser.value(appName)
            : m_profiles.lastApplication(m_connections.profile().name);
        service->sendAhead(app);
        // QNetworkAccessManager starts its requests from the event loop: one turn of it now
        // puts them on the wire before building the window takes the thread.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    return true;
}

int ConsoleStartup::exec()
{
    const int code = QApplication::exec();
    m_connections.shutdown();
    return code;
}

} // namespace App
