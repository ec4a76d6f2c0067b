// Benchmark of the Runs tab on one application with many runs (issue 12, P2 and P2b):
//  P2  pages per second paging through all runs in a real Runs tab (model, proxy and table view,
//      scrolled to the bottom after every page as a user holding End would), next to one curl
//      process fetching the same page URLs over one connection (the floor); with checks on the
//      page latency at the end against the start, console and server RSS, and server start;
//  P2b on all those rows loaded: sorting by a column, filtering by text and by status, each
//      from the request until the table has painted the result, and the longest GUI stall.
// Usage: bench_runs [--quick] [runs]   (1,000,000 runs; --quick: 20,000)
// The event loop runs while curl fetches its pages (no blocking wait), as a user's console
// would between loading the runs and sorting them: the name ranking the tab makes in the
// background once the pages stop coming may overlap the curl timing of each pass.
#include "api/client/nextmvclient.h"
#include "models/runs/runfilterproxymodel.h"
#include "models/runs/runlistmodel.h"
#include "models/transferlistmodel.h"
#include "support/benchreport.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/runs/runstab.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace TestSupport;

namespace {

QTextStream out(stdout);
const QString appId = QStringLiteral("bench");
constexpr int pageSize = 50;

struct Paging
{
    double pagesPerSecond = 0;
    // Median time from one page to the next over the first and the last pages.
    double firstPagesMs = 0;
    double lastPagesMs = 0;
    double residentMb = 0;
    int pages = 0;
    bool complete = false;
};

// A Runs tab on its own, shown, as the console has it.
struct ConsoleRuns
{
    explicit ConsoleRuns(Api::NextmvClient &client)
    {
        tab.setService(&client);
        tab.resize(1400, 900);
        tab.show();
    }
    Models::TransferListModel transfers;
    Ui::RunsTab tab{transfers};
};

// CPU time of each thread of a process (0: this one) by thread name, in ms; empty where /proc
// is not there. Shows which thread a page costs what.
QMap<QString, double> threadCpuMs(qint64 pid = 0)
{
    QMap<QString, double> result;
    const QDir tasks(
        QStringLiteral("/proc/%1/task").arg(pid ? QString::number(pid) : QStringLiteral("self")));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile schedstat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!comm.open(QIODevice::ReadOnly) || !schedstat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray onCpuNs = schedstat.readAll().split(' ').value(0);
        result[QString::fromUtf8(comm.readAll().trimmed())] += onCpuNs.toLongLong() / 1e6;
    }
    return result;
}

QString cpuPerPage(const QMap<QString, double> &before, const QMap<QString, double> &after,
                   int pages)
{
    QStringList parts;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const double ms = (it.value() - before.value(it.key())) / pages;
        if (ms >= 0.01)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(ms, 0, 'f', 2));
    }
    return parts.join(QStringLiteral(", "));
}

Paging pageThroughConsole(ConsoleRuns &console, int runs, int timeoutMs)
{
    Models::RunListModel *model = console.tab.model();
    QTableView *table = console.tab.table();
    // When rows arrive, and how many pages' worth (pages that came while the view was busy
    // painting arrive together).
    QList<std::pair<qint64, int>> arrivals;
    QElapsedTimer clock;
    // After each page the user is at the bottom again (holding End): the view asks for more.
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table,
                     [&](const QModelIndex &, int first, int last) {
                         arrivals.append({clock.nsecsElapsed(), last - first + 1});
                         QMetaObject::invokeMethod(table, &QAbstractItemView::scrollToBottom,
                                                   Qt::QueuedConnection);
                     });
    clock.start();
    console.tab.setApplication(appId);
    const bool complete = Bench::waitUntil(
        [&] {
            return model->rowCount() >= runs && !model->canFetchMore({}) && !model->isLoading();
        },
        timeoutMs);
    const double seconds = clock.nsecsElapsed() / 1e9;
    QObject::disconnect(model, &QAbstractItemModel::rowsInserted, table, nullptr);

    Paging paging;
    paging.complete = complete;
    paging.pages = (model->rowCount() + pageSize - 1) / pageSize;
    paging.pagesPerSecond = paging.pages / seconds;
    // Time per page at each arrival: the wait for it over the pages it brought.
    QList<double> perPage;
    for (qsizetype i = 0; i < arrivals.size(); ++i) {
        const qint64 since = i ? arrivals.at(i - 1).first : 0;
        const double pages = std::max(1.0, arrivals.at(i).second / double(pageSize));
        perPage.append((arrivals.at(i).first - since) / 1e6 / pages);
    }
    const qsizetype window = std::max<qsizetype>(1, std::min<qsizetype>(100, perPage.size() / 4));
    paging.firstPagesMs = Bench::median(perPage.mid(0, window));
    paging.lastPagesMs = Bench::median(perPage.mid(perPage.size() - window));
    paging.residentMb = Bench::residentMb();
    return paging;
}

