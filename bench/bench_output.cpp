// P3 and P3-stall of issue 12: opening a 100 MB run output in the console. A Python app writes
// 1.2M small objects; the console shows the run, and the clock runs from selecting its Output
// tab until the JSON viewer shows the document. The floor is what the same bytes cost at the
// least: curl downloading them from the same URL, plus one plain QJsonDocument::fromJson of
// the downloaded file. P3-stall is the longest GUI stall over that interval, a user expanding
// the top level included. Median of 3 of each, taken in turns so both see the same load.
// Usage: bench_output [--quick]   (--quick: a ~10 MB output)
#include "models/runs/runlistmodel.h"
#include "support/benchreport.h"
#include "support/consolefixture.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/json/jsonviewer.h"
#include "ui/runs/rundetailview.h"
#include "ui/runs/runstab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTreeView>

using namespace TestSupport;

namespace {

constexpr int repetitions = 3;
const QString bigApp = QStringLiteral("big");

// A Python app whose output is `rows` small objects (about 85 bytes each) and a statistic.
bool pushBigOutputApp(ServerProcess &server, const QTemporaryDir &appDir)
{
    QFile manifest(appDir.filePath(QStringLiteral("app.yaml")));
    QFile script(appDir.filePath(QStringLiteral("main.py")));
    if (!manifest.open(QIODevice::WriteOnly) || !script.open(QIODevice::WriteOnly))
        return false;
    manifest.write("type: python\n");
    script.write(
        "import json, sys\nrows = json.load(sys.stdin)['rows']\n"
        "items = [{'id': i, 'name': 'item-%d' % i, 'weight': i % 97, 'value': (i * 7) % 1000,"
        " 'tags': ['a', 'b']} for i in range(rows)]\n"
        "json.dump({'solutions': items, 'statistics': {'result': {'value': 1}}}, sys.stdout)\n");
    manifest.close();
    script.close();
    return server.push({QStringLiteral("--app"), bigApp, appDir.path()});
}

// curl fetching the URL into a file, then QJsonDocument parsing that file: the floor, in ms.
double curlAndParseMs(const QString &url, const QString &file)
{
    QElapsedTimer clock;
    clock.start();
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("-o"), file, url});
    if (!curl.waitForFinished(600000) || curl.exitCode() != 0)
        return -1;
    QFile downloaded(file);
    if (!downloaded.open(QIODevice::ReadOnly))
        return -1;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(downloaded.readAll(), &error);
    const double ms = clock.nsecsElapsed() / 1e6;
    return error.error == QJsonParseError::NoError && document.isObject() ? ms : -1;
}

struct Opening
{
    double ms = -1; // from selecting the Output tab until the viewer shows the document
    double longestStallMs = 0; // over that, and expanding the top level
};

