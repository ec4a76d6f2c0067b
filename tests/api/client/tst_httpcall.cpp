// The client's HTTP policy against a fault-injecting server: retries with backoff for GETs on
// 5xx/429 (honouring Retry-After), never for POSTs but on 429, time-outs, and readable errors.
#include "api/client/httpcall.h"
#include "support/faultserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(TestSupport::FaultServer::Response)

using TestSupport::FaultServer;

namespace {

struct Outcome
{
    bool ok = false;
    Api::Error error;
    Api::HttpAnswer answer;
};

Outcome run(QNetworkAccessManager &network, Api::HttpSpec spec)
{
    auto *call = new Api::HttpCall(network, std::move(spec), "key");
    Outcome outcome;
    bool done = false;
    QObject::connect(call, &Api::HttpCall::succeeded, [&](const Api::HttpAnswer &a) {
        outcome = {true, {}, a};
        done = true;
    });
    QObject::connect(call, &Api::HttpCall::failed,
                     [&](const Api::Error &e, const Api::HttpAnswer &a) {
                         outcome = {false, e, a};
                         done = true;
                     });
    call->start();
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 60000)
        QTest::qWait(10);
    return outcome;
}

} // namespace

class TestHttpCall : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    Api::HttpSpec spec(const FaultServer &server, const QByteArray &method, const QString &path)
    {
        Api::HttpSpec s;
        s.method = method;
        s.url = server.baseUrl();
        s.url.setPath(path);
        s.retryable = method == "GET";
        return s;
    }

