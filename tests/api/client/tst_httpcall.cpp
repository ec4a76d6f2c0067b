// The client's HTTP policy against a fault-injecting server: retries with backoff for GETs on
// 5xx/429 (honouring Retry-After), never for POSTs but on 429, time-outs, and readable errors.
#include "api/client/httpcall.h"
#include "support/faultserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

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

    void slowAnswerTimesOut()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault("POST", QStringLiteral("/slow"),
                          {.status = 200, .body = "{}", .delayMs = 3000});
        Api::HttpSpec s = spec(server, "POST", QStringLiteral("/slow"));
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
        server.setDefault("POST", QStringLiteral("/drop"),
                          {.status = 200,
                           .body = QByteArray(100000, 'x'),
                           .fault = FaultServer::Response::Fault::DropMidBody});
        const Outcome outcome = run(m_network, spec(server, "POST", QStringLiteral("/drop")));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, Api::Error::Kind::Network);
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
