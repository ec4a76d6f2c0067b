// Benchmark of nextdesk-server, issue 12:
//  P5  runs per second through the server (HTTP, trivial app, 2 workers) against a shell loop
//      spawning the same app on the same input with the same concurrency (the floor).
//  P6  p99 latency of run-metadata GETs sent at a steady 200 req/s (open loop) while both
//      workers are kept busy with runs; on Linux to the kernel's arrival time of each answer.
//      Printed beside it: the same load with no runs, and against a bare responder (the floor:
//      the machine's own tail, which bounds what p99/p50 can be here).
//  P2-server (printed, not reported: bench_runs reports P2) the server's part of paging through
//      one app with 1,000,000 runs: start time, page latency at the first and last pages, RSS.
// Every HTTP call here goes over a few keep-alive connections with a minimal client, so that the
// client's own cost (the machine has two cores) stays out of what is measured.
// Usage: bench_server [--quick] [--p2-dir DIR] [--only P5,P6,P2]
//   DIR: where P2's seeded data dir is kept between runs (seeding 1,000,000 runs takes minutes).
#include "support/benchreport.h"
#include "support/serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <ctime>
#endif

#include <algorithm>
#include <atomic>
#include <deque>
#include <functional>
#include <optional>

using namespace TestSupport;

namespace {

QTextStream out(stdout);

// One monotonic clock for every timestamp of the bench, shared by its threads.
qint64 nowNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock.nsecsElapsed();
}

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::clamp<qsizetype>(qsizetype(std::ceil(p * values.size())) - 1, 0, values.size() - 1);
    return values.at(index);
}

struct Reply
{
    int status = 0; // 0: no answer (connection lost, time-out)
    QByteArray body;
    qint64 sentNs = 0; // when the request was written to the socket
    qint64 doneNs = 0; // when the last byte of the answer was read
    double latencyMs() const { return (doneNs - sentNs) / 1e6; }
};

// Takes the first whole answer off the front of what a connection has read; nothing while it
// is still incomplete. Sets status and body.
std::optional<Reply> takeAnswer(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QByteArray head = buffer.left(headEnd);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return std::nullopt;
    Reply reply;
    reply.status = head.mid(9, 3).toInt();
    reply.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return reply;
}

// The requests a connection has written and not yet had answered, oldest first: the server
// answers in order, so each whole answer in the buffer belongs to the oldest one.
class UnansweredRequests
{
public:
    using Done = std::function<void(const Reply &)>;

    qsizetype size() const { return qsizetype(m_pending.size()); }
    void add(Done done, qint64 sentNs) { m_pending.push_back({std::move(done), sentNs}); }

    // Hands each whole answer in the buffer to its request; doneNs(reply) says when it ended.
    void answerFrom(QByteArray &buffer, const std::function<qint64(const Reply &)> &doneNs)
    {
        while (!m_pending.empty()) {
            std::optional<Reply> reply = takeAnswer(buffer);
            if (!reply)
                return;
            Pending answered = std::move(m_pending.front());
            m_pending.pop_front();
            reply->sentNs = answered.sentNs;
            reply->doneNs = doneNs(*reply);
            answered.done(*reply);
        }
    }

    // The connection is gone: every request ends without an answer (status 0) at nowNs.
    void failAll(qint64 nowNs)
    {
        while (!m_pending.empty()) {
            Pending lost = std::move(m_pending.front());
            m_pending.pop_front();
            lost.done(Reply{0, {}, lost.sentNs, nowNs});
        }
    }

private:
    struct Pending
    {
        Done done;
        qint64 sentNs = 0;
    };
    std::deque<Pending> m_pending;
};

// An HTTP/1.1 client on one keep-alive connection: requests are written at once (pipelined
// behind unanswered ones, which the server answers in order) and answered through callbacks.
// The server always sends Content-Length, which is all the parsing it needs.
class KeepAliveClient : public QObject
{
public:
    using Done = std::function<void(const Reply &)>;