private Q_SLOTS:
    void getRetriesThroughServerErrors()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue("GET", QStringLiteral("/x"), {.status = 503, .body = "{}"});
        server.enqueue("GET", QStringLiteral("/x"), {.status = 502, .body = "{}"});
        server.enqueue("GET", QStringLiteral("/x"), {.status = 200, .body = "{\"ok\":true}"});
        const Outcome outcome = run(m_network, spec(server, "GET", QStringLiteral("/x")));
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.answer.body, QByteArray("{\"ok\":true}"));
        QCOMPARE(server.requestCount("GET", QStringLiteral("/x")), 3);
    }

    void retryAfterIsHonoured()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue("GET", QStringLiteral("/x"),
                       {.status = 429, .body = "{}", .headers = {{"Retry-After", "1"}}});
        server.enqueue("GET", QStringLiteral("/x"), {.status = 200, .body = "[]"});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(run(m_network, spec(server, "GET", QStringLiteral("/x"))).ok);
        QVERIFY(clock.elapsed() >= 900);
    }

    void tooManyRequestsIsRetriedOnEveryMethod()
    {
        // The server refused before acting, so even a create is safe to send again.
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue("POST", QStringLiteral("/runs"),
                       {.status = 429, .body = "{}", .headers = {{"Retry-After", "1"}}});
        server.enqueue("POST", QStringLiteral("/runs"),
                       {.status = 200, .body = R"({"run_id":"r"})"});
        const Outcome outcome = run(m_network, spec(server, "POST", QStringLiteral("/runs")));
        QVERIFY(outcome.ok);
        QCOMPARE(server.requestCount("POST", QStringLiteral("/runs")), 2);
    }

    void postIsNeverRetried()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault("POST", QStringLiteral("/runs"),
                          {.status = 500, .body = R"({"error":"boom"})"});
        const Outcome outcome = run(m_network, spec(server, "POST", QStringLiteral("/runs")));
        QVERIFY(!outcome.ok);
        QCOMPARE(server.requestCount("POST", QStringLiteral("/runs")), 1);
        QCOMPARE(outcome.error.httpStatus, 500);
        QVERIFY(outcome.error.message.contains(QLatin1String("boom")));
    }

    void givesUpAfterTheLastRetry()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault("GET", QStringLiteral("/x"),
                          {.status = 500, .body = "plain text failure"});
        const Outcome outcome = run(m_network, spec(server, "GET", QStringLiteral("/x")));
        QVERIFY(!outcome.ok);
        QCOMPARE(server.requestCount("GET", QStringLiteral("/x")), 1 + Api::HttpCall::maxRetries);
        QVERIFY(outcome.error.message.contains(QLatin1String("plain text failure")));
    }

    void aBigAnswerReachesItsSinkInBoundedPieces()
    {
        // A window busy drawing while an output arrives finds tens of MB waiting; handing them
        // to the sink in one piece froze it for a tenth of a second and more.
        FaultServer server;
        QVERIFY(server.listen());
        QByteArray body;
        for (int i = 0; body.size() < 12 * 1024 * 1024; ++i)
            body += QByteArray::number(i) + ',';
        server.setDefault("GET", QStringLiteral("/big"), {.body = body});
        struct Sink final : QIODevice
        {
            QByteArray bytes;
            qint64 largestWrite = 0;
            qint64 readData(char *, qint64) override { return -1; }
            qint64 writeData(const char *data, qint64 size) override
            {
                QThread::msleep(20); // a busy disk: meanwhile the answer piles up
                largestWrite = std::max(largestWrite, size);
                bytes.append(data, size);
                return size;
            }
        } sink;
        sink.open(QIODevice::WriteOnly);
        Api::HttpSpec s = spec(server, "GET", QStringLiteral("/big"));
        s.sink = &sink;
        auto *call = new Api::HttpCall(m_network, std::move(s), "key");
        QSignalSpy succeeded(call, &Api::HttpCall::succeeded);
        call->start();
        QTRY_VERIFY_WITH_TIMEOUT(succeeded.size() == 1, 60000);
        QCOMPARE(sink.bytes.size(), body.size());
        QVERIFY(sink.bytes == body);
        QVERIFY2(sink.largestWrite <= 1024 * 1024, QByteArray::number(sink.largestWrite));
    }

    void slowAnswerTimesOut()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault("PUT", QStringLiteral("/slow"),
                          {.status = 200, .body = "{}", .delayMs = 3000});
        Api::HttpSpec s = spec(server, "PUT", QStringLiteral("/slow"));
        s.timeoutMs = 300;
        const Outcome outcome = run(m_network, s);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, Api::Error::Kind::Timeout);
        QVERIFY(outcome.error.message.contains(QLatin1String("did not answer")));
    }

    void droppedAnswerIsANetworkError()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault("PUT", QStringLiteral("/drop"),
                          {.status = 200,
                           .body = QByteArray(100000, 'x'),
                           .fault = FaultServer::Response::Fault::DropMidBody});
        const Outcome outcome = run(m_network, spec(server, "PUT", QStringLiteral("/drop")));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, Api::Error::Kind::Network);
    }

    void aCreateIsNeverSentTwice_data()
    {
        QTest::addColumn<FaultServer::Response>("answer");
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("dropped before answering")
            << FaultServer::Response{.fault = FaultServer::Response::Fault::DropConnection}
            << 30000;
        QTest::newRow("dropped mid-answer")
            << FaultServer::Response{.body = QByteArray(100000, 'x'),
                                     .fault = FaultServer::Response::Fault::DropMidBody}
            << 30000;
        QTest::newRow("no answer in time")
            << FaultServer::Response{.body = R"({"run_id":"r"})", .delayMs = 3000} << 300;
    }

    void aCreateIsNeverSentTwice()
    {
        // Qt resends a request whose connection drops before any answer byte, POST included;
        // for a create the server may already have acted, so the user is told instead.
        QFETCH(FaultServer::Response, answer);
        QFETCH(int, timeoutMs);
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue("POST", QStringLiteral("/runs"), answer);
        server.enqueue("POST", QStringLiteral("/runs"), {.body = R"({"run_id":"r"})"});
        Api::HttpSpec s = spec(server, "POST", QStringLiteral("/runs"));
        s.body = R"({"input": {}})";
        s.timeoutMs = timeoutMs;
        const Outcome outcome = run(m_network, s);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, Api::Error::Kind::OutcomeUnknown);
        QVERIFY2(outcome.error.message.contains(QLatin1String("may or may not")),
                 qPrintable(outcome.error.message));
        QCOMPARE(server.requestCount("POST", QStringLiteral("/runs")), 1);
        QCOMPARE(server.requests().first().body, QByteArray(R"({"input": {}})"));

        // The next create goes through as usual.
        s.timeoutMs = 30000;
        QVERIFY(run(m_network, s).ok);
        QCOMPARE(server.requestCount("POST", QStringLiteral("/runs")), 2);
    }

    void redirectsAreFollowedOnTheSameHostOnly()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue("GET", QStringLiteral("/old"),
                       {.status = 308, .body = {}, .headers = {{"Location", "/new"}}});
        server.enqueue("GET", QStringLiteral("/new"), {.body = R"({"ok": true})"});
        const Outcome followed = run(m_network, spec(server, "GET", QStringLiteral("/old")));
        QVERIFY(followed.ok);
        QCOMPARE(followed.answer.body, QByteArray(R"({"ok": true})"));
        QCOMPARE(server.requests().last().header("Authorization"), QByteArray("Bearer key"));

        // Another host (localhost is not 127.0.0.1) would get the key: not followed.
        QUrl elsewhere = server.baseUrl();
        elsewhere.setHost(QStringLiteral("localhost"));
        elsewhere.setPath(QStringLiteral("/new"));
        server.enqueue(
            "GET", QStringLiteral("/away"),
            {.status = 302, .body = {}, .headers = {{"Location", elsewhere.toString().toUtf8()}}});
        const int before = server.requests().size();
        const Outcome refused = run(m_network, spec(server, "GET", QStringLiteral("/away")));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.message.contains(QLatin1String("does not follow")),
                 qPrintable(refused.error.message));
        QCOMPARE(server.requests().size(), before + 1);
    }

    void abortedCallNeverReports()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault("GET", QStringLiteral("/x"),
                          {.status = 200, .body = "{}", .delayMs = 500});
        auto *call = new Api::HttpCall(m_network, spec(server, "GET", QStringLiteral("/x")), "key");
        QSignalSpy succeeded(call, &Api::HttpCall::succeeded);
        QSignalSpy failed(call, &Api::HttpCall::failed);
        call->start();
        call->abort();
        QTest::qWait(800);
        QCOMPARE(succeeded.size() + failed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpCall)
#include "tst_httpcall.moc"
