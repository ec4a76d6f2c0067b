// The real client against a real nextdesk-server through the fault-injecting proxy: a read
// survives dropped connections, refusals, stalls and cut-off answers by asking again, and says
// clearly why when it gives up; a run create is never sent twice, and when its answer is lost
// the user is told the outcome is unknown while the server holds exactly one run.
#include "api/client/nextmvclient.h"
#include "api/client/transfer.h"
#include "support/faultproxy.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using Fault = FaultProxy::Fault;
using Kind = Api::Error::Kind;

Q_DECLARE_METATYPE(FaultProxy::Rule)

namespace {

const QString app = QStringLiteral("test");
const QString runsPath = QStringLiteral("/v1/applications/test/runs");

// Waits for one callback; returns its result.
template<typename T, typename Start>
Api::Result<T> await(Start start)
{
    std::optional<Api::Result<T>> result;
    QObject context;
    start(&context, [&result](const Api::Result<T> &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 60000);
    return result.value_or(
        Api::Result<T>(Api::Error{Kind::Canceled, 0, QStringLiteral("no answer in 60 s"), {}}));
}

QString describe(const Api::Error &error)
{
    return QStringLiteral("kind %1: %2").arg(int(error.kind)).arg(error.fullText());
}

// For a check's message, which is worked out whether the check passes or not.
template<typename T>
QString describe(const Api::Result<T> &result)
{
    return result ? QStringLiteral("succeeded") : describe(result.error());
}

} // namespace

class TestServiceFaults : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<Api::NextmvClient> m_client;
    int m_runNames = 0;

    // The runs the server itself holds under this name (asked directly, not through the proxy).
    int runsNamed(const QString &name)
    {
        HttpTestClient direct(m_server.baseUrl(), m_server.apiKey());
        int count = 0;
        for (const QJsonValue &run :
             direct.get(runsPath).object().value(QStringLiteral("runs")).toArray())
            count += run.toObject().value(QStringLiteral("name")).toString() == name;
        return count;
    }

    Api::RunRequest namedRequest()
    {
        Api::RunRequest request;
        request.input = QJsonObject{{QStringLiteral("value"), 1}};
        request.name = QStringLiteral("fault-%1").arg(++m_runNames);
        return request;
    }

    Api::Result<QString> createRun(const Api::RunRequest &request)
    {
        return await<QString>([&](QObject *c, auto done) {
            m_client->createRun(app, QStringLiteral("main"), request, c, done);
        });
    }