// The URLs of all pages, following the tokens as the console does (this also warms the server
// up for both the console and curl).
QStringList pageUrls(const ServerProcess &server)
{
    HttpTestClient http(server.baseUrl(), server.apiKey());
    QStringList urls;
    QString token;
    do {
        const QString path = QStringLiteral("/v1/applications/%1/runs").arg(appId) +
            (token.isEmpty() ? QString()
                             : QStringLiteral("?pagetoken=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(token)));
        urls.append(server.baseUrl().resolved(QUrl(path)).toString());
        token = http.get(path).object().value(QStringLiteral("next_page_token")).toString();
    } while (!token.isEmpty());
    return urls;
}

double curlPagesPerSecond(const ServerProcess &server, const QStringList &urls,
                          const QString &configPath)
{
    // A config file rather than arguments: 20,000 URLs exceed the command line.
    QFile config(configPath);
    config.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream lines(&config);
    lines << "silent\nheader = \"Authorization: Bearer " << server.apiKey() << "\"\n";
    for (const QString &url : urls)
        lines << "url = \"" << url << "\"\noutput = \"/dev/null\"\n";
    lines.flush();
    config.close();
    QElapsedTimer clock;
    clock.start();
    // The event loop runs meanwhile, as it would in the console: what the loaded tab does in
    // the background (ranking the names for sorting once the pages stopped coming) runs then
    // too, and so may overlap (and slow) curl's timing a little.
    QProcess curl;
    bool finished = false;
    QObject::connect(&curl, &QProcess::finished, [&finished] { finished = true; });
    QObject::connect(&curl, &QProcess::errorOccurred, [&finished] { finished = true; });
    curl.start(QStringLiteral("curl"), {QStringLiteral("--config"), configPath});
    Bench::waitUntil([&finished] { return finished; }, 3600000);
    return urls.size() / (clock.nsecsElapsed() / 1e9);
}

// The console's HTTP client alone, each page asked for once the one before it is decoded, with
// no model or view (for comparison, not a target: the Runs tab asks before decoding).
double clientPagesPerSecond(Api::NextmvClient &client, int pages)
{
    int fetched = 0;
    bool done = false;
    QObject context;
    std::function<void(const QString &)> next = [&](const QString &token) {
        client.listRuns(appId, token, &context, [&](const Api::Result<Api::RunPage> &page) {
            ++fetched;
            if (!page || page->nextPageToken.isEmpty())
                done = true;
            else
                next(page->nextPageToken);
        });
    };
    QElapsedTimer clock;
    clock.start();
    next({});
    Bench::waitUntil([&done] { return done; }, 3600000);
    return fetched == pages ? fetched / (clock.nsecsElapsed() / 1e9) : 0;
}

// The ceiling of any client built on QNetworkAccessManager, as the console's is: the same page
// URLs fetched with `inFlight` requests out at a time, each answer read and dropped, nothing
// decoded, no model, no view (for comparison, not a target).
double bareNetworkPagesPerSecond(const ServerProcess &server, const QStringList &urls, int inFlight)
{
    QNetworkAccessManager network;
    qsizetype sent = 0;
    qsizetype answered = 0;
    bool failed = false;
    std::function<void()> sendNext = [&] {
        QNetworkRequest request{QUrl(urls.at(sent++))};
        request.setRawHeader("Authorization", "Bearer " + server.apiKey());
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply] {
            reply->deleteLater();
            failed =
                failed || reply->error() != QNetworkReply::NoError || reply->readAll().isEmpty();
            ++answered;
            if (sent < urls.size())
                sendNext();
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < inFlight && sent < urls.size(); ++i)
        sendNext();
    Bench::waitUntil([&] { return answered == urls.size(); }, 3600000);
    return !failed && answered == urls.size() ? answered / (clock.nsecsElapsed() / 1e9) : 0;
}

// One user action on the loaded table, timed until the view has painted its result.
struct Action
{
    double ms = 0;
    double stallMs = 0;
    int rowsShown = 0;
};

Action timeAction(ConsoleRuns &console, const std::function<void()> &request)
{
    QTableView *table = console.tab.table();
    QAbstractItemModel *proxy = table->model();
    bool changed = false;
    bool painted = false;
    QList<QMetaObject::Connection> connections;
    const auto markChanged = [&] {
        changed = true;
    };
    connections = {QObject::connect(proxy, &QAbstractItemModel::layoutChanged, table, markChanged),
                   QObject::connect(proxy, &QAbstractItemModel::modelReset, table, markChanged),
                   QObject::connect(proxy, &QAbstractItemModel::rowsRemoved, table, markChanged),
                   QObject::connect(proxy, &QAbstractItemModel::rowsInserted, table, markChanged)};
    struct PaintWatch : QObject
    {
        bool *changed;
        bool *painted;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && *changed)
                *painted = true;
            return false;
        }
    } watch;
    watch.changed = &changed;
    watch.painted = &painted;
    table->viewport()->installEventFilter(&watch);

    Bench::StallProbe probe;
    QElapsedTimer clock;
    probe.start();
    clock.start();
    request();
    // The paint that showed the result has finished when the loop gets back here.
    Bench::waitUntil([&] { return painted; }, 60000);
    Action action;
    action.ms = clock.nsecsElapsed() / 1e6;
    probe.stop();
    action.stallMs = probe.longestMs();
    action.rowsShown = proxy->rowCount();
    table->viewport()->removeEventFilter(&watch);
    for (const auto &connection : connections)
        QObject::disconnect(connection);
    if (!painted)
        action.ms = 60000;
    return action;
}

