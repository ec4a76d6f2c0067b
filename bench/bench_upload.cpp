// P4 of issue 12: uploading a 1 GB JSON input through the console's New Run flow, as a user
// does it: the file dropped on the Runs tab opens New Run with it, Start Run; the console asks
// for an upload URL, PUTs the file and creates the run. The clock runs from Start Run until the
// run is created. The floor is `curl --upload-file` of the same file to a fresh upload URL of
// the same server. Checks: the console's RSS growth during the upload and its longest GUI stall.
// Median of 3 of each, taken in turns so both see the same load.
// Also prints how fast the streaming JSON check that runs beside the upload reads such an input
// from memory (the upload can go no faster).
// Usage: bench_upload [--quick] [--check-only] [repetitions]   (--quick: a 100 MB input;
// --check-only: only the JSON check's speed)
#include "api/wire/jsonsyntaxcheck.h"
#include "models/transferlistmodel.h"
#include "support/benchreport.h"
#include "support/consolefixture.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/runs/newrundialog.h"
#include "ui/runs/runstab.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <ctime>

using namespace TestSupport;

namespace {

const QString uploadApp = QStringLiteral("upload");

// An app that reads its input and throws it away, so the runs of a 1 GB input end quickly.
bool pushDiscardingApp(ServerProcess &server, const QTemporaryDir &appDir)
{
    QFile manifest(appDir.filePath(QStringLiteral("app.yaml")));
    QFile script(appDir.filePath(QStringLiteral("main.py")));
    if (!manifest.open(QIODevice::WriteOnly) || !script.open(QIODevice::WriteOnly))
        return false;
    manifest.write("type: python\n");
    script.write("import sys\nwhile sys.stdin.buffer.read(1 << 20):\n    pass\n"
                 "print('{\"statistics\": {\"result\": {\"value\": 1}}}')\n");
    manifest.close();
    script.close();
    return server.push({QStringLiteral("--app"), uploadApp, appDir.path()});
}

// A valid JSON input of about `bytes`, handed to `sink` about 1 MB at a time: an array of small
// objects, as a decision input has.
template<typename Sink>
void generateInput(qint64 bytes, Sink sink)
{
    QByteArray chunk = "{\"items\":[";
    qint64 written = 0;
    for (qint64 i = 0; written < bytes; ++i) {
        if (i > 0)
            chunk += ',';
        const QByteArray n = QByteArray::number(i);
        chunk += "{\"id\":" + n + ",\"name\":\"item-" + n +
            "\",\"weight\":" + QByteArray::number(i % 97) +
            ",\"value\":" + QByteArray::number((i * 7) % 1000) + ",\"tags\":[\"a\",\"b\"]}";
        if (chunk.size() >= 1 << 20) {
            written += chunk.size();
            sink(chunk);
            chunk.clear();
        }
    }
    chunk += "],\"statistics\":{\"count\":1}}\n";
    sink(chunk);
}

bool writeInput(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    bool ok = true;
    generateInput(bytes,
                  [&](const QByteArray &chunk) { ok = ok && file.write(chunk) == chunk.size(); });
    return ok && file.flush();
}

// How fast the console's streaming JSON check (run beside every upload of a large input) reads
// such an input from memory, in MB/s: it must keep ahead of the upload. Median of 3, by the wall
// clock and by the process's CPU time (what the check costs whatever else shares the cores).
struct CheckRate
{
    double wallMbs = -1;
    double cpuMbs = -1;
};

CheckRate jsonCheckRate(qint64 bytes)
{
    QByteArray input;
    input.reserve(bytes + (2 << 20));
    generateInput(bytes, [&](const QByteArray &chunk) { input += chunk; });
    QList<double> wall, cpu;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        const std::clock_t cpuStart = std::clock();
        Api::JsonSyntaxCheck check;
        constexpr qsizetype piece = 1024 * 1024; // as the console reads the file
        for (qsizetype at = 0; at < input.size(); at += piece)
            check.feed(QByteArrayView(input).sliced(at, std::min(piece, input.size() - at)));
        if (!check.finish())
            return {};
        const double mb = input.size() / 1e6;
        wall.append(mb / (clock.nsecsElapsed() / 1e9));
        cpu.append(mb / (double(std::clock() - cpuStart) / CLOCKS_PER_SEC));
    }
    return {Bench::median(wall), Bench::median(cpu)};
}