    Api::Result<Api::RunPage> listRuns()
    {
        return await<Api::RunPage>(
            [&](QObject *c, auto done) { m_client->listRuns(app, {}, c, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        failOnStrictRefusals();
        QVERIFY(startWithTestApp(m_server, {strictMode}));
        // Something to list, so a cut-off list has a body to cut.
        HttpTestClient direct(m_server.baseUrl(), m_server.apiKey());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!direct
                         .createRun(app, QStringLiteral("main"),
                                    {{QStringLiteral("input"), QJsonObject()}})
                         .isEmpty());
    }

    void init()
    {
        failOnStrictRefusals();
        m_proxy = std::make_unique<FaultProxy>(m_server.baseUrl().port());
        QVERIFY(m_proxy->listen());
        m_client = std::make_unique<Api::NextmvClient>(m_proxy->baseUrl(), m_server.apiKey());
    }

    void cleanup()
    {
        m_client.reset();
        m_proxy.reset();
    }

    void aReadIsAskedAgainAfterEachFault_data()
    {
        QTest::addColumn<FaultProxy::Rule>("rule");
        QTest::addColumn<int>("timeoutMs");
        // Qt itself sends a request again, once, when the connection closes before any answer
        // byte; two drops in a row make the client's own retry step in.
        QTest::newRow("dropped before the request")
            << FaultProxy::Rule{.fault = Fault::DropBeforeRequest, .times = 2} << 30000;
        QTest::newRow("dropped after the request")
            << FaultProxy::Rule{.fault = Fault::DropAfterRequest, .times = 2} << 30000;
        QTest::newRow("429") << FaultProxy::Rule{.fault = Fault::Status, .status = 429} << 30000;
        QTest::newRow("500") << FaultProxy::Rule{.fault = Fault::Status, .status = 500} << 30000;
        QTest::newRow("503") << FaultProxy::Rule{.fault = Fault::Status, .status = 503} << 30000;
        QTest::newRow("stalled past the time-out")
            << FaultProxy::Rule{.fault = Fault::Stall} << 1000;
        QTest::newRow("body cut off") << FaultProxy::Rule{.fault = Fault::TruncateBody} << 30000;
    }

    void aReadIsAskedAgainAfterEachFault()
    {
        QFETCH(FaultProxy::Rule, rule);
        QFETCH(int, timeoutMs);
        rule.method = "GET";
        rule.path = runsPath;
        m_proxy->inject(rule);
        m_client->setTimeoutMs(timeoutMs);
        const auto page = listRuns();
        QVERIFY2(page, qPrintable(describe(page)));
        QCOMPARE(m_proxy->pendingFaults(), 0);
        QVERIFY(m_proxy->receivedCount("GET", runsPath) > rule.times);
        HttpTestClient direct(m_server.baseUrl(), m_server.apiKey());
        QCOMPARE(page->runs.size(),
                 direct.get(runsPath).object().value(QStringLiteral("runs")).toArray().size());
    }

    void retryAfterIsHonoured()
    {
        m_proxy->inject(
            {.fault = Fault::Status, .method = "GET", .status = 429, .retryAfter = "1"});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(listRuns());
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_proxy->receivedCount("GET", runsPath), 2);
    }

    void aReadThatKeepsFailingEndsWithAClearError_data()
    {
        QTest::addColumn<FaultProxy::Rule>("rule");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("503") << FaultProxy::Rule{.fault = Fault::Status, .times = 100}
                             << int(Kind::Http) << QStringLiteral("The server failed (503)");
        QTest::newRow("dropped") << FaultProxy::Rule{.fault = Fault::DropAfterRequest, .times = 100}
                                 << int(Kind::Network) << QStringLiteral("Cannot reach 127.0.0.1");
        QTest::newRow("body cut off")
            << FaultProxy::Rule{.fault = Fault::TruncateBody, .times = 100} << int(Kind::Network)
            << QStringLiteral("was cut off");
    }

    void aReadThatKeepsFailingEndsWithAClearError()
    {
        QFETCH(FaultProxy::Rule, rule);
        QFETCH(int, kind);
        QFETCH(QString, message);
        rule.method = "GET";
        m_proxy->inject(rule);
        QSignalSpy hub(m_client.get(), &Api::NextmvService::requestFailed);
        const auto page = listRuns();
        QVERIFY(!page);
        QVERIFY2(page.error().kind == Kind(kind) && page.error().message.contains(message),
                 qPrintable(describe(page)));
        QCOMPARE(hub.size(), 1); // the error hub hears it once, not once per attempt
        // It was asked again before giving up, and then not any more.
        QVERIFY(m_proxy->receivedCount("GET", runsPath) >= 1 + Api::HttpCall::maxRetries);
    }

    void aCreateWhoseAnswerIsLostIsNotSentAgain_data()
    {
        QTest::addColumn<FaultProxy::Rule>("rule");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("runsCreated");
        // The client cannot tell these apart: the request left, no answer came back.
        QTest::newRow("dropped before the request")
            << FaultProxy::Rule{.fault = Fault::DropBeforeRequest} << 30000 << 0;
        QTest::newRow("dropped after the request")
            << FaultProxy::Rule{.fault = Fault::DropAfterRequest} << 30000 << 1;
        QTest::newRow("stalled past the time-out")
            << FaultProxy::Rule{.fault = Fault::Stall} << 1000 << 1;
        QTest::newRow("body cut off")
            << FaultProxy::Rule{.fault = Fault::TruncateBody} << 30000 << 1;
    }

    void aCreateWhoseAnswerIsLostIsNotSentAgain()
    {
        QFETCH(FaultProxy::Rule, rule);
        QFETCH(int, timeoutMs);
        QFETCH(int, runsCreated);
        rule.method = "POST";
        rule.path = runsPath;
        m_proxy->inject(rule);
        m_client->setTimeoutMs(timeoutMs);
        const Api::RunRequest request = namedRequest();
        const auto runId = createRun(request);
        QVERIFY(!runId);
        QVERIFY2(runId.error().kind == Kind::OutcomeUnknown &&
                     runId.error().message.contains(QLatin1String("may or may not")),
                 qPrintable(describe(runId)));
        QCOMPARE(m_proxy->receivedCount("POST", runsPath), 1);
        QCOMPARE(m_proxy->forwardedCount("POST", runsPath), runsCreated);
        QCOMPARE(runsNamed(request.name), runsCreated);
        // The list the user is told to refresh shows it, once, through the same client.
        const auto page = listRuns();
        QVERIFY(page);
        QCOMPARE(
            std::count_if(page->runs.cbegin(), page->runs.cend(),
                          [&](const Api::RunSummary &run) { return run.name == request.name; }),
            runsCreated);
    }

    void aCreateRefusedBeforeActingIsClear_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("sentAgain");
        // A 429 says the server did nothing, so the create is sent again and goes through;
        // a 5xx may come after acting, so it is reported and never sent again.
        QTest::newRow("429") << 429 << true;
        QTest::newRow("500") << 500 << false;
        QTest::newRow("503") << 503 << false;
    }