    KeepAliveClient(QString host, quint16 port, QByteArray apiKey)
        : m_host(std::move(host))
        , m_port(port)
        , m_apiKey(std::move(apiKey))
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &KeepAliveClient::readAnswers);
        connect(&m_socket, &QTcpSocket::disconnected, this, &KeepAliveClient::failPending);
    }

    bool open()
    {
        m_socket.connectToHost(m_host, m_port);
        if (!m_socket.waitForConnected(10000))
            return false;
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return true;
    }

    qsizetype pending() const { return m_unanswered.size(); }

    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body, Done done)
    {
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() +
            "\r\nAuthorization: Bearer " + m_apiKey + "\r\n";
        if (!body.isEmpty() || method == "POST")
            request += "Content-Type: application/json\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\n";
        request += "\r\n" + body;
        m_unanswered.add(std::move(done), nowNs());
        m_socket.write(request);
        m_socket.flush();
    }

    // Blocking, for the sequential parts of the bench: returns as soon as the answer is read.
    Reply call(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
    {
        Reply result;
        QEventLoop loop;
        send(method, path, body, [&](const Reply &reply) {
            result = reply;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (result.doneNs == 0)
            loop.exec();
        return result;
    }

private:
    void readAnswers()
    {
        m_buffer += m_socket.readAll();
        m_unanswered.answerFrom(m_buffer, [](const Reply &) { return nowNs(); });
    }

    void failPending() { m_unanswered.failAll(nowNs()); }

    QString m_host;
    quint16 m_port = 0;
    QByteArray m_apiKey;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    UnansweredRequests m_unanswered;
};

#ifdef Q_OS_LINUX
// A keep-alive connection for the latency load that reads the kernel's receive timestamp of each
// answer: latency runs to when the answer's last packet arrived, not to when this thread got
// round to reading it, so that on a loaded machine the client's own waits for a core are not
// counted as the server's. Both ends are CLOCK_REALTIME, the clock of those timestamps.
class TimestampedConnection : public QObject
{
public:
    TimestampedConnection(const QString &host, quint16 port, QByteArray apiKey)
        : m_host(host)
        , m_port(port)
        , m_apiKey(std::move(apiKey))
    {
    }
    ~TimestampedConnection() override
    {
        m_notifier.reset();
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool open()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        if (m_fd < 0 ||
            ::inet_pton(AF_INET, m_host.toLatin1().constData(), &address.sin_addr) != 1 ||
            ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return false;
        const int on = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        if (::setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) != 0)
            return false;
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this,
                &TimestampedConnection::readAnswers);
        return true;
    }

    void send(const QByteArray &method, const QByteArray &path, const QByteArray &,
              std::function<void(const Reply &)> done)
    {
        const QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() +
            "\r\nAuthorization: Bearer " + m_apiKey + "\r\n\r\n";
        m_unanswered.add(std::move(done), realtimeNs());
        if (::send(m_fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) !=
            request.size())
            failAll();
    }

private:
    static qint64 realtimeNs()
    {
        timespec now{};
        ::clock_gettime(CLOCK_REALTIME, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

    void readAnswers()
    {
        for (;;) {
            char data[65536];
            alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))];
            iovec vector{data, sizeof data};
            msghdr message{};
            message.msg_iov = &vector;
            message.msg_iovlen = 1;
            message.msg_control = control;
            message.msg_controllen = sizeof control;
            const ssize_t received = ::recvmsg(m_fd, &message, MSG_DONTWAIT);
            if (received == 0 || (received < 0 && errno != EAGAIN && errno != EINTR)) {
                failAll();
                return;
            }
            if (received < 0)
                return;
            qint64 arrivedNs = realtimeNs();
            for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                    timespec stamp{};
                    std::memcpy(&stamp, CMSG_DATA(c), sizeof stamp);
                    arrivedNs = qint64(stamp.tv_sec) * 1000000000 + stamp.tv_nsec;
                }
            }
            m_buffer.append(data, qsizetype(received));
            m_unanswered.answerFrom(m_buffer, [arrivedNs](const Reply &reply) {
                return std::max(arrivedNs, reply.sentNs);
            });
        }
    }

    void failAll()
    {
        m_notifier.reset();
        m_unanswered.failAll(realtimeNs());
    }

    QString m_host;
    quint16 m_port = 0;
    QByteArray m_apiKey;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer;
    UnansweredRequests m_unanswered;
};
using LoadConnection = TimestampedConnection;
#else
// Elsewhere latency runs to when this thread read the answer.
using LoadConnection = KeepAliveClient;
#endif

QByteArray runsPath(const QString &app)
{
    return "/v1/applications/" + app.toUtf8() + "/runs";
}

