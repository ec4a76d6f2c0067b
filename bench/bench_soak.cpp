// Soak: creates many runs through the console's service layer (NextmvClient) against a real
// nextdesk-server and watches each to its end with the console's RunWatcher, keeping a fixed
// number in flight. Every 1,000 finished runs it prints the resident memory, open descriptors
// and threads of both processes, then the growth from the first checkpoint to the last: a leak
// shows as steady growth, which a short test never sees. Prints figures; not a timed test.
//
//   bench_soak [runs=10000] [in-flight=40] | --quick (2,000 runs)
#include "api/client/nextmvclient.h"
#include "api/client/runwatcher.h"
#include "support/benchreport.h"
#include "support/serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <optional>

using namespace TestSupport;

namespace {

QTextStream out(stdout);

struct ProcessFigures
{
    double rssMb = 0;
    int fds = 0;
    int threads = 0;
};

// Linux reads /proc; elsewhere the figures are not available and the soak still runs.
std::optional<ProcessFigures> figuresOf(qint64 pid)
{
#ifdef Q_OS_LINUX
    const QString base = QStringLiteral("/proc/%1").arg(pid);
    QFile status(base + QStringLiteral("/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    ProcessFigures figures;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto number = [&line] {
            return line.mid(line.indexOf(':') + 1).trimmed();
        };
        if (line.startsWith("VmRSS:"))
            figures.rssMb = number().split(' ').first().toDouble() / 1024.0;
        else if (line.startsWith("Threads:"))
            figures.threads = number().toInt();
    }
    figures.fds = int(QDir(base + QStringLiteral("/fd"))
                          .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                          .size());
    return figures;
#else
    Q_UNUSED(pid)
    return std::nullopt;
#endif
}

struct Checkpoint
{
    int finished = 0;
    double seconds = 0;
    std::optional<ProcessFigures> console;
    std::optional<ProcessFigures> server;
};

QString describe(const std::optional<ProcessFigures> &f)
{
    if (!f)
        return QStringLiteral("n/a on this platform");
    return QStringLiteral("RSS %1 MB, %2 fds, %3 threads")
        .arg(f->rssMb, 0, 'f', 1)
        .arg(f->fds)
        .arg(f->threads);
}

double growthPercent(double first, double last)
{
    return first > 0 ? (last - first) * 100.0 / first : 0.0;
}

void printGrowth(const char *who, const std::optional<ProcessFigures> &first,
                 const std::optional<ProcessFigures> &last)
{
    if (!first || !last)
        return;
    out << "  " << who << ": RSS "
        << QString::number(growthPercent(first->rssMb, last->rssMb), 'f', 1) << "%, fds "
        << QString::number(growthPercent(first->fds, last->fds), 'f', 1) << "%, threads "
        << QString::number(growthPercent(first->threads, last->threads), 'f', 1) << "%" << Qt::endl;
}

// Keeps `inFlight` runs between "create sent" and "watched to its end" until `total` ended.
class Soak final : public QObject
{
public:
    Soak(Api::NextmvService &service, qint64 serverPid, int total, int inFlight)
        : m_service(service)
        , m_watcher(service, QStringLiteral("test"))
        , m_serverPid(serverPid)
        , m_total(total)
        , m_inFlight(inFlight)
    {
        connect(&m_watcher, &Api::RunWatcher::runFinished, this,
                [this](const Api::RunInformation &run) { onFinished(run); });
    }

    int run()
    {
        m_clock.start();
        for (int i = 0; i < m_inFlight; ++i)
            createOne();
        QCoreApplication::exec();
        return m_failures == 0 ? 0 : 1;
    }

    const QList<Checkpoint> &checkpoints() const { return m_checkpoints; }
    int failures() const { return m_failures; }
    int failedRuns() const { return m_failedRuns; }

private:
    void createOne()
    {
        if (m_created >= m_total)
            return;
        ++m_created;
        Api::RunRequest request;
        request.input = QJsonObject{{QStringLiteral("value"), m_created}};
        m_service.createRun(QStringLiteral("test"), QStringLiteral("main"), request, this,
                            [this](const Api::Result<QString> &id) {
                                if (!id) {
                                    ++m_failures;
                                    out << "create failed: " << id.error().fullText() << Qt::endl;
                                    endOne();
                                    return;
                                }
                                m_watcher.watch(id.value(), Api::RunStatus::Queued);
                            });
    }

    void onFinished(const Api::RunInformation &run)
    {
        m_watcher.unwatch(run.id);
        if (run.metadata.status != Api::RunStatus::Succeeded)
            ++m_failedRuns;
        endOne();
    }

    void endOne()
    {
        ++m_finished;
        if (m_finished % 1000 == 0 || m_finished == m_total) {
            m_checkpoints.append({m_finished, m_clock.elapsed() / 1000.0,
                                  figuresOf(QCoreApplication::applicationPid()),
                                  figuresOf(m_serverPid)});
            const Checkpoint &c = m_checkpoints.last();
            out << c.finished << " runs, " << QString::number(c.seconds, 'f', 0) << " s"
                << "\n  console: " << describe(c.console) << "\n  server:  " << describe(c.server)
                << Qt::endl;
        }
        if (m_finished == m_total) {
            QCoreApplication::quit();
            return;
        }
        createOne();
    }

    Api::NextmvService &m_service;
    Api::RunWatcher m_watcher;
    const qint64 m_serverPid;
    const int m_total;
    const int m_inFlight;
    int m_created = 0;
    int m_finished = 0;
    int m_failures = 0;
    int m_failedRuns = 0;
    QElapsedTimer m_clock;
    QList<Checkpoint> m_checkpoints;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = Bench::quickScale(argc, argv);
    const int total = argc > 1 && !quick ? QString::fromLocal8Bit(argv[1]).toInt()
        : quick                          ? 2000
                                         : 10000;
    const int inFlight = argc > 2 && !quick ? QString::fromLocal8Bit(argv[2]).toInt() : 40;
    if (total <= 0 || inFlight <= 0) {
        out << "usage: bench_soak [runs=10000] [in-flight=40]" << Qt::endl;
        return 2;
    }

    ServerProcess server;
    if (!startWithTestApp(server, {QStringLiteral("--workers"), QStringLiteral("2")})) {
        out << "could not start nextdesk-server" << Qt::endl;
        return 1;
    }
    Api::NextmvClient client(server.baseUrl(), server.apiKey());
    Soak soak(client, server.processId(), total, inFlight);
    out << "soak: " << total << " runs through the console's service layer, " << inFlight
        << " in flight, server with 2 workers" << Qt::endl;
    const int code = soak.run();

    const QList<Checkpoint> &points = soak.checkpoints();
    out << "failed calls: " << soak.failures() << ", runs not succeeded: " << soak.failedRuns()
        << Qt::endl;
    if (points.size() >= 2) {
        // The first checkpoint is the baseline: caches, pools and the database are warm by then.
        out << "growth from " << points.first().finished << " to " << points.last().finished
            << " runs:" << Qt::endl;
        printGrowth("console", points.first().console, points.last().console);
        printGrowth("server ", points.first().server, points.last().server);
    }
    return code;
}