struct Upload
{
    double seconds = -1;
    double rssGrowthMb = 0; // peak during the upload over the RSS before it
    double longestStallMs = 0;
    QString runId;
    QString error;
};

Upload uploadThroughConsole(ConsoleFixture &console, const QString &path)
{
    Ui::RunsTab &runs = *console.window.runsTab();
    Upload result;
    // The dialog of the previous run closes with its deferred delete.
    Bench::waitUntil([&] { return runs.openDialog() == nullptr; }, 10000);
    runs.newRun(path); // what dropping the file on the Runs tab does
    Ui::NewRunDialog *dialog = runs.openDialog();
    if (!dialog) {
        result.error = QStringLiteral("New Run did not open");
        return result;
    }
    QPushButton *start = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    Models::TransferListModel &transfers = *console.window.transfers();
    Api::Transfer *transfer = nullptr;
    const QMetaObject::Connection added = QObject::connect(
        &transfers, &QAbstractItemModel::rowsInserted,
        [&](const QModelIndex &, int first, int) { transfer = transfers.transfer(first); });

    const double rssBefore = Bench::residentMb();
    double rssPeak = rssBefore;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout,
                     [&] { rssPeak = std::max(rssPeak, Bench::residentMb()); });
    Bench::StallProbe probe;
    QElapsedTimer clock;
    sampler.start(10);
    probe.start();
    clock.start();
    start->click();
    const bool done = Bench::waitUntil(
        [&] {
            return transfer &&
                (transfer->state() == Api::Transfer::State::Succeeded ||
                 transfer->state() == Api::Transfer::State::Failed);
        },
        1800000);
    result.seconds = clock.nsecsElapsed() / 1e9;
    probe.stop();
    sampler.stop();
    rssPeak = std::max(rssPeak, Bench::residentMb());
    QObject::disconnect(added);
    if (!done || transfer->state() != Api::Transfer::State::Succeeded) {
        result.seconds = -1;
        result.error = transfer ? transfer->error().message : QStringLiteral("no transfer");
        return result;
    }
    result.runId = transfer->result();
    result.rssGrowthMb = rssPeak - rssBefore;
    result.longestStallMs = probe.longestMs();
    transfers.removeFinished();
    return result;
}

QString freshUploadUrl(HttpTestClient &http)
{
    return http.post(QStringLiteral("/v1/applications/%1/runs/uploadurl").arg(uploadApp), {})
        .object()
        .value(QStringLiteral("upload_url"))
        .toString();
}

// A bare QNetworkAccessManager PUTting the file from a QFile to a fresh upload URL, nothing
// else running: what the stack the console is built on can do, in seconds; -1 on failure.
double uploadWithBareQnam(HttpTestClient &http, const QString &path)
{
    const QUrl url(freshUploadUrl(http));
    QFile file(path);
    if (!url.isValid() || !file.open(QIODevice::ReadOnly))
        return -1;
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.put(request, &file);
    const bool done = Bench::waitUntil([reply] { return reply->isFinished(); }, 1800000);
    const double seconds = clock.nsecsElapsed() / 1e9;
    const bool ok = done && reply->error() == QNetworkReply::NoError;
    delete reply;
    return ok ? seconds : -1;
}

