// nextdesk-server's HTTP front over raw TCP: HEAD, keep-alive and pipelining, chunked bodies and
// 100-continue, refusals from the headers alone (key, size, framing), caps and time-outs, bodies
// streamed to disk, answers that do not wait for tar, and links that ignore the Host header.
#include "servertesthelpers.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace TestSupport;

namespace {

struct RawResponse
{
    int status = 0; // 0: no complete answer in time
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// A client that writes exactly the bytes given and reads answers one by one.
class RawClient
{
public:
    explicit RawClient(const QUrl &base)
    {
        m_socket.connectToHost(base.host(), quint16(base.port()));
        m_connected = m_socket.waitForConnected(5000);
    }

    bool connected() const { return m_connected; }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }

    // Reads one answer; `head` for the answer to a HEAD (headers only).
    RawResponse read(bool head = false, int timeoutMs = 10000)
    {
        RawResponse response;
        QDeadlineTimer deadline(timeoutMs);
        qsizetype end = -1;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill(deadline))
                return response;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        response.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            response.headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        const qsizetype length =
            head || response.status == 100 ? 0 : response.header("Content-Length").toLongLong();
        while (m_buffer.size() < length) {
            if (!fill(deadline)) {
                response.status = 0;
                return response;
            }
        }
        response.body = m_buffer.left(length);
        m_buffer.remove(0, length);
        return response;
    }

    // True when the server closes the connection within the time (nothing else arriving).
    bool closedByServer(int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
            m_buffer += m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }
    QByteArray unread() const { return m_buffer; }

private:
    bool fill(const QDeadlineTimer &deadline)
    {
        if (m_socket.bytesAvailable() == 0 &&
            !m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            return false;
        m_buffer += m_socket.readAll();
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_connected = false;
};

QByteArray requestHead(const QByteArray &method, const QByteArray &target, const QByteArray &key,
                       const QByteArray &extra = {})
{
    QByteArray text = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!key.isEmpty())
        text += "Authorization: Bearer " + key + "\r\n";
    return text + extra + "\r\n";
}

QString uploadUrl(HttpTestClient &http, const QString &app)
{
    return http.get(QStringLiteral("/v1/applications/%1/binary").arg(app))
        .object()
        .value(QStringLiteral("upload_url"))
        .toString();
}

// The path and query of an absolute URL, as a request target.
QByteArray target(const QString &url)
{
    return QUrl(url).toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
}

#ifdef Q_OS_LINUX
// kB from /proc/<pid>/status, e.g. "VmHWM" (the peak resident size).
qint64 procStatus(qint64 pid, const QByteArray &field)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
#endif

} // namespace

class TestHttpFront : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;