const QByteArray trivialRunBody =
    R"({"input":{"value":1},"configuration":{"format":{"input":{"type":"json"}}}})";

// The usual fixture (app "test", instance "main" running nextdesk-testapp) with 2 workers: the
// same concurrency as the shell loop.
struct BenchServer
{
    ServerProcess process;
    std::unique_ptr<KeepAliveClient> client;

    bool start()
    {
        if (!startWithTestApp(process, {QStringLiteral("--workers"), QStringLiteral("2")}))
            return false;
        client = newClient();
        return client != nullptr;
    }

    std::unique_ptr<KeepAliveClient> newClient() const
    {
        auto c = std::make_unique<KeepAliveClient>(
            process.baseUrl().host(), quint16(process.baseUrl().port()), process.apiKey());
        return c->open() ? std::move(c) : nullptr;
    }

    QString createRun() const
    {
        const Reply reply =
            client->call("POST", runsPath("test") + "?instance_id=main", trivialRunBody);
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QStringLiteral("run_id"))
            .toString();
    }

    int activeRuns() const
    {
        const Reply reply = client->call("GET", "/v1/account/queue");
        if (reply.status != 200)
            return -1;
        return int(QJsonDocument::fromJson(reply.body)
                       .object()
                       .value(QStringLiteral("runs"))
                       .toArray()
                       .size());
    }

    bool hasEnded(const QString &runId) const
    {
        const Reply reply =
            client->call("GET", runsPath("test") + '/' + runId.toUtf8() + "/metadata");
        const QString status = QJsonDocument::fromJson(reply.body)
                                   .object()
                                   .value(QStringLiteral("metadata"))
                                   .toObject()
                                   .value(QStringLiteral("status_v2"))
                                   .toString();
        return reply.status != 200 || status == QLatin1String("succeeded") ||
            status == QLatin1String("failed") || status == QLatin1String("canceled");
    }

    // Asks every 10 ms (often enough for runs of seconds, rarely enough not to load the server)
    // whether the run created last has ended, then whether the queue is empty: the queue
    // itself is a long answer while it is full. False on time-out or error.
    bool waitUntilIdle(const QString &lastRun = {}, int timeoutMs = 300000) const
    {
        QElapsedTimer clock;
        clock.start();
        const auto pollUntil = [&](const std::function<bool()> &done) {
            while (!done()) {
                if (clock.elapsed() > timeoutMs)
                    return false;
                QEventLoop pause;
                QTimer::singleShot(10, &pause, &QEventLoop::quit);
                pause.exec();
            }
            return true;
        };
        if (!lastRun.isEmpty() && !pollUntil([&] { return hasEnded(lastRun); }))
            return false;
        return pollUntil([&] { return activeRuns() == 0; });
    }
};

// ---- P5 -------------------------------------------------------------------------------------

double shellLoopRunsPerSecond(int runs)
{
    // Two loops in parallel, each spawning the app on the same input: the cost of the processes
    // alone, which no server can beat.
    const QString script =
        QStringLiteral("loop() { i=0; while [ $i -lt %1 ]; do echo '{\"value\":1}' | '%2' "
                       ">/dev/null 2>&1; i=$((i+1)); done; }; loop & loop & wait")
            .arg(runs / 2)
            .arg(testAppExecutable());
    const qint64 start = nowNs();
    QProcess shell;
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    shell.waitForFinished(-1);
    return (runs / 2 * 2) / ((nowNs() - start) / 1e9);
}

// All runs are created at once (each POST answered before the next is sent), then the clock
// stops when the server's queue is empty: creation, queueing, spawning and recording, as a user
// submitting a batch sees it.
double serverRunsPerSecond(BenchServer &server, int runs)
{
    const qint64 start = nowNs();
    QString last;
    for (int i = 0; i < runs; ++i) {
        last = server.createRun();
        if (last.isEmpty())
            return 0;
    }
    if (!server.waitUntilIdle(last))
        return 0;
    return runs / ((nowNs() - start) / 1e9);
}

