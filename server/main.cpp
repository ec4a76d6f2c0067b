// nextdesk-server: a local server speaking the Nextmv Cloud applications API that really runs
// decision apps. Entry point: command line, then serve or push.
#include "execution/executablestore.h"
#include "nextdeskbuildinfo.h"
#include "nextdeskserver.h"
#include "pushcommand.h"
#include "security/secretfile.h"
#include "store/datastore.h"
#include "store/privatefiles.h"
#include "terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "nextdesk-server: " << message << Qt::endl;
    return 1;
}

bool parseListen(const QString &text, QHostAddress &host, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString hostText = text.left(colon);
    if (hostText.startsWith(QLatin1Char('[')) && hostText.endsWith(QLatin1Char(']')))
        hostText = hostText.mid(1, hostText.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    if (hostText == QLatin1String("localhost"))
        hostText = QStringLiteral("127.0.0.1");
    if (!host.setAddress(hostText))
        return false;
    port = quint16(value);
    return true;
}

int runPush(const QCommandLineParser &parser, const QString &dataDir)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(QStringLiteral("push needs exactly one PATH (an app folder or an executable)"));
    Server::PushRequest request;
    request.appId = parser.value(QStringLiteral("app"));
    request.appName = parser.value(QStringLiteral("name"));
    request.path = positional.at(1);
    request.versionId = parser.value(QStringLiteral("version-id"));
    request.instanceId = parser.value(QStringLiteral("instance-id"));
    request.makeDefault = parser.isSet(QStringLiteral("default"));
    request.onlyIfMissing = parser.isSet(QStringLiteral("if-missing"));
    if (request.appId.isEmpty())
        return fail(QStringLiteral("push needs --app APP_ID"));
    for (const QString &option : parser.values(QStringLiteral("option"))) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(QStringLiteral("--option takes name=value, got '%1'").arg(option));
        request.instanceOptions.insert(option.left(eq), option.mid(eq + 1));
    }
    Server::DataStore store(dataDir);
    if (auto opened = store.open(); !opened)
        return fail(opened.error().message);
    Server::ExecutableStore executables(dataDir);
    auto result = Server::push(store, executables, request);
    if (!result)
        return fail(result.error().message);
    if (result->skipped) {
        out() << "app " << request.appId << " already has it; nothing pushed" << Qt::endl;
        return 0;
    }
    out() << "pushed " << request.path << " to app " << request.appId << " as "
          << result->executableId;
    if (!request.versionId.isEmpty())
        out() << ", version " << request.versionId;
    if (!request.instanceId.isEmpty())
        out() << ", instance " << request.instanceId;
    out() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Everything this process creates in the data dir is the owner's alone, including what
    // is not created through PrivateFiles: SQLite's files, the lock, extracted bundles. The
    // apps it runs inherit the umask, so what they write beside their code is private too.
    ::umask(077);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nextdesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("NextDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEXTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local server speaking the Nextmv Cloud applications API that really runs decision "
        "apps.\n\n"
        "Serve:        nextdesk-server [--data-dir DIR] [--listen HOST:PORT] [--strict]\n"
        "Print key:    nextdesk-server --data-dir DIR --print-api-key\n"
        "Push an app:  nextdesk-server push --data-dir DIR --app APP_ID [--version-id ID "
        "[--instance-id ID [--option NAME=VALUE]... [--default]]] PATH\n\n"
        "With --listen HOST:0 a free port is chosen; the first line on stdout is always\n"
        "'listening on http://HOST:PORT'. Every API call needs 'Authorization: Bearer KEY'\n"
        "with the key from --print-api-key (created on first start, owner-only file\n"
        "DIR/api-key). SIGTERM/SIGINT stop the server cleanly."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("Optional: 'push' to install app code."),
                                 QStringLiteral("[push PATH]"));
    const QString defaultDataDir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    parser.addOptions({
        {QStringLiteral("data-dir"),
         QStringLiteral("Where the database, payloads and apps live (default: %1).")
             .arg(defaultDataDir),
         QStringLiteral("DIR"), defaultDataDir},
        {QStringLiteral("listen"),
         QStringLiteral("Address to serve on (default 127.0.0.1:8547; port 0 picks a free one)."),
         QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8547")},
        {QStringLiteral("print-api-key"),
         QStringLiteral("Print the API key of the data dir (creating it if needed) and exit.")},
        {QStringLiteral("workers"),
         QStringLiteral("Runs executed at once (default: number of cores)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("time-limit"),
         QStringLiteral("Default time limit of a run in seconds, when its execution class names "
                        "none (default 3600)."),
         QStringLiteral("SECONDS"), QStringLiteral("3600")},
        {QStringLiteral("upload-limit"),
         QStringLiteral("Largest upload taken, in MB (default 500, Nextmv Cloud's limit)."),
         QStringLiteral("MB"), QStringLiteral("500")},
        {QStringLiteral("verbose"), QStringLiteral("Log every request to stderr.")},
        {QStringLiteral("header-timeout"),
         QStringLiteral("Seconds a client may take to send a request's headers (default 10)."),
         QStringLiteral("SECONDS"), QStringLiteral("10")},
        {QStringLiteral("body-timeout"),
         QStringLiteral("Seconds a request body or a response may stall (default 30)."),
         QStringLiteral("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("idle-timeout"),
         QStringLiteral("Seconds a kept-alive connection may wait for its next request "
                        "(default 60)."),
         QStringLiteral("SECONDS"), QStringLiteral("60")},
        {QStringLiteral("max-connections"),
         QStringLiteral("Connections served at once; more are answered 503 (default 256)."),
         QStringLiteral("N"), QStringLiteral("256")},
        {QStringLiteral("test-clock"),
         QStringLiteral("For tests only: serve /nextdesk/v1/test/clock, which sets the clock that "
                        "schedules shadow and switchback tests.")},
        {QStringLiteral("strict"),
         QStringLiteral("Refuse (400, naming the field) API requests Nextmv's Python SDK would "
                        "never send, which Nextmv Cloud may refuse: creates without a non-empty "
                        "id or name, empty ID references, fields the API reference does not "
                        "list, an input that contradicts its declared format, option values "
                        "that are not strings, a missing configuration, format or ensemble "
                        "description, and bodies not sent as application/json. /nextdesk/v1 "
                        "routes are exempt. Without it the server is lenient.")},
        {QStringLiteral("app"), QStringLiteral("push: the application ID (created if missing)."),
         QStringLiteral("APP_ID")},
        {QStringLiteral("name"), QStringLiteral("push: the application's name when created."),
         QStringLiteral("NAME")},
        {QStringLiteral("version-id"), QStringLiteral("push: also create this version."),
         QStringLiteral("VERSION_ID")},
        {QStringLiteral("instance-id"),
         QStringLiteral("push: also create or update this instance on the version."),
         QStringLiteral("INSTANCE_ID")},
        {QStringLiteral("option"), QStringLiteral("push: an instance option (repeatable)."),
         QStringLiteral("NAME=VALUE")},
        {QStringLiteral("default"), QStringLiteral("push: make the instance the app's default.")},
        {QStringLiteral("if-missing"),
         QStringLiteral("push: do nothing when the version (or the app) already exists.")},
    });
    parser.process(app);

    const QString dataDir = QDir(parser.value(QStringLiteral("data-dir"))).absolutePath();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() == QLatin1String("push"))
            return runPush(parser, dataDir);
        return fail(QStringLiteral("unknown command '%1' (see --help)").arg(positional.first()));
    }

    if (parser.isSet(QStringLiteral("print-api-key"))) {
        if (!Server::PrivateFiles::makePath(dataDir))
            return fail(QStringLiteral("cannot create %1").arg(dataDir));
        auto key =
            Server::SecretFile::loadOrCreate(Server::NextdeskServer::apiKeyPath(dataDir), "nd_");
        if (!key)
            return fail(key.error().message);
        out() << key.value() << Qt::endl;
        return 0;
    }

    Server::ServerSettings settings;
    settings.dataDir = dataDir;
    if (!parseListen(parser.value(QStringLiteral("listen")), settings.host, settings.port))
        return fail(QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:8547"));
    bool ok = false;
    settings.workers = parser.value(QStringLiteral("workers")).toInt(&ok);
    if (!ok || settings.workers < 0)
        return fail(QStringLiteral("--workers takes a number"));
    const double limit = parser.value(QStringLiteral("time-limit")).toDouble(&ok);
    if (!ok || limit <= 0)
        return fail(QStringLiteral("--time-limit takes a positive number of seconds"));
    settings.defaultTimeLimitMs = qint64(limit * 1000);
    const qint64 uploadLimitMb = parser.value(QStringLiteral("upload-limit")).toLongLong(&ok);
    if (!ok || uploadLimitMb < 1 || uploadLimitMb > 1024 * 1024)
        return fail(QStringLiteral("--upload-limit takes a positive number of MB"));
    settings.uploadLimit = uploadLimitMb * 1024 * 1024;
    for (const auto &[option, target] :
         {std::pair{"header-timeout", &settings.http.headerTimeoutMs},
          std::pair{"body-timeout", &settings.http.bodyTimeoutMs},
          std::pair{"idle-timeout", &settings.http.idleTimeoutMs}}) {
        const double seconds = parser.value(QLatin1String(option)).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600)
            return fail(QStringLiteral("--%1 takes a positive number of seconds")
                            .arg(QLatin1String(option)));
        *target = int(seconds * 1000);
    }
    settings.http.maxConnections = parser.value(QStringLiteral("max-connections")).toInt(&ok);
    if (!ok || settings.http.maxConnections < 1)
        return fail(QStringLiteral("--max-connections takes a positive number"));
    settings.verbose = parser.isSet(QStringLiteral("verbose"));
    settings.testClock = parser.isSet(QStringLiteral("test-clock"));
    settings.strict = parser.isSet(QStringLiteral("strict"));

    Server::NextdeskServer server(settings);
    auto port = server.start();
    if (!port)
        return fail(port.error().message);
    const QString host = settings.host.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + settings.host.toString() + QLatin1Char(']')
        : settings.host.toString();
    out() << "listening on http://" << host << ':' << port.value() << Qt::endl;
    if (!settings.host.isLoopback())
        err() << "nextdesk-server: warning: serving on a non-loopback address; anyone who can "
                 "reach it and knows the API key can run code here"
              << Qt::endl;
    Server::quitOnTerminationSignals();
    QObject::connect(&server, &Server::NextdeskServer::shutdownRequested, &app,
                     &QCoreApplication::quit);
    const int code = QCoreApplication::exec();
    server.stop();
    out() << "nextdesk-server stopped" << Qt::endl;
    return code;
}