Opening openOutput(Ui::RunsTab &runs, const QString &runId, const QString &otherRunId)
{
    Ui::RunDetailView *detail = runs.detail();
    // Another run first, so the big one loads afresh; the run's metadata is in before the clock.
    detail->showTab(Ui::RunDetailView::SummaryTab);
    runs.selectRun(otherRunId);
    Bench::waitUntil([&] { return detail->run().id == otherRunId; }, 60000);
    runs.selectRun(runId);
    if (!Bench::waitUntil([&] { return detail->run().id == runId; }, 60000))
        return {};

    Ui::JsonViewer *viewer = detail->outputViewer();
    bool shown = false;
    const QMetaObject::Connection connection =
        QObject::connect(viewer, &Ui::JsonViewer::contentShown, [&] { shown = true; });
    Bench::StallProbe probe;
    QElapsedTimer clock;
    probe.start();
    clock.start();
    detail->showTab(Ui::RunDetailView::OutputTab);
    const bool done = Bench::waitUntil([&] { return shown; }, 600000);
    const double ms = clock.nsecsElapsed() / 1e6;
    QObject::disconnect(connection);
    // A user opens the big array and the objects in view, as the tree allows.
    viewer->treeView()->expandToDepth(1);
    QElapsedTimer settle;
    settle.start();
    Bench::waitUntil([&] { return settle.elapsed() >= 200; }, 1000);
    probe.stop();
    if (!done || viewer->model()->rowCount() == 0)
        return {};
    return {ms, probe.longestMs()};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = Bench::quickScale(argc, argv);
    const int rows = quick ? 120000 : 1200000;

    ServerProcess server;
    QTemporaryDir appDir;
    if (!startWithTestApp(server, {QStringLiteral("--workers"), QStringLiteral("2")}) ||
        !pushBigOutputApp(server, appDir)) {
        Bench::reportFailure(QStringLiteral("P3"), QStringLiteral("could not start the server"));
        Bench::reportFailure(QStringLiteral("P3-stall"),
                             QStringLiteral("could not start the server"));
        return 1;
    }
    HttpTestClient http(server.baseUrl(), server.apiKey());
    const QString bigRun =
        http.createRun(bigApp, QStringLiteral("latest"),
                       {{QStringLiteral("input"), QJsonObject{{QStringLiteral("rows"), rows}}}});
    const QJsonObject info = http.waitForRun(bigApp, bigRun, 600000);
    const QString smallRun =
        http.createRun(bigApp, QStringLiteral("latest"),
                       {{QStringLiteral("input"), QJsonObject{{QStringLiteral("rows"), 1}}}});
    http.waitForRun(bigApp, smallRun, 600000);
    const double outputMb = info.value(QStringLiteral("metadata"))
                                .toObject()
                                .value(QStringLiteral("output_size"))
                                .toDouble() /
        1e6;
    // The URL the console downloads from too: the run's pre-signed output URL.
    const QString url =
        http.get(QStringLiteral("/v1/applications/%1/runs/%2?format=url").arg(bigApp, bigRun))
            .object()
            .value(QStringLiteral("output"))
            .toObject()
            .value(QStringLiteral("url"))
            .toString();
    if (outputMb <= 0 || url.isEmpty()) {
        const QString reason = QStringLiteral("the big run has no output: %1")
                                   .arg(QString::fromUtf8(QJsonDocument(info).toJson()));
        Bench::reportFailure(QStringLiteral("P3"), reason);
        Bench::reportFailure(QStringLiteral("P3-stall"), reason);
        return 1;
    }

    ConsoleFixture console;
    Ui::RunsTab &runs = *console.window.runsTab();
    if (!console.open(server.baseUrl(), server.apiKey(), bigApp, &runs) ||
        !Bench::waitUntil([&] { return runs.model() && runs.model()->rowCount() >= 2; }, 60000)) {
        Bench::reportFailure(QStringLiteral("P3"), QStringLiteral("the console did not load"));
        Bench::reportFailure(QStringLiteral("P3-stall"),
                             QStringLiteral("the console did not load"));
        return 1;
    }

    QTemporaryDir scratch;
    QList<double> consoleMs, floorMs, stallMs;
    for (int i = 0; i < repetitions; ++i) {
        const Opening opening = openOutput(runs, bigRun, smallRun);
        const double floor =
            curlAndParseMs(url, scratch.filePath(QStringLiteral("output-%1.json").arg(i)));
        QFile::remove(scratch.filePath(QStringLiteral("output-%1.json").arg(i)));
        if (opening.ms < 0 || floor < 0) {
            const QString reason = opening.ms < 0 ? QStringLiteral("the viewer did not show it")
                                                  : QStringLiteral("curl or the parse failed");
            Bench::reportFailure(QStringLiteral("P3"), reason);
            Bench::reportFailure(QStringLiteral("P3-stall"), reason);
            return 1;
        }
        consoleMs.append(opening.ms);
        stallMs.append(opening.longestStallMs);
        floorMs.append(floor);
    }

    const QString size = QString::number(outputMb, 'f', 1);
    Bench::Figure p3;
    p3.id = QStringLiteral("P3");
    p3.what = QStringLiteral("open a %1 MB output: Output tab selected until the tree shows it, "
                             "vs curl download + QJsonDocument parse")
                  .arg(size);
    p3.value = Bench::median(consoleMs);
    p3.floor = Bench::median(floorMs);
    p3.unit = QStringLiteral("ms");
    p3.target = QStringLiteral("≤ 2× floor");
    p3.limit = 2.0;
    Bench::report(p3);

    Bench::Figure stall;
    stall.id = QStringLiteral("P3-stall");
    stall.what =
        QStringLiteral("longest GUI stall opening a %1 MB output and expanding its top level")
            .arg(size);
    stall.value = Bench::median(stallMs);
    stall.unit = QStringLiteral("ms");
    stall.target = QStringLiteral("≤ 50 ms");
    stall.limit = 50;
    Bench::report(stall);
    return 0;
}