void measureP5(BenchServer &server, bool quick, double &serverRateOut)
{
    const int runs = quick ? 120 : 300; // fewer take a fraction of a second: noise
    const int repetitions = 3;
    shellLoopRunsPerSecond(10); // warm-up: caches, the app's libraries
    serverRunsPerSecond(server, 10);
    QList<double> floors, rates;
    for (int i = 0; i < repetitions; ++i) {
        floors.append(shellLoopRunsPerSecond(runs));
        rates.append(serverRunsPerSecond(server, runs));
        out << "  P5 repetition " << i + 1 << ": shell " << fixed(floors.last(), 1)
            << " runs/s, server " << fixed(rates.last(), 1) << " runs/s, ratio "
            << fixed(rates.last() / floors.last()) << Qt::endl;
    }
    if (std::find(rates.cbegin(), rates.cend(), 0.0) != rates.cend()) {
        Bench::reportFailure(QStringLiteral("P5"), QStringLiteral("runs did not complete"));
        return;
    }
    serverRateOut = Bench::median(rates);
    Bench::Figure figure;
    figure.id = QStringLiteral("P5");
    figure.what =
        QStringLiteral("server runs/s over HTTP, trivial app, %1 runs at concurrency 2").arg(runs);
    figure.value = serverRateOut;
    figure.floor = Bench::median(floors);
    figure.unit = QStringLiteral("runs/s");
    figure.target = QStringLiteral("≥ 0.6× shell-loop spawn floor");
    figure.limit = 0.6;
    figure.atMost = false;
    Bench::report(figure);
}

// ---- P6 -------------------------------------------------------------------------------------

struct Endpoint
{
    QString host;
    quint16 port = 0;
    QByteArray apiKey;
};

Endpoint endpointOf(const BenchServer &server)
{
    return {server.process.baseUrl().host(), quint16(server.process.baseUrl().port()),
            server.process.apiKey()};
}

// P6's floor: the least an HTTP server built on Qt's event loop can do on this machine. It
// answers every request on a keep-alive connection at once with a fixed answer as large as a
// run's metadata, on its own thread, with no routing, storage or JSON. Its tail is the
// machine's (scheduling, interrupts, a virtual CPU's pauses), which no server can beat.
class FloorResponder : public QObject
{
public:
    explicit FloorResponder(qsizetype answerSize)
    {
        const QByteArray body(answerSize, 'x');
        m_answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body;
        connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(*socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket); // before its address can name a new socket
                    socket->deleteLater();
                });
            }
        });
    }

    bool listen() { return m_listener.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_listener.serverPort(); }

private:
    void answer(QTcpSocket &socket)
    {
        QByteArray &buffer = m_buffers[&socket];
        buffer += socket.readAll();
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0;
             end = buffer.indexOf("\r\n\r\n")) {
            buffer.remove(0, end + 4);
            socket.write(m_answer);
        }
    }

    QTcpServer m_listener;
    QByteArray m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Sends metadata GETs on a fixed schedule (open loop: a slow answer does not delay the next
// request, which is pipelined behind it) over a few keep-alive connections, on its own thread so
// that the bench's other work cannot delay the schedule. Latency runs from the moment a request
// is written to the socket to the arrival of its answer's last byte (LoadConnection); how late
// each write was against its schedule is recorded apart, to show that the generator kept pace.
class SteadyLoad : public QObject
{
public:
    struct Result
    {
        QList<double> latenciesMs;
        QList<double> sendLateMs;
        int failures = 0;
    };

    SteadyLoad(const Endpoint &endpoint, QStringList paths, int perSecond, int durationMs)
        : m_host(endpoint.host)
        , m_port(endpoint.port)
        , m_apiKey(endpoint.apiKey)
        , m_paths(std::move(paths))
        , m_intervalNs(1000000000LL / perSecond)
        , m_count(qint64(perSecond) * durationMs / 1000)
    {
        m_timer.setParent(this); // moves to the load's thread with it
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &SteadyLoad::sendDue);
    }

    // Runs on the calling thread's event loop until every answer is in.
    Result run()
    {
        constexpr int connections = 4;
        for (int i = 0; i < connections; ++i) {
            auto client = std::make_unique<LoadConnection>(m_host, m_port, m_apiKey);
            if (!client->open())
                return {{}, {}, int(m_count)};
            m_clients.push_back(std::move(client));
        }
        m_startNs = nowNs();
        sendDue();
        Bench::waitUntil([this] { return m_answered == m_count; }, 600000);
        m_clients.clear(); // on the thread their sockets belong to
        return m_result;
    }

private:
    void sendDue()
    {
        const qint64 now = nowNs();
        while (m_sent < m_count && m_startNs + m_sent * m_intervalNs <= now) {
            const qint64 scheduled = m_startNs + m_sent * m_intervalNs;
            LoadConnection &client = *m_clients.at(size_t(m_sent % qint64(m_clients.size())));
            const QByteArray path = m_paths.at(m_sent % m_paths.size()).toUtf8();
            m_result.sendLateMs.append((nowNs() - scheduled) / 1e6);
            client.send("GET", path, {}, [this](const Reply &reply) {
                ++m_answered;
                if (reply.status == 200)
                    m_result.latenciesMs.append(reply.latencyMs());
                else
                    ++m_result.failures;
            });
            ++m_sent;
        }
        if (m_sent < m_count) {
            const qint64 untilNextNs = m_startNs + m_sent * m_intervalNs - nowNs();
            m_timer.start(int(std::max<qint64>(0, untilNextNs / 1000000)));
        }
    }

    QString m_host;
    quint16 m_port;
    QByteArray m_apiKey;
    QStringList m_paths;
    qint64 m_intervalNs;
    qint64 m_count;
    qint64 m_startNs = 0;
    qint64 m_sent = 0;
    qint64 m_answered = 0;
    QTimer m_timer;
    std::vector<std::unique_ptr<LoadConnection>> m_clients;
    Result m_result;
};