private Q_SLOTS:
    void initTestCase()
    {
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed memory resident for a while to catch late uses (256 MB
        // by default), which the peak-memory check below would count as held. A small
        // quarantine keeps that check meaningful.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           environment.value(QStringLiteral("ASAN_OPTIONS")) +
                               QStringLiteral(":quarantine_size_mb=8"));
        m_server.setEnvironment(environment);
#endif
        QVERIFY(m_server.start());
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/applications"),
                            {{QStringLiteral("id"), QStringLiteral("front")}})
                     .status,
                 200);
    }

    // Defect 1: HEAD answered headers that never ended.
    void headAnswersHeadersAndNoBody()
    {
        const HttpReply get = m_http->get(QStringLiteral("/v1/applications"));
        QCOMPARE(get.status, 200);
        const HttpReply head = m_http->send("HEAD", QStringLiteral("/v1/applications"), {}, 5000);
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());

        // On one connection: the HEAD answer ends with its blank line, the next answer follows.
        RawClient raw(m_server.baseUrl());
        QVERIFY(raw.connected());
        raw.send(requestHead("HEAD", "/v1/applications", m_server.apiKey()) +
                 requestHead("GET", "/v1/applications", m_server.apiKey()));
        const RawResponse headAnswer = raw.read(true);
        QCOMPARE(headAnswer.status, 200);
        QCOMPARE(headAnswer.header("Content-Length").toLongLong(), get.body.size());
        const RawResponse getAnswer = raw.read();
        QCOMPARE(getAnswer.status, 200);
        QCOMPARE(getAnswer.body, get.body);
    }

    void keepAlivePipeliningChunkedAndContinue()
    {
        RawClient raw(m_server.baseUrl());
        QVERIFY(raw.connected());
        // Three requests in one write are answered in order on the one connection.
        raw.send(requestHead("GET", "/v1/applications/front", m_server.apiKey()) +
                 requestHead("GET", "/v1/applications/none", m_server.apiKey()) +
                 requestHead("GET", "/v1/applications", m_server.apiKey()));
        QCOMPARE(raw.read().status, 200);
        QCOMPARE(raw.read().status, 404);
        QCOMPARE(raw.read().status, 200);

        const QByteArray json = R"({"id":"chunked","name":"Chunked"})";
        raw.send(requestHead("POST", "/v1/applications", m_server.apiKey(),
                             "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n") +
                 QByteArray::number(10, 16) + "\r\n" + json.left(10) + "\r\n" +
                 QByteArray::number(json.size() - 10, 16) + "\r\n" + json.mid(10) +
                 "\r\n0\r\n\r\n");
        const RawResponse created = raw.read();
        QCOMPARE(created.status, 200);
        QCOMPARE(QJsonDocument::fromJson(created.body).object().value("name").toString(),
                 QStringLiteral("Chunked"));

        // Expect: 100-continue gets its interim answer before the body is sent.
        const QByteArray update = R"({"name":"Renamed"})";
        raw.send(requestHead("PUT", "/v1/applications/chunked", m_server.apiKey(),
                             "Content-Type: application/json\r\nExpect: 100-continue\r\n"
                             "Content-Length: " +
                                 QByteArray::number(update.size()) + "\r\n"));
        QCOMPARE(raw.read().status, 100);
        raw.send(update);
        QCOMPARE(raw.read().status, 200);
    }

    // Defect 3: an empty upload answered 500.
    void emptyUploadIsAnEmptyPayload()
    {
        const QString url = uploadUrl(*m_http, QStringLiteral("front"));
        QVERIFY(!url.isEmpty());
        const HttpReply put = m_http->send("PUT", url, {});
        QCOMPARE(put.status, 200);
        // Using it says what is wrong with it, not 500.
        const HttpReply activate = m_http->put(QStringLiteral("/v1/applications/front/binary"), {});
        QCOMPARE(activate.status, 400);
        QVERIFY2(activate.error().contains(QLatin1String(".tar.gz")), qPrintable(activate.error()));
    }

    // Defect 4: bodies were read whole before the 401 or 413.
    void refusalsComeFromTheHeadersBeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("status");
        const QByteArray big = QByteArray::number(650LL * 1024 * 1024);
        QTest::newRow("no key") << QByteArray("PUT") << QByteArray("/v1/applications/front")
                                << false << 401;
        QTest::newRow("no key, unknown path")
            << QByteArray("POST") << QByteArray("/v1/nowhere") << false << 401;
        QTest::newRow("keyed JSON route over its cap")
            << QByteArray("PUT") << QByteArray("/v1/applications/front") << true << 413;
        QTest::newRow("upload over the upload cap")
            << QByteArray("PUT") << QByteArray("/uploads/whatever") << false << 413;
    }

    void refusalsComeFromTheHeadersBeforeTheBody()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(bool, withKey);
        QFETCH(int, status);
        RawClient raw(m_server.baseUrl());
        QVERIFY(raw.connected());
        raw.send(requestHead(method, path, withKey ? m_server.apiKey() : QByteArray(),
                             "Content-Type: application/json\r\nContent-Length: " +
                                 QByteArray::number(650LL * 1024 * 1024) + "\r\n"));
        // Not one body byte was sent: the answer comes from the headers alone.
        const RawResponse answer = raw.read(false, 5000);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("Connection"), "close");
        QVERIFY(raw.closedByServer());
    }

    void largeUploadIsSpooledNotHeldInMemory()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads the server's peak memory from /proc");