// curl PUTting the file to a fresh upload URL, in seconds; -1 on failure.
double uploadWithCurl(HttpTestClient &http, const QString &path)
{
    const QString url = freshUploadUrl(http);
    if (url.isEmpty())
        return -1;
    QElapsedTimer clock;
    clock.start();
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sf"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("--upload-file"), path, url});
    if (!curl.waitForFinished(1800000) || curl.exitCode() != 0)
        return -1;
    return clock.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = Bench::quickScale(argc, argv);
    const qint64 inputBytes = (quick ? 100LL : 1024LL) * 1024 * 1024;
    int repetitions = 3;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).toInt() > 0)
            repetitions = QByteArray(argv[i]).toInt();
    }
    const QString id = QStringLiteral("P4");

    const CheckRate checkRate = jsonCheckRate(quick ? 100LL << 20 : 256LL << 20);
    QTextStream(stdout) << "  JSON syntax check of the input in memory: "
                        << QString::number(checkRate.wallMbs, 'f', 0) << " MB/s ("
                        << QString::number(checkRate.cpuMbs, 'f', 0) << " MB/s of CPU time)"
                        << Qt::endl;
    if (app.arguments().contains(QStringLiteral("--check-only")))
        return checkRate.wallMbs > 0 ? 0 : 1;

    QTemporaryDir scratch;
    const QString input = scratch.filePath(QStringLiteral("input.json"));
    if (!writeInput(input, inputBytes)) {
        Bench::reportFailure(id, QStringLiteral("could not write the input file"));
        return 1;
    }
    const double inputMb = QFile(input).size() / 1e6;

    ServerProcess server;
    QTemporaryDir appDir;
    // Nextmv Cloud takes 500 MB at most; the 1 GB needs the local server's limit raised.
    if (!server.start({QStringLiteral("--workers"), QStringLiteral("1"),
                       QStringLiteral("--upload-limit"), QStringLiteral("2048")}) ||
        !pushDiscardingApp(server, appDir)) {
        Bench::reportFailure(id, QStringLiteral("could not start the server"));
        return 1;
    }
    HttpTestClient http(server.baseUrl(), server.apiKey());
    ConsoleFixture console;
    if (!console.open(server.baseUrl(), server.apiKey(), uploadApp, console.window.runsTab())) {
        Bench::reportFailure(id, QStringLiteral("the console did not load"));
        return 1;
    }

    QList<double> consoleMbs, curlMbs, bareMbs, growth, stalls;
    for (int i = 0; i < repetitions; ++i) {
        const Upload upload = uploadThroughConsole(console, input);
        if (upload.seconds < 0) {
            Bench::reportFailure(id,
                                 QStringLiteral("the console's upload failed: ") + upload.error);
            return 1;
        }
        // The run reads its input before the next measurement, so it does not compete with it.
        http.waitForRun(uploadApp, upload.runId, 1800000);
        const double curlSeconds = uploadWithCurl(http, input);
        if (curlSeconds < 0) {
            Bench::reportFailure(id, QStringLiteral("curl's upload failed"));
            return 1;
        }
        const double bareSeconds = uploadWithBareQnam(http, input);
        if (bareSeconds < 0) {
            Bench::reportFailure(id,
                                 QStringLiteral("the bare QNetworkAccessManager upload failed"));
            return 1;
        }
        consoleMbs.append(inputMb / upload.seconds);
        curlMbs.append(inputMb / curlSeconds);
        bareMbs.append(inputMb / bareSeconds);
        growth.append(upload.rssGrowthMb);
        stalls.append(upload.longestStallMs);
        QTextStream(stdout) << "  repetition " << i + 1 << ": console "
                            << QString::number(consoleMbs.last(), 'f', 1) << " MB/s, curl "
                            << QString::number(curlMbs.last(), 'f', 1) << " MB/s, bare QNAM "
                            << QString::number(bareMbs.last(), 'f', 1) << " MB/s, RSS +"
                            << QString::number(growth.last(), 'f', 1) << " MB, stall "
                            << QString::number(stalls.last(), 'f', 1) << " ms" << Qt::endl;
    }

    QTextStream(stdout) << "  bare QNetworkAccessManager PUT from a QFile: "
                        << QString::number(Bench::median(bareMbs) / Bench::median(curlMbs), 'f', 2)
                        << " of curl" << Qt::endl;

    Bench::Figure p4;
    p4.id = id;
    p4.what = QStringLiteral("upload a %1 MB input through New Run (Start Run until the run is "
                             "created) vs curl --upload-file to an upload URL, %2 repetition(s)")
                  .arg(QString::number(inputMb, 'f', 0))
                  .arg(repetitions);
    p4.value = Bench::median(consoleMbs);
    p4.floor = Bench::median(curlMbs);
    p4.unit = QStringLiteral("MB/s");
    p4.target = QStringLiteral("≥ 80% of floor");
    p4.limit = 0.8;
    p4.atMost = false;
    p4.checks.append({QStringLiteral("console RSS growth during the upload"), Bench::median(growth),
                      64, QStringLiteral("MB"), true});
    p4.checks.append({QStringLiteral("longest GUI stall"), Bench::median(stalls), 50,
                      QStringLiteral("ms"), true});
    Bench::report(p4);
    return 0;
}
