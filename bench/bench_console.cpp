// Benchmark of the console. Prints figures (not a test):
//  1. time to an interactive main window (connected, first page of runs shown) next to the
//     start-up of an empty QMainWindow, both as fresh processes, median of 5;
//  2. pages per second listing 10k+ runs through the runs model next to one bare curl process
//     fetching the same pages over one connection (the floor);
//  3. the longest event-loop stall while opening a 100 MB output in the run detail view.
// Usage: bench_console [runs=10000]
#include "api/client/nextmvclient.h"
#include "api/session/connectionmanager.h"
#include "api/session/keystore.h"
#include "models/runs/runlistmodel.h"
#include "support/consolefixture.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/mainwindow.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runstab.h"
#include "ui/widgets/jsonviewer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace TestSupport;

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void waitUntil(const std::function<bool()> &done, int timeoutMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// A console window on throw-away settings and a session key store.
struct Console : ConsoleFixture
{
    void open(const QUrl &url, const QByteArray &key, const QString &app)
    {
        window.setPreferredApplication(app);
        window.show();
        connections.connectToEndpoint(url, key);
    }
};

// Child modes: print "interactive" once ready, then quit.
int childEmptyWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    QTimer::singleShot(0, &window, [] {
        out << "interactive" << Qt::endl;
        QCoreApplication::quit();
    });
    return QApplication::exec();
}

int childConsole(int argc, char *argv[], const QUrl &url, const QByteArray &key)
{
    QApplication app(argc, argv);
    Console console;
    console.open(url, key, QStringLiteral("test"));
    Ui::MainWindow &window = console.window;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&window] {
        const auto *model = window.runsTab()->model();
        if (model && model->rowCount() > 0) {
            out << "interactive" << Qt::endl;
            QCoreApplication::quit();
        }
    });
    poll.start(1);
    return QApplication::exec();
}