#else
        const qint64 pid = m_server.processId();
        const qint64 peakBefore = procStatus(pid, "VmHWM");
        QVERIFY(peakBefore > 0);
        const QString url = uploadUrl(*m_http, QStringLiteral("front"));
        constexpr qint64 size = 150LL * 1024 * 1024;
        RawClient raw(m_server.baseUrl());
        QVERIFY(raw.connected());
        raw.send(requestHead("PUT", target(url), {},
                             "Content-Length: " + QByteArray::number(size) + "\r\n"));
        const QByteArray block(1024 * 1024, 'x');
        for (qint64 sent = 0; sent < size; sent += block.size())
            raw.send(block);
        QCOMPARE(raw.read(false, 60000).status, 200);
        const qint64 growthKb = procStatus(pid, "VmHWM") - peakBefore;
        QVERIFY2(growthKb < 64 * 1024,
                 qPrintable(QStringLiteral("peak grew by %1 kB").arg(growthKb)));
        // And the bytes were kept: the spooled file moved into the payload store.
        qint64 stored = 0;
        QDir payloads(m_server.dataDir() + QStringLiteral("/payloads/front"));
        for (const QFileInfo &info : payloads.entryInfoList(QDir::Files))
            stored = std::max(stored, info.size());
        QCOMPARE(stored, size);