// Keeps runs executing: creates them at a steady rate while the load runs.
class RunFeeder : public QObject
{
public:
    RunFeeder(BenchServer &server, QByteArray body, double perSecond)
        : m_server(server)
        , m_body(std::move(body))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(std::max(1, int(1000 / perSecond)));
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_server.client->send("POST", runsPath("test") + "?instance_id=main", m_body,
                                  [this](const Reply &reply) {
                                      if (reply.status == 200)
                                          ++m_created;
                                  });
        });
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    int created() const { return m_created; }

private:
    BenchServer &m_server;
    QByteArray m_body;
    QTimer m_timer;
    int m_created = 0;
};

struct RunLoad
{
    QString what;
    QByteArray body; // of each run created
    double perSecond = 0;
};

struct LatencyUnderLoad
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double lateP99 = 0;
    double lateMax = 0;
    int answered = 0;
    int failures = 0;
    int runsCreated = 0;
};

// The load alone, for comparison.
const RunLoad noRuns{QStringLiteral("no runs"), {}, 0};

// One repetition: the steady GETs on the load's thread while the runs are fed from this one.
std::optional<LatencyUnderLoad> latencyUnderLoad(BenchServer &server, const Endpoint &endpoint,
                                                 const QStringList &paths, int perSecond,
                                                 int durationMs, const RunLoad &runs)
{
    RunFeeder feeder(server, runs.body, runs.perSecond);
    if (runs.perSecond > 0)
        feeder.start();
    SteadyLoad::Result result;
    QThread thread;
    QObject onThread;
    onThread.moveToThread(&thread);
    thread.start();
    std::atomic<bool> finished = false;
    QMetaObject::invokeMethod(&onThread, [&] {
        SteadyLoad load(endpoint, paths, perSecond, durationMs);
        result = load.run();
        finished = true;
    });
    Bench::waitUntil([&] { return finished.load(); }, durationMs + 120000);
    thread.quit();
    thread.wait();
    feeder.stop();
    if (!server.waitUntilIdle())
        return std::nullopt;
    LatencyUnderLoad measured;
    measured.p50 = percentile(result.latenciesMs, 0.50);
    measured.p99 = percentile(result.latenciesMs, 0.99);
    measured.max = percentile(result.latenciesMs, 1.0);
    measured.lateP99 = percentile(result.sendLateMs, 0.99);
    measured.lateMax = percentile(result.sendLateMs, 1.0);
    measured.answered = int(result.latenciesMs.size());
    measured.failures = result.failures;
    measured.runsCreated = feeder.created();
    return measured;
}

void printLatency(const QString &label, const LatencyUnderLoad &m)
{
    out << "  " << label << ": " << m.answered << " GETs while " << m.runsCreated
        << " runs were created: p50 " << fixed(m.p50) << " ms, p99 " << fixed(m.p99) << " ms, max "
        << fixed(m.max) << " ms; sends late p99 " << fixed(m.lateP99) << " ms, max "
        << fixed(m.lateMax) << " ms" << Qt::endl;
}