    void aCreateRefusedBeforeActingIsClear()
    {
        QFETCH(int, status);
        QFETCH(bool, sentAgain);
        m_proxy->inject({.fault = Fault::Status, .method = "POST", .status = status});
        const Api::RunRequest request = namedRequest();
        const auto runId = createRun(request);
        QCOMPARE(runId.ok(), sentAgain);
        QCOMPARE(m_proxy->receivedCount("POST", runsPath), sentAgain ? 2 : 1);
        QCOMPARE(m_proxy->forwardedCount("POST", runsPath), sentAgain ? 1 : 0);
        QCOMPARE(runsNamed(request.name), sentAgain ? 1 : 0);
        if (!sentAgain) {
            QCOMPARE(runId.error().kind, Kind::Http);
            QCOMPARE(runId.error().httpStatus, status);
            QVERIFY2(runId.error().message.contains(QStringLiteral("(%1)").arg(status)),
                     qPrintable(describe(runId)));
        }
    }

    void aSubmittedRunWhoseAnswerIsLostIsNotSentAgain()
    {
        // The Runs tab submits through a transfer; it takes the same care.
        m_proxy->inject({.fault = Fault::DropAfterRequest, .method = "POST", .path = runsPath});
        Api::RunRequest request = namedRequest();
        Api::Transfer *transfer =
            m_client->submitRun(app, QStringLiteral("main"), {{}, R"({"value": 2})"}, request);
        QSignalSpy finished(transfer, &Api::Transfer::finished);
        transfer->start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(transfer->state(), Api::Transfer::State::Failed);
        QVERIFY2(transfer->error().kind == Kind::OutcomeUnknown,
                 qPrintable(describe(transfer->error())));
        QCOMPARE(m_proxy->receivedCount("POST", runsPath), 1);
        QCOMPARE(runsNamed(request.name), 1);
        delete transfer;
    }

    void aCutOffAnswerNeverPassesForData_data()
    {
        QTest::addColumn<qint64>("bodyBytes");
        QTest::newRow("half") << qint64(-1);
        QTest::newRow("all but the last byte") << qint64(1 << 30);
        QTest::newRow("nothing") << qint64(0);
    }

    void aCutOffAnswerNeverPassesForData()
    {
        // Whatever part of a run's metadata arrives, the caller gets the whole of it (asked
        // again) or an error, never a half-read run.
        QFETCH(qint64, bodyBytes);
        HttpTestClient direct(m_server.baseUrl(), m_server.apiKey());
        const QString runId = direct.createRun(app, QStringLiteral("main"),
                                               {{QStringLiteral("input"), QJsonObject()}});
        QVERIFY(!runId.isEmpty());
        m_proxy->inject({.fault = Fault::TruncateBody, .method = "GET", .bodyBytes = bodyBytes});
        const auto info = await<Api::RunInformation>(
            [&](QObject *c, auto done) { m_client->runMetadata(app, runId, c, done); });
        QVERIFY2(info, qPrintable(describe(info)));
        QCOMPARE(info->id, runId);
        QCOMPARE(info->metadata.applicationId, app);
        QCOMPARE(m_proxy->faultCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServiceFaults)
#include "tst_servicefaults.moc"