#endif
    }

    // Defect 10: ambiguous framing and oversized headers were accepted.
    void ambiguousFramingAndHugeHeadersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<int>("status");
        QTest::newRow("two lengths")
            << QByteArray("Content-Length: 2\r\nContent-Length: 3\r\n") << 400;
        QTest::newRow("length and chunked")
            << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("Content-Length: -2\r\n") << 400;
        QTest::newRow("other coding") << QByteArray("Transfer-Encoding: gzip\r\n") << 400;
        QTest::newRow("100 kB of headers")
            << QByteArray("X-Big: " + QByteArray(100 * 1024, 'a') + "\r\n") << 431;
    }

    void ambiguousFramingAndHugeHeadersAreRefused()
    {
        QFETCH(QByteArray, extra);
        QFETCH(int, status);
        RawClient raw(m_server.baseUrl());
        QVERIFY(raw.connected());
        raw.send(requestHead("POST", "/v1/applications", m_server.apiKey(), extra) + "{}");
        QCOMPARE(raw.read().status, status);
        QVERIFY(raw.closedByServer());
    }

    // Defect 13: without a key, 404 and 405 told which routes exist; links copied Host.
    void withoutKeyNothingIsToldAndLinksIgnoreHost()
    {
        HttpTestClient anonymous(m_server.baseUrl(), {});
        QCOMPARE(anonymous.get(QStringLiteral("/v1/nothing")).status, 401);
        QCOMPARE(anonymous.patch(QStringLiteral("/v1/applications")).status, 401);

        RawClient raw(m_server.baseUrl());
        QVERIFY(raw.connected());
        raw.send("GET /v1/applications/front/binary HTTP/1.1\r\nHost: evil.example:666\r\n"
                 "Authorization: Bearer " +
                 m_server.apiKey() + "\r\n\r\n");
        const RawResponse answer = raw.read();
        QCOMPARE(answer.status, 200);
        const QString link =
            QJsonDocument::fromJson(answer.body).object().value("upload_url").toString();
        QVERIFY2(link.startsWith(m_server.baseUrl().toString()), qPrintable(link));
    }

    void slowAndIdleConnectionsTimeOut()
    {
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--header-timeout"), QStringLiteral("1"),
                              QStringLiteral("--body-timeout"), QStringLiteral("1"),
                              QStringLiteral("--idle-timeout"), QStringLiteral("1")}));
        // Slow headers (slowloris) end with 408.
        RawClient slowHeaders(server.baseUrl());
        slowHeaders.send("GET /v1/applications HTTP/1.1\r\nHost: x\r\n");
        // A stalled body too.
        RawClient slowBody(server.baseUrl());
        slowBody.send(
            requestHead("POST", "/v1/applications", server.apiKey(), "Content-Length: 100\r\n") +
            "{\"id\"");
        // An idle kept-alive connection is closed without a word.
        RawClient idle(server.baseUrl());
        idle.send(requestHead("GET", "/v1/applications", server.apiKey()));
        QCOMPARE(idle.read().status, 200);

        QCOMPARE(slowHeaders.read().status, 408);
        QVERIFY(slowHeaders.closedByServer());
        QCOMPARE(slowBody.read().status, 408);
        QVERIFY(slowBody.closedByServer());
        QVERIFY(idle.closedByServer());
        QVERIFY(idle.unread().isEmpty());
    }

    void connectionsOverTheCapAreTurnedAway()
    {
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--max-connections"), QStringLiteral("2")}));
        auto first = std::make_unique<RawClient>(server.baseUrl());
        auto second = std::make_unique<RawClient>(server.baseUrl());
        RawClient third(server.baseUrl());
        QVERIFY(third.connected());
        QCOMPARE(third.read().status, 503);
        QVERIFY(third.closedByServer());
        // The first two are served.
        first->send(requestHead("GET", "/v1/applications", server.apiKey()));
        QCOMPARE(first->read().status, 200);
        // With them gone there is room again.
        first.reset();
        second.reset();
        HttpTestClient http(server.baseUrl(), server.apiKey());
        QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/v1/applications")).status, 200, 10000);
    }

    // Defect 11: PUT {app}/binary held the server's one thread while tar ran.
    void otherRequestsAreServedWhileTarUnpacks()
    {
#ifndef Q_OS_UNIX
        QSKIP("stands a shell script in for tar");
#else
        // A tar that waits at a gate (a FIFO) before doing the real work.
        QTemporaryDir tools;
        const QString realTar = QStandardPaths::findExecutable(QStringLiteral("tar"));
        QVERIFY(!realTar.isEmpty());
        const QString gate = tools.filePath(QStringLiteral("gate"));
        QCOMPARE(::mkfifo(QFile::encodeName(gate).constData(), 0600), 0);
        QFile script(tools.filePath(QStringLiteral("tar")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\ntouch '" + QFile::encodeName(gate) + ".started'\nread line < '" +
                     QFile::encodeName(gate) + "'\nexec '" + QFile::encodeName(realTar) +
                     "' \"$@\"\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        ServerProcess server;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"),
                           tools.path() + QLatin1Char(':') + environment.value("PATH"));
        server.setEnvironment(environment);
        QVERIFY(server.start());
        HttpTestClient http(server.baseUrl(), server.apiKey());
        QCOMPARE(http.post(QStringLiteral("/v1/applications"),
                           {{QStringLiteral("id"), QStringLiteral("slow")}})
                     .status,
                 200);
        QCOMPARE(http.send("PUT", uploadUrl(http, QStringLiteral("slow")), testAppBundle()).status,
                 200);

        RawClient activation(server.baseUrl());
        const QByteArray body = R"({"requirements":{"executable_type":"binary"}})";
        activation.send(requestHead("PUT", "/v1/applications/slow/binary", server.apiKey(),
                                    "Content-Length: " + QByteArray::number(body.size()) + "\r\n") +
                        body);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(gate + QStringLiteral(".started")), 10000);

        // tar is stuck at the gate; the server answers others meanwhile.
        const HttpReply meanwhile = http.send("GET", QStringLiteral("/v1/applications"), {}, 5000);
        QFile release(gate);
        QVERIFY(release.open(QIODevice::WriteOnly));
        release.write("go\n");
        release.close();
        QCOMPARE(meanwhile.status, 200);
        const RawResponse activated = activation.read(false, 30000);
        QCOMPARE(activated.status, 200);
        QVERIFY(activated.body.contains("\"id\""));
#endif
    }
};

QTEST_GUILESS_MAIN(TestHttpFront)
#include "tst_httpfront.moc"