// The same load against FloorResponder on a thread of its own, answering as much as `sample` does.
std::optional<LatencyUnderLoad> floorLatency(BenchServer &server, const QByteArray &sample,
                                             int perSecond, int durationMs)
{
    QThread thread;
    QObject onThread;
    onThread.moveToThread(&thread);
    thread.start();
    const qsizetype answerSize = server.client->call("GET", sample).body.size();
    std::unique_ptr<FloorResponder> responder;
    Endpoint endpoint{QStringLiteral("127.0.0.1"), 0, {}};
    QMetaObject::invokeMethod(
        &onThread,
        [&] {
            responder = std::make_unique<FloorResponder>(answerSize);
            if (responder->listen())
                endpoint.port = responder->port();
        },
        Qt::BlockingQueuedConnection);
    std::optional<LatencyUnderLoad> measured;
    if (endpoint.port != 0)
        measured = latencyUnderLoad(server, endpoint, {QString::fromUtf8(sample)}, perSecond,
                                    durationMs, noRuns);
    QMetaObject::invokeMethod(
        &onThread, [&] { responder.reset(); }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return measured;
}

void measureP6(BenchServer &server, bool quick, double serverRunsPerSecond)
{
    constexpr int perSecond = 200;
    const int durationMs = quick ? 3000 : 10000;
    const int repetitions = 3;
    // Finished runs to ask about, so the GETs do not all hit one row.
    QStringList paths;
    for (int i = 0; i < 20; ++i)
        paths.append(
            QStringLiteral("/v1/applications/test/runs/%1/metadata").arg(server.createRun()));
    if (!server.waitUntilIdle()) {
        Bench::reportFailure(QStringLiteral("P6"), QStringLiteral("runs did not complete"));
        return;
    }
    // The figure: both workers kept busy by the trivial app asked to take 100 ms (and log a line),
    // created a little faster than two workers finish them, so the server starts, supervises,
    // logs and records runs all the time.
    const RunLoad busy{
        QStringLiteral("2 workers always busy with 100 ms runs"),
        R"({"input":{"value":1,"sleep_ms":100},"configuration":{"format":{"input":{"type":"json"}}}})",
        21};
    // Printed beside it: instant runs created as fast as the server can take them (80% of P5),
    // where spawning apps keeps both cores busy and the GETs wait for a core as much as for the
    // server.
    const RunLoad saturated{QStringLiteral("runs at 80% of P5's rate"), trivialRunBody,
                            std::clamp(serverRunsPerSecond * 0.8, 5.0, 200.0)};

    const Endpoint endpoint = endpointOf(server);
    QList<double> p99s, ratios;
    for (int i = 0; i < repetitions; ++i) {
        const auto measured =
            latencyUnderLoad(server, endpoint, paths, perSecond, durationMs, busy);
        if (!measured || measured->failures > 0) {
            Bench::reportFailure(
                QStringLiteral("P6"),
                measured ? QStringLiteral("%1 metadata GETs failed").arg(measured->failures)
                         : QStringLiteral("runs did not complete"));
            return;
        }
        printLatency(QStringLiteral("P6 repetition %1 (%2)").arg(i + 1).arg(busy.what), *measured);
        p99s.append(measured->p99);
        ratios.append(measured->p50 > 0 ? measured->p99 / measured->p50 : 0);
    }
    if (const auto measured =
            latencyUnderLoad(server, endpoint, paths, perSecond, durationMs, saturated)) {
        printLatency(QStringLiteral("P6 for comparison (%1, %2/s)")
                         .arg(saturated.what, fixed(saturated.perSecond, 0)),
                     *measured);
    }
    if (const auto measured =
            latencyUnderLoad(server, endpoint, paths, perSecond, durationMs, noRuns))
        printLatency(QStringLiteral("P6 for comparison (no runs)"), *measured);
    // The machine's own tail, which the p99/p50 target cannot be read without.
    QString floorTail = QStringLiteral("not measured");
    if (const auto measured =
            floorLatency(server, paths.constFirst().toUtf8(), perSecond, durationMs)) {
        floorTail = fixed(measured->p50 > 0 ? measured->p99 / measured->p50 : 0);
        printLatency(QStringLiteral("P6 floor (a bare Qt responder's fixed answer, no runs; "
                                    "p99/p50 %1)")
                         .arg(floorTail),
                     *measured);
    }
    Bench::Figure figure;
    figure.id = QStringLiteral("P6");
    figure.what =
        QStringLiteral(
            "p99 of run-metadata GETs at a steady %1 req/s over 4 "
            "keep-alive connections (from each request's write to its answer's arrival), %2; "
            "a bare responder's p99/p50 here: %3")
            .arg(perSecond)
            .arg(busy.what, floorTail);
    figure.value = Bench::median(p99s);
    figure.unit = QStringLiteral("ms");
    figure.target = QStringLiteral("p99 ≤ 5 ms, p99/p50 ≤ 5");
    figure.limit = 5;
    figure.atMost = true;
    figure.checks.append(
        {QStringLiteral("p99/p50"), Bench::median(ratios), 5, QStringLiteral("×"), true});
    Bench::report(figure);
}

// ---- P2, the server's side --------------------------------------------------------------------

bool runTool(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return false;
    const QByteArray text = process.readAllStandardOutput();
    if (output)
        *output = text;
    return true;
}

// A data dir with app "test" and `runs` finished runs; reused when it has them already.
bool prepareSeededDataDir(const QString &dir, qint64 runs)
{
    const QString marker = QDir(dir).filePath(QStringLiteral("bench-seeded-runs"));
    QFile seeded(marker);
    // The store's layout is part of what is seeded: a dir seeded by an older build is redone.
    const QByteArray stamp = QByteArray::number(runs) + " runs, list items kept";
    if (seeded.open(QIODevice::ReadOnly) && seeded.readAll() == stamp) {
        out << "  reusing " << dir << " (" << runs << " runs)" << Qt::endl;
        return true;
    }
    seeded.close();
    QDir(dir).removeRecursively();
    const qint64 start = nowNs();
    if (!runTool(serverExecutable(),
                 {QStringLiteral("push"), QStringLiteral("--data-dir"), dir,
                  QStringLiteral("--app"), QStringLiteral("test"), QStringLiteral("--version-id"),
                  QStringLiteral("v1"), QStringLiteral("--instance-id"), QStringLiteral("main"),
                  QStringLiteral("--default"), testAppExecutable()}))
        return false;
    const QString seeder =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench_seed"));
    if (!runTool(seeder, {dir, QStringLiteral("test"), QString::number(runs)}))
        return false;
    out << "  seeded " << runs << " runs in " << fixed((nowNs() - start) / 1e9, 1) << " s"
        << Qt::endl;
    if (!seeded.open(QIODevice::WriteOnly))
        return false;
    seeded.write(stamp);
    return true;
}

QByteArray nextPageToken(const QByteArray &body)
{
    static const QByteArray key = "\"next_page_token\":\"";
    const qsizetype at = body.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype start = at + key.size();
    return body.mid(start, body.indexOf('"', start) - start);
}

void measureP2Server(bool quick, QString dataDir)
{
    const qint64 runs = quick ? 50000 : 1000000;
    QTemporaryDir temporary;
    if (dataDir.isEmpty())
        dataDir = temporary.path();
    out << "P2-server: one app with " << runs << " runs, paged through by one keep-alive client"
        << Qt::endl;
    if (!prepareSeededDataDir(dataDir, runs)) {
        out << "P2-server: could not seed the data dir" << Qt::endl;
        return;
    }
    QByteArray apiKey;
    if (!runTool(serverExecutable(),
                 {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--print-api-key")},
                 &apiKey))
        return;
    apiKey = apiKey.trimmed();

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 launched = nowNs();
    server.start(serverExecutable(),
                 {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0")});
    QByteArray firstLine;
    while (!firstLine.contains('\n') && server.waitForReadyRead(60000))
        firstLine += server.readAllStandardOutput();
    const double listeningMs = (nowNs() - launched) / 1e6;
    const qsizetype portAt = firstLine.lastIndexOf(':');
    const quint16 port = quint16(firstLine.mid(portAt + 1).trimmed().toUInt());
    if (!firstLine.startsWith("listening on") || port == 0) {
        out << "P2-server: the server did not start" << Qt::endl;
        return;
    }
    KeepAliveClient client(QStringLiteral("127.0.0.1"), port, apiKey);
    if (!client.open())
        return;
    Reply page = client.call("GET", runsPath("test"));
    const double firstAnswerMs = (nowNs() - launched) / 1e6;
    const double idleRssMb = Bench::residentMb(server.processId());

    QList<double> latencies;
    double maxRssMb = idleRssMb;
    QByteArray lastPagePath = runsPath("test");
    const qint64 pagingStart = nowNs();
    for (;;) {
        if (page.status != 200) {
            out << "P2-server: page " << latencies.size() + 1 << " answered " << page.status
                << Qt::endl;
            break;
        }
        latencies.append(page.latencyMs());
        if (latencies.size() % 1000 == 0)
            maxRssMb = std::max(maxRssMb, Bench::residentMb(server.processId()));
        const QByteArray token = nextPageToken(page.body);
        if (token.isEmpty())
            break;
        lastPagePath = runsPath("test") + "?pagetoken=" + token;
        page = client.call("GET", lastPagePath);
    }
    const double pagingS = (nowNs() - pagingStart) / 1e9;
    // A page takes well under a millisecond, so a pass of seconds drifts with the machine's
    // load: the first and the last page are also asked for in turns, under the same load.
    QList<double> firstInTurns, lastInTurns;
    for (int i = 0; i < 200; ++i) {
        firstInTurns.append(client.call("GET", runsPath("test")).latencyMs());
        lastInTurns.append(client.call("GET", lastPagePath).latencyMs());
    }
    maxRssMb = std::max(maxRssMb, Bench::residentMb(server.processId()));
    const double peakRssMb = Bench::peakResidentMb(server.processId());
    server.terminate();
    server.waitForFinished(30000);

    const qsizetype pages = latencies.size();
    const qsizetype window = std::clamp<qsizetype>(pages / 20, 1, 1000);
    const double firstPages = Bench::median(latencies.first(window));
    const double lastPages = Bench::median(latencies.last(window));
    const double firstTurns = Bench::median(firstInTurns);
    const double lastTurns = Bench::median(lastInTurns);
    out << "P2-server start: " << fixed(listeningMs, 0) << " ms to 'listening', "
        << fixed(firstAnswerMs, 0) << " ms to the first page answered (target ≤ 1000 ms)"
        << Qt::endl;
    out << "P2-server paging: " << pages << " pages in " << fixed(pagingS, 1) << " s ("
        << fixed(pages / pagingS, 0) << " pages/s)" << Qt::endl;
    out << "P2-server page latency in the pass: median of the first " << window << " pages "
        << fixed(firstPages) << " ms, of the last " << window << " " << fixed(lastPages)
        << " ms (ratio " << fixed(lastPages / firstPages) << ")" << Qt::endl;
    out << "P2-server page latency in turns (200 each): page 1 " << fixed(firstTurns)
        << " ms, page " << pages << " " << fixed(lastTurns) << " ms; ratio "
        << fixed(lastTurns / firstTurns) << " (target ≤ 1.5)" << Qt::endl;
    out << "P2-server RSS: " << fixed(idleRssMb, 1) << " MB after start, " << fixed(maxRssMb, 1)
        << " MB most while paging, peak (VmHWM) " << fixed(peakRssMb, 1) << " MB (target ≤ 100 MB)"
        << Qt::endl;
}

QString optionValue(const QStringList &arguments, const QString &name)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 ? arguments.value(at + 1) : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = Bench::quickScale(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString only = optionValue(arguments, QStringLiteral("--only")).toUpper();
    const auto wanted = [&](const char *id) {
        return only.isEmpty() || only.split(QLatin1Char(',')).contains(QLatin1String(id));
    };

    if (wanted("P5") || wanted("P6")) {
        BenchServer server;
        if (!server.start()) {
            for (const char *id : {"P5", "P6"}) {
                if (wanted(id))
                    Bench::reportFailure(QLatin1String(id),
                                         QStringLiteral("could not start nextdesk-server"));
            }
            return 1;
        }
        out << "nextdesk-server pid " << server.process.processId() << Qt::endl;
        // P6 feeds runs at 80% of the rate P5 measured; alone, it measures a short batch first.
        double serverRate = 0;
        if (wanted("P5"))
            measureP5(server, quick, serverRate);
        else
            serverRate = serverRunsPerSecond(server, 30);
        if (wanted("P6"))
            measureP6(server, quick, serverRate);
    }
    if (wanted("P2"))
        measureP2Server(quick, optionValue(arguments, QStringLiteral("--p2-dir")));
    return 0;
}