bool seed(ServerProcess &server, int runs)
{
    QString output;
    if (!server.push({QStringLiteral("--app"), appId, QStringLiteral("--version-id"),
                      QStringLiteral("v1"), QStringLiteral("--instance-id"), QStringLiteral("main"),
                      QStringLiteral("--default"), testAppExecutable()},
                     &output)) {
        out << "push failed: " << output << Qt::endl;
        return false;
    }
    QProcess seeder;
    seeder.setProcessChannelMode(QProcess::ForwardedChannels);
    seeder.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_seed"),
                 {server.dataDir(), appId, QString::number(runs)});
    return seeder.waitForFinished(-1) && seeder.exitStatus() == QProcess::NormalExit &&
        seeder.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = Bench::quickScale(argc, argv);
    int runs = quick ? 20000 : 1000000;
    for (int i = 1; i < argc; ++i) {
        if (const int n = QByteArray(argv[i]).toInt(); n > 0)
            runs = n;
    }
    const int pagingTimeoutMs = quick ? 600000 : 3600000;

    QTemporaryDir dataDir;
    ServerProcess server(dataDir.path());
    out << "seeding " << runs << " runs…" << Qt::endl;
    if (!seed(server, runs)) {
        Bench::reportFailure(QStringLiteral("P2"), QStringLiteral("could not seed the runs"));
        Bench::reportFailure(QStringLiteral("P2b"), QStringLiteral("could not seed the runs"));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    if (!server.start()) {
        Bench::reportFailure(QStringLiteral("P2"), QStringLiteral("nextdesk-server did not start"));
        Bench::reportFailure(QStringLiteral("P2b"),
                             QStringLiteral("nextdesk-server did not start"));
        return 1;
    }
    const double serverStartMs = clock.nsecsElapsed() / 1e6;
    out << "server listening after " << serverStartMs << " ms" << Qt::endl;

    const QStringList urls = pageUrls(server);
    out << urls.size() << " pages" << Qt::endl;
    const QString curlConfig = dataDir.filePath(QStringLiteral("curl.config"));

    Api::NextmvClient client(server.baseUrl(), server.apiKey());
    QList<double> consoleRates, curlRates, latencyRatios;
    double consoleMb = 0;
    double serverMb = 0;
    std::unique_ptr<ConsoleRuns> loaded;
    for (int pass = 0; pass < 3; ++pass) {
        loaded.reset(); // a fresh tab each time; the last one stays for P2b
        loaded = std::make_unique<ConsoleRuns>(client);
        const auto consoleCpu = threadCpuMs();
        const auto serverCpu = threadCpuMs(server.processId());
        const Paging paging = pageThroughConsole(*loaded, runs, pagingTimeoutMs);
        out << "  CPU ms per page, console: " << cpuPerPage(consoleCpu, threadCpuMs(), paging.pages)
            << "; server: " << cpuPerPage(serverCpu, threadCpuMs(server.processId()), paging.pages)
            << Qt::endl;
        if (!paging.complete) {
            Bench::reportFailure(QStringLiteral("P2"),
                                 QStringLiteral("paging did not finish in time: %1 of %2 pages "
                                                "(%3 pages/s)")
                                     .arg(paging.pages)
                                     .arg(urls.size())
                                     .arg(paging.pagesPerSecond, 0, 'f', 1));
            Bench::reportFailure(QStringLiteral("P2b"), QStringLiteral("the runs did not load"));
            return 1;
        }
        consoleRates.append(paging.pagesPerSecond);
        latencyRatios.append(paging.lastPagesMs / paging.firstPagesMs);
        consoleMb = std::max(consoleMb, paging.residentMb);
        serverMb = std::max(serverMb, Bench::residentMb(server.processId()));
        curlRates.append(curlPagesPerSecond(server, urls, curlConfig));
        const double clientRate = clientPagesPerSecond(client, int(urls.size()));
        const double bareOneRate = bareNetworkPagesPerSecond(server, urls, 1);
        const double bareSixRate = bareNetworkPagesPerSecond(server, urls, 6);
        out << "  pass " << pass + 1 << ": console " << paging.pagesPerSecond << " pages/s ("
            << paging.pages << " pages; first pages " << paging.firstPagesMs << " ms, last "
            << paging.lastPagesMs << " ms), curl " << curlRates.last()
            << " pages/s, the client alone one page at a time " << clientRate
            << " pages/s, a bare QNetworkAccessManager (nothing decoded) " << bareOneRate
            << " pages/s one at a time and " << bareSixRate << " with 6 out; console "
            << paging.residentMb << " MB" << Qt::endl;
    }

    Bench::Figure p2;
    p2.id = QStringLiteral("P2");
    p2.what = QStringLiteral("paging through %1 runs in the Runs tab").arg(runs);
    p2.value = Bench::median(consoleRates);
    p2.floor = Bench::median(curlRates);
    p2.unit = QStringLiteral("pages/s");
    p2.target = QStringLiteral("≥ 0.6× one curl over the same pages");
    p2.limit = 0.6;
    p2.atMost = false;
    p2.checks = {
        {QStringLiteral("page latency last pages / first pages"), Bench::median(latencyRatios), 1.5,
         QStringLiteral("×")},
        {QStringLiteral("console RSS, all runs loaded"), consoleMb, 400, QStringLiteral("MB")},
        {QStringLiteral("server RSS"), serverMb, 100, QStringLiteral("MB")},
        {QStringLiteral("server start to listening"), serverStartMs, 1000, QStringLiteral("ms")}};
    Bench::report(p2);

    // P2b: the user's actions on all those rows.
    ConsoleRuns &console = *loaded;
    QTableView *table = console.tab.table();
    auto *search = console.tab.findChild<QLineEdit *>(QStringLiteral("runSearch"));
    auto *status = console.tab.findChild<QComboBox *>(QStringLiteral("runStatusFilter"));
    if (!search || !status) {
        Bench::reportFailure(QStringLiteral("P2b"), QStringLiteral("no search field or status"));
        return 1;
    }
    const Action byName = timeAction(
        console, [&] { table->sortByColumn(Models::RunListModel::Name, Qt::AscendingOrder); });
    const Action byCreated = timeAction(
        console, [&] { table->sortByColumn(Models::RunListModel::Created, Qt::AscendingOrder); });
    const Action byText =
        timeAction(console, [&] { search->setText(QStringLiteral("depot north 12")); });
    const int textRows = byText.rowsShown;
    timeAction(console, [&] { search->clear(); });
    const Action byStatus = timeAction(
        console, [&] { status->setCurrentIndex(status->findData(int(Api::RunStatus::Failed))); });
    const Action &sort = byName.ms >= byCreated.ms ? byName : byCreated;
    out << "  sort by name " << byName.ms << " ms (stall " << byName.stallMs << " ms), by created "
        << byCreated.ms << " ms (stall " << byCreated.stallMs << " ms); text filter " << byText.ms
        << " ms (" << textRows << " rows), status filter " << byStatus.ms << " ms ("
        << byStatus.rowsShown << " rows)" << Qt::endl;

    Bench::Figure p2b;
    p2b.id = QStringLiteral("P2b");
    p2b.what = QStringLiteral("sort, text filter and status filter on %1 loaded runs").arg(runs);
    p2b.value = std::max({sort.ms, byText.ms, byStatus.ms});
    p2b.unit = QStringLiteral("ms");
    p2b.target = QStringLiteral("each ≤ 150 ms, GUI stall ≤ 150 ms");
    p2b.limit = 150;
    p2b.checks = {{QStringLiteral("sort by a column (worse of name, created)"), sort.ms, 150,
                   QStringLiteral("ms")},
                  {QStringLiteral("filter by text"), byText.ms, 150, QStringLiteral("ms")},
                  {QStringLiteral("filter by status"), byStatus.ms, 150, QStringLiteral("ms")},
                  {QStringLiteral("longest GUI stall"),
                   std::max({byName.stallMs, byCreated.stallMs, byText.stallMs, byStatus.stallMs}),
                   150, QStringLiteral("ms")}};
    Bench::report(p2b);
    return 0;
}
