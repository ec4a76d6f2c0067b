// P1: console start to the first page of runs shown, next to an empty QMainWindow (the floor),
// both as fresh processes; median of 5 (3 with --quick). Each child prints its resident set
// size at that moment, for the check that the console takes at most twice the empty window's.
//
// The console child runs App::ConsoleStartup, the code of nextdesk's main(): application
// names, the user's settings (a fresh, empty settings dir per start: a first start), the
// translations, the command line, the theme, the keychain key store, the main window, the
// connection. It is started as a user would start it on a server of their own:
// `--endpoint URL --app test` with the key in NEXTMV_API_KEY, so no keychain prompt waits.
// "Shown" is the first paint of the runs table once it holds rows; the floor's is the first
// paint of the empty window.
// The server holds 10,000 finished runs (50 with --quick: one page), seeded by bench_seed.
// Usage: bench_console [--quick]
#include "consolestartup.h"
#include "models/runs/runlistmodel.h"
#include "support/benchreport.h"
#include "support/serverprocess.h"
#include "ui/mainwindow.h"
#include "ui/runs/runstab.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace TestSupport;

namespace {

QTextStream out(stdout);

const QByteArray shownLine = "shown ";

// Calls `shown` once, after the first paint of a widget that `isTarget` accepts.
class FirstPaint : public QObject
{
public:
    FirstPaint(std::function<bool(QObject *)> isTarget, std::function<void()> shown)
        : m_isTarget(std::move(isTarget))
        , m_shown(std::move(shown))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && m_isTarget(watched)) {
            m_seen = true;
            // Reported once this paint is done and the event loop is back.
            QTimer::singleShot(0, this, m_shown);
        }
        return false;
    }

private:
    std::function<bool(QObject *)> m_isTarget;
    std::function<void()> m_shown;
    bool m_seen = false;
};

void reportShownAndQuit()
{
    out << shownLine << Bench::residentMb() << Qt::endl;
    QCoreApplication::quit();
}

int childEmptyWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    FirstPaint painted([&window](QObject *o) { return o == &window; }, reportShownAndQuit);
    window.show();
    return QApplication::exec();
}

// argv without the child-mode argument: the console parses the rest as nextdesk would.
int childConsole(int argc, char *argv[])
{
    QList<char *> arguments{argv[0]};
    for (int i = 2; i < argc; ++i)
        arguments.append(argv[i]);
    int count = int(arguments.size());
    arguments.append(nullptr);
    QApplication app(count, arguments.data());
    App::ConsoleStartup console(QApplication::arguments());
    console.openWindow();
    Ui::MainWindow *window = console.window();
    FirstPaint painted(
        [window](QObject *o) {
            const Ui::RunsTab *runs = window->runsTab();
            return runs && o == runs->table()->viewport() && runs->model() &&
                runs->model()->rowCount() > 0;
        },
        reportShownAndQuit);
    return console.exec();
}

struct Start
{
    double ms = 0;
    double residentMb = 0;
};

// A fresh process until it prints what it showed; ms = 0 when it never did.
Start spawnUntilShown(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QElapsedTimer clock;
    clock.start();
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    QByteArray output;
    while (!output.contains('\n') && child.waitForReadyRead(30000))
        output += child.readAllStandardOutput();
    Start start;
    if (output.startsWith(shownLine)) {
        start.ms = clock.nsecsElapsed() / 1e6;
        start.residentMb = output.mid(shownLine.size()).trimmed().toDouble();
    }
    if (!child.waitForFinished(10000))
        child.kill();
    return start;
}

// Settings, data and cache of one start: empty, as on a first start.
QProcessEnvironment freshUserDirs(const QTemporaryDir &home, int start)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QDir dir(home.path());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path =
            dir.filePath(QStringLiteral("%1/%2").arg(start).arg(QLatin1String(variable)));
        QDir().mkpath(path);
        environment.insert(QLatin1String(variable), path);
    }
    return environment;
}

bool seedRuns(ServerProcess &server, int runs)
{
    if (!server.push({QStringLiteral("--app"), QStringLiteral("test"),
                      QStringLiteral("--version-id"), QStringLiteral("v1"),
                      QStringLiteral("--instance-id"), QStringLiteral("main"),
                      QStringLiteral("--default"), testAppExecutable()}))
        return false;
    QProcess seed;
    seed.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    seed.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench_seed")),
               {server.dataDir(), QStringLiteral("test"), QString::number(runs)});
    return seed.waitForFinished(600000) && seed.exitStatus() == QProcess::NormalExit &&
        seed.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && QByteArray(argv[1]) == "--child-empty")
        return childEmptyWindow(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--child-console")
        return childConsole(argc, argv);

    QCoreApplication app(argc, argv);
    const bool quick = Bench::quickScale(argc, argv);
    const int runs = quick ? 50 : 10000;
    const int repetitions = quick ? 3 : 5;

    ServerProcess server;
    if (!seedRuns(server, runs) || !server.start()) {
        Bench::reportFailure(QStringLiteral("P1"),
                             QStringLiteral("could not seed and start nextdesk-server"));
        return 1;
    }
    QTemporaryDir home;
    QList<double> emptyMs, consoleMs, emptyMb, consoleMb;
    for (int i = 0; i < repetitions; ++i) {
        const Start empty =
            spawnUntilShown({QStringLiteral("--child-empty")}, freshUserDirs(home, 2 * i));
        QProcessEnvironment environment = freshUserDirs(home, 2 * i + 1);
        environment.insert(QStringLiteral("NEXTMV_API_KEY"), QString::fromLatin1(server.apiKey()));
        const Start console = spawnUntilShown(
            {QStringLiteral("--child-console"), QStringLiteral("--endpoint"),
             server.baseUrl().toString(), QStringLiteral("--app"), QStringLiteral("test")},
            environment);
        if (empty.ms <= 0 || console.ms <= 0) {
            Bench::reportFailure(QStringLiteral("P1"),
                                 QStringLiteral("a child never reported its first paint"));
            return 1;
        }
        emptyMs.append(empty.ms);
        emptyMb.append(empty.residentMb);
        consoleMs.append(console.ms);
        consoleMb.append(console.residentMb);
    }

    Bench::Figure figure;
    figure.id = QStringLiteral("P1");
    figure.what = QStringLiteral("console start to the first page of %1 runs shown, vs an empty "
                                 "QMainWindow (fresh processes, median of %2)")
                      .arg(runs)
                      .arg(repetitions);
    figure.value = Bench::median(consoleMs);
    figure.floor = Bench::median(emptyMs);
    figure.unit = QStringLiteral("ms");
    figure.target = QStringLiteral("≤ 2× floor");
    figure.limit = 2.0;
    const double consoleRss = Bench::median(consoleMb);
    const double emptyRss = Bench::median(emptyMb);
    figure.checks.append({QStringLiteral("RSS console / empty window (%1 MB / %2 MB)")
                              .arg(consoleRss, 0, 'f', 1)
                              .arg(emptyRss, 0, 'f', 1),
                          emptyRss > 0 ? consoleRss / emptyRss : 0, 2.0, QString(), true});
    Bench::report(figure);
    return 0;
}