double spawnUntilInteractive(const QStringList &arguments)
{
    QElapsedTimer clock;
    clock.start();
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForStarted();
    while (!child.readAllStandardOutput().contains("interactive") &&
           child.waitForReadyRead(30000)) { }
    const double ms = clock.nsecsElapsed() / 1e6;
    child.waitForFinished(10000);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && QByteArray(argv[1]) == "--child-empty")
        return childEmptyWindow(argc, argv);
    if (argc > 3 && QByteArray(argv[1]) == "--child-console")
        return childConsole(argc, argv, QUrl(QString::fromLocal8Bit(argv[2])), argv[3]);

    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;

    ServerProcess server;
    if (!startWithTestApp(server, {QStringLiteral("--workers"), QStringLiteral("2")})) {
        out << "could not start nextdesk-server" << Qt::endl;
        return 1;
    }
    HttpTestClient http(server.baseUrl(), server.apiKey());
    out << "creating " << runs << " runs…" << Qt::endl;
    QString last;
    for (int i = 0; i < runs; ++i)
        last =
            http.createRun(QStringLiteral("test"), QStringLiteral("main"),
                           {{QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), i}}}});
    http.waitForRun(QStringLiteral("test"), last, 600000);
    waitUntil([&] {
        return http.get(QStringLiteral("/v1/account/queue"))
            .object()
            .value(QStringLiteral("runs"))
            .toArray()
            .isEmpty();
    });

    // 1. Time to interactive.
    QList<double> empty, withRuns;
    for (int i = 0; i < 5; ++i) {
        empty.append(spawnUntilInteractive({QStringLiteral("--child-empty")}));
        withRuns.append(
            spawnUntilInteractive({QStringLiteral("--child-console"), server.baseUrl().toString(),
                                   QString::fromLatin1(server.apiKey())}));
    }
    out << "1. time to interactive (median of 5, fresh processes):" << Qt::endl;
    out << "   empty QMainWindow:                 " << QString::number(median(empty), 'f', 1)
        << " ms" << Qt::endl;
    out << "   console, first page of runs shown: " << QString::number(median(withRuns), 'f', 1)
        << " ms" << Qt::endl;
    out << "   ratio console/empty:               "
        << QString::number(median(withRuns) / median(empty), 'f', 2) << Qt::endl;

    // 2. Paging: the model through the client vs one curl over the same pages.
    Api::NextmvClient client(server.baseUrl(), server.apiKey());
    Models::RunListModel model(client);
    QElapsedTimer clock;
    clock.start();
    model.setApplication(QStringLiteral("test"));
    waitUntil([&] {
        if (model.canFetchMore({}))
            model.fetchMore({});
        return model.rowCount() >= runs && !model.canFetchMore({}) && !model.isLoading();
    });
    const double modelMs = clock.nsecsElapsed() / 1e6;
    const int pages = (model.rowCount() + 49) / 50;

    QStringList urls;
    QString token;
    do {
        const QString path = QStringLiteral("/v1/applications/test/runs") +
            (token.isEmpty() ? QString() : QStringLiteral("?pagetoken=") + token);
        urls.append(server.baseUrl().resolved(QUrl(path)).toString());
        token = http.get(path).object().value(QStringLiteral("next_page_token")).toString();
    } while (!token.isEmpty());
    QStringList curlArgs{QStringLiteral("-s"), QStringLiteral("-H"),
                         QStringLiteral("Authorization: Bearer ") +
                             QString::fromLatin1(server.apiKey())};
    for (const QString &url : std::as_const(urls))
        curlArgs << QStringLiteral("-o") << QStringLiteral("/dev/null") << url;
    clock.restart();
    QProcess curl;
    curl.start(QStringLiteral("curl"), curlArgs);
    curl.waitForFinished(600000);
    const double curlMs = clock.nsecsElapsed() / 1e6;
    out << "2. listing " << model.rowCount() << " runs (" << pages << " pages of 50):" << Qt::endl;
    out << "   runs model via the client: " << QString::number(pages / (modelMs / 1000), 'f', 1)
        << " pages/s" << Qt::endl;
    out << "   one curl, same pages:      "
        << QString::number(urls.size() / (curlMs / 1000), 'f', 1) << " pages/s" << Qt::endl;
    out << "   ratio model/curl:          "
        << QString::number((pages / modelMs) / (urls.size() / curlMs), 'f', 2) << Qt::endl;

    // 3. Opening a 100 MB output: a Python app writes 1.2M small objects.
    QTemporaryDir appDir;
    QFile manifest(appDir.filePath(QStringLiteral("app.yaml")));
    manifest.open(QIODevice::WriteOnly);
    manifest.write("type: python\n");
    manifest.close();
    QFile script(appDir.filePath(QStringLiteral("main.py")));
    script.open(QIODevice::WriteOnly);
    script.write(
        "import json, sys\nsys.stdin.read()\n"
        "rows = [{'id': i, 'name': 'item-%d' % i, 'weight': i % 97, 'value': (i * 7) % 1000,"
        " 'tags': ['a', 'b']} for i in range(1200000)]\n"
        "json.dump({'solutions': rows, 'statistics': {'result': {'value': 1}}}, sys.stdout)\n");
    script.close();
    server.push({QStringLiteral("--app"), QStringLiteral("big"), appDir.path()});
    const QString bigRun = http.createRun(QStringLiteral("big"), QStringLiteral("latest"),
                                          {{QStringLiteral("input"), QJsonObject()}});
    const QJsonObject info = http.waitForRun(QStringLiteral("big"), bigRun, 600000);
    const double outputMb = info.value(QStringLiteral("metadata"))
                                .toObject()
                                .value(QStringLiteral("output_size"))
                                .toDouble() /
        1e6;

    Console console;
    console.open(server.baseUrl(), server.apiKey(), QStringLiteral("big"));
    Ui::MainWindow &window = console.window;
    waitUntil(
        [&] { return window.runsTab()->model() && window.runsTab()->model()->rowCount() > 0; });

    qint64 longestStall = 0;
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { longestStall = std::max(longestStall, tick.restart()); });
    Ui::RunDetailView *detail = window.runsTab()->detail();
    bool shown = false;
    QObject::connect(detail->outputViewer(), &Ui::JsonViewer::contentShown, [&] { shown = true; });
    clock.restart();
    probe.start(5);
    tick.restart();
    window.runsTab()->selectRun(bigRun);
    detail->showTab(Ui::RunDetailView::OutputTab);
    waitUntil([&] { return shown; });
    // Expand the big array as a user would, with the probe still running.
    detail->outputViewer()->treeView()->expandToDepth(1);
    QCoreApplication::processEvents();
    probe.stop();
    out << "3. opening a " << QString::number(outputMb, 'f', 1)
        << " MB output: " << QString::number(clock.nsecsElapsed() / 1e9, 'f', 1)
        << " s until shown; longest GUI stall " << longestStall << " ms (ratio stall/total "
        << QString::number(double(longestStall) / (clock.nsecsElapsed() / 1e6), 'f', 3) << ")"
        << Qt::endl;
    return 0;
}
