// Benchmark of nextdesk-server: runs per second through the server with a trivial app at
// concurrency 2, next to a shell loop spawning the same app on the same input (the floor), and
// p50/p99 latency of run-metadata GETs while runs keep the server busy. Prints figures.
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using namespace TestSupport;

namespace {

QTextStream out(stdout);

const QJsonObject trivialInput{{QStringLiteral("value"), 1}};

double shellLoopRunsPerSecond(int runs)
{
    // Two loops in parallel, each spawning the app on the same input: the cost of the processes
    // alone, which no server can beat.
    const QString script =
        QStringLiteral("loop() { i=0; while [ $i -lt %1 ]; do echo '{\"value\":1}' | '%2' "
                       ">/dev/null 2>&1; i=$((i+1)); done; }; loop & loop & wait")
            .arg(runs / 2)
            .arg(testAppExecutable());
    QElapsedTimer clock;
    clock.start();
    QProcess shell;
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    shell.waitForFinished(-1);
    return runs / (clock.elapsed() / 1000.0);
}

double serverRunsPerSecond(HttpTestClient &http, int runs)
{
    QElapsedTimer clock;
    clock.start();
    QStringList ids;
    for (int i = 0; i < runs; ++i)
        ids.append(http.createRun(QStringLiteral("test"), QStringLiteral("main"),
                                  {{QStringLiteral("input"), trivialInput}}));
    for (const QString &id : std::as_const(ids))
        http.waitForRun(QStringLiteral("test"), id, 120000);
    return runs / (clock.elapsed() / 1000.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;

    ServerProcess server;
    if (!startWithTestApp(server, {QStringLiteral("--workers"), QStringLiteral("2")})) {
        out << "could not start nextdesk-server" << Qt::endl;
        return 1;
    }
    HttpTestClient http(server.baseUrl(), server.apiKey());

    // Warm up both paths once.
    shellLoopRunsPerSecond(10);
    serverRunsPerSecond(http, 10);

    const double floor = shellLoopRunsPerSecond(runs);
    const double through = serverRunsPerSecond(http, runs);
    out << "runs: " << runs << " with a trivial app, concurrency 2" << Qt::endl;
    out << "  shell loop (floor):     " << QString::number(floor, 'f', 1) << " runs/s" << Qt::endl;
    out << "  through nextdesk-server: " << QString::number(through, 'f', 1) << " runs/s"
        << Qt::endl;
    out << "  ratio server/floor:     " << QString::number(through / floor, 'f', 2) << Qt::endl;

    // Latency of metadata GETs under steady load: a second client keeps 2 runs in flight.
    const QString probe = http.createRun(QStringLiteral("test"), QStringLiteral("main"),
                                         {{QStringLiteral("input"), trivialInput}});
    http.waitForRun(QStringLiteral("test"), probe);
    QProcess load;
    load.start(QStringLiteral("sh"),
               {QStringLiteral("-c"),
                QStringLiteral("while true; do curl -s -o /dev/null -H 'Authorization: Bearer %1' "
                               "-H 'Content-Type: application/json' -d '{\"input\":{\"value\":1}}' "
                               "'%2/v1/applications/test/runs?instance_id=main'; sleep 0.01; done")
                    .arg(QString::fromLatin1(server.apiKey()), server.baseUrl().toString())});
    load.waitForStarted();
    QList<double> latencies;
    const QString path = QStringLiteral("/v1/applications/test/runs/%1/metadata").arg(probe);
    for (int i = 0; i < 2000; ++i) {
        QElapsedTimer clock;
        clock.start();
        const HttpReply reply = http.get(path);
        latencies.append(clock.nsecsElapsed() / 1e6);
        if (reply.status != 200) {
            out << "metadata GET failed with " << reply.status << Qt::endl;
            break;
        }
    }
    load.kill();
    load.waitForFinished();
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        return latencies.at(
            std::min<qsizetype>(latencies.size() - 1, qsizetype(p * latencies.size())));
    };
    out << "metadata GET under load (" << latencies.size() << " requests):" << Qt::endl;
    out << "  p50 " << QString::number(percentile(0.50), 'f', 2) << " ms, p99 "
        << QString::number(percentile(0.99), 'f', 2) << " ms, max "
        << QString::number(latencies.last(), 'f', 2) << " ms" << Qt::endl;
    out << "  p99/p50 ratio: " << QString::number(percentile(0.99) / percentile(0.50), 'f', 2)
        << Qt::endl;
    return 0;
}
