// End-to-end robustness of nextdesk-server: authentication, bad requests, restarts after
// SIGKILL and SIGTERM, the API key file, and the command line contract.
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace TestSupport;

class TestServerRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyApiCallNeedsTheKey()
    {
        ServerProcess server;
        QVERIFY(server.start());
        HttpTestClient http(server.baseUrl(), server.apiKey());
        QCOMPARE(http.get(QStringLiteral("/v1/applications")).status, 200);
        http.setApiKey("wrong");
        const HttpReply denied = http.get(QStringLiteral("/v1/applications"));
        QCOMPARE(denied.status, 401);
        QVERIFY(denied.error().contains(QLatin1String("Bearer")));
        http.setApiKey({});
        QCOMPARE(http.post(QStringLiteral("/v1/applications"), {}).status, 401);
        QCOMPARE(http.get(QStringLiteral("/v1/account/queue")).status, 401);
    }

    void wrongMethodsUnknownPathsAndOddInput()
    {
        ServerProcess server;
        QVERIFY(server.start());
        HttpTestClient http(server.baseUrl(), server.apiKey());
        const HttpReply wrongMethod = http.patch(QStringLiteral("/v1/applications"));
        QCOMPARE(wrongMethod.status, 405);
        QVERIFY(wrongMethod.header("Allow").contains("GET"));
        QCOMPARE(http.get(QStringLiteral("/v1/nothing")).status, 404);
        QCOMPARE(http.get(QStringLiteral("/v1/applications/")).status, 200); // trailing slash
        QCOMPARE(http.get(QStringLiteral("/v1/applications/a%2Fb")).status, 404);
        QCOMPARE(
            http.send("POST", QStringLiteral("/v1/applications"), QByteArray(100000, '{')).status,
            400);
        QCOMPARE(
            http.send("POST", QStringLiteral("/v1/applications"), "\xff\xfe\x00garbage").status,
            400);
        // Raw garbage on the socket must not take the server down.
        QTcpSocket socket;
        socket.connectToHost(server.baseUrl().host(), quint16(server.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("THIS IS NOT HTTP\r\n\r\n\x01\x02\x03");
        socket.waitForBytesWritten(1000);
        socket.waitForReadyRead(1000);
        socket.close();
        QCOMPARE(http.get(QStringLiteral("/v1/applications")).status, 200);
        QVERIFY(server.isRunning());
    }

    // A list query that fails, or a stored row that no longer decodes, used to answer 200 with
    // the row left out (or "[]"): the user saw data vanish with no error anywhere.
    void storeFailuresAnswer500WithTheReason()
    {
        ServerProcess server;
        QVERIFY(server.start());
        HttpTestClient http(server.baseUrl(), server.apiKey());
        for (const QString &id : {QStringLiteral("broken"), QStringLiteral("healthy")}) {
            QCOMPARE(http.post(QStringLiteral("/v1/applications"),
                               {{QStringLiteral("id"), id}, {QStringLiteral("name"), id}})
                         .status,
                     200);
        }
        {
            // A second connection to the same file, as a disk fault or a bad migration would.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(server.dataDir() + QStringLiteral("/nextdesk.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE applications SET doc = '{' WHERE id = 'broken'")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE input_sets")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

        for (const QString &path :
             {QStringLiteral("/v1/applications"), QStringLiteral("/v1/applications/broken"),
              QStringLiteral("/v1/applications/healthy/experiments/inputsets")}) {
            const HttpReply reply = http.get(path);
            QVERIFY2(reply.status == 500, qPrintable(path));
            QVERIFY2(!reply.error().isEmpty(), qPrintable(path));
        }
        QVERIFY(server.isRunning());
    }

    void apiKeyFileIsOwnerOnly()
    {
        ServerProcess server;
        QVERIFY(server.start());
        const QFile::Permissions permissions =
            QFile::permissions(server.dataDir() + QStringLiteral("/api-key"));
        QVERIFY(permissions & QFile::ReadOwner);
        QVERIFY(!(permissions &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
        QVERIFY(server.apiKey().size() >= 32);
    }

    // The runs list answers from list items kept beside each run; a data dir from a server
    // that kept none (no such column) lists its runs as before, and start-up fills in nothing.
    void runsOfAnOlderServerAreListedAsBefore()
    {
        ServerProcess server;
        QVERIFY(startWithTestApp(server));
        auto http = std::make_unique<HttpTestClient>(server.baseUrl(), server.apiKey());
        const QString runs = QStringLiteral("/v1/applications/test/runs");
        for (int i = 0; i < 3; ++i) {
            const QString id = http->createRun(QStringLiteral("test"), QStringLiteral("main"),
                                               {{QStringLiteral("input"), QJsonObject()}});
            QVERIFY(!id.isEmpty());
            http->waitForRun(QStringLiteral("test"), id);
        }
        const HttpReply listed = http->get(runs);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.object().value(QStringLiteral("runs")).toArray().size(), 3);
        QVERIFY(server.terminate());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(server.dataDir() + QStringLiteral("/nextdesk.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE runs DROP COLUMN summary")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        QVERIFY(server.start());
        http = std::make_unique<HttpTestClient>(server.baseUrl(), server.apiKey());
        const HttpReply relisted = http->get(runs);
        QCOMPARE(relisted.status, 200);
        QCOMPARE(relisted.body, listed.body);
    }

    void killedServerKeepsFinishedRunsAndFailsInFlightOnes()
    {
        ServerProcess server;
        QVERIFY(startWithTestApp(server));
        std::unique_ptr<HttpTestClient> http =
            std::make_unique<HttpTestClient>(server.baseUrl(), server.apiKey());
        const QString done =
            http->createRun(QStringLiteral("test"), QStringLiteral("main"),
                            {{QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), 5}}}});
        QCOMPARE(http->waitForRun(QStringLiteral("test"), done)
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("status_v2"))
                     .toString(),
                 QStringLiteral("succeeded"));
        const QString inFlight = http->createRun(
            QStringLiteral("test"), QStringLiteral("main"),
            {{QStringLiteral("input"), QJsonObject{{QStringLiteral("sleep_ms"), 60000}}}});
        QTRY_COMPARE(http->get(QStringLiteral("/v1/applications/test/runs/") + inFlight +
                               QStringLiteral("/metadata"))
                         .object()
                         .value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("status_v2"))
                         .toString(),
                     QStringLiteral("running"));

        server.kill();
        QVERIFY(server.start());
        http = std::make_unique<HttpTestClient>(server.baseUrl(), server.apiKey());
        const QJsonObject finished =
            http->get(QStringLiteral("/v1/applications/test/runs/") + done).object();
        QCOMPARE(finished.value(QStringLiteral("output"))
                     .toObject()
                     .value(QStringLiteral("statistics"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 5);
        const QJsonObject lost = http->get(QStringLiteral("/v1/applications/test/runs/") +
                                           inFlight + QStringLiteral("/metadata"))
                                     .object();
        const QJsonObject m = lost.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(m.value(QStringLiteral("status_v2")).toString(), QStringLiteral("failed"));
        QVERIFY(m.value(QStringLiteral("error")).toString().contains(QLatin1String("stopped")));
        // The server works normally after the restart.
        const QString after = http->createRun(QStringLiteral("test"), QStringLiteral("main"),
                                              {{QStringLiteral("input"), QJsonObject()}});
        QCOMPARE(http->waitForRun(QStringLiteral("test"), after)
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("status_v2"))
                     .toString(),
                 QStringLiteral("succeeded"));
    }

    void sigtermShutsDownCleanly()
    {
        ServerProcess server;
        QVERIFY(startWithTestApp(server));
        HttpTestClient http(server.baseUrl(), server.apiKey());
        const QString id = http.createRun(
            QStringLiteral("test"), QStringLiteral("main"),
            {{QStringLiteral("input"), QJsonObject{{QStringLiteral("sleep_ms"), 60000}}}});
        QTRY_COMPARE(http.get(QStringLiteral("/v1/applications/test/runs/") + id +
                              QStringLiteral("/metadata"))
                         .object()
                         .value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("status_v2"))
                         .toString(),
                     QStringLiteral("running"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(server.terminate());
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(server.start());
        HttpTestClient again(server.baseUrl(), server.apiKey());
        const QJsonObject m = again
                                  .get(QStringLiteral("/v1/applications/test/runs/") + id +
                                       QStringLiteral("/metadata"))
                                  .object()
                                  .value(QStringLiteral("metadata"))
                                  .toObject();
        QCOMPARE(m.value(QStringLiteral("status_v2")).toString(), QStringLiteral("failed"));
        QVERIFY(m.value(QStringLiteral("error")).toString().contains(QLatin1String("shut down")));
    }

    void oneServerPerDataDirAndCleanShutdownOnRequest()
    {
        ServerProcess first;
        QVERIFY(first.start());
        QFile state(first.dataDir() + QStringLiteral("/server.json"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject info = QJsonDocument::fromJson(state.readAll()).object();
        QCOMPARE(QUrl(info.value(QStringLiteral("url")).toString()), first.baseUrl());
        state.close();

        ServerProcess second(first.dataDir());
        QVERIFY(!second.start());

        HttpTestClient http(first.baseUrl(), first.apiKey());
        http.setApiKey("wrong");
        QCOMPARE(http.post(QStringLiteral("/nextdesk/v1/shutdown"), {}).status, 401);
        http.setApiKey(first.apiKey());
        QCOMPARE(http.post(QStringLiteral("/nextdesk/v1/shutdown"), {}).status, 200);
        QTRY_VERIFY(!first.isRunning());
        QCOMPARE(first.exitCode(), 0);
        QVERIFY(!QFile::exists(first.dataDir() + QStringLiteral("/server.json")));
        QVERIFY(second.start()); // the data dir is free again
    }

    void commandLineContract()
    {
        QProcess help;
        help.start(serverExecutable(), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(10000));
        failOnSanitizerReport(help.readAllStandardError(),
                              QStringLiteral("nextdesk-server --help"));
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        for (const char *word : {"--data-dir", "--listen", "--print-api-key", "push", "--app"})
            QVERIFY2(text.contains(QLatin1String(word)), word);

        QProcess badListen;
        badListen.start(serverExecutable(),
                        {QStringLiteral("--listen"), QStringLiteral("nonsense")});
        QVERIFY(badListen.waitForFinished(10000));
        const QByteArray badListenError = badListen.readAllStandardError();
        failOnSanitizerReport(badListenError, QStringLiteral("nextdesk-server --listen nonsense"));
        QCOMPARE(badListen.exitCode(), 1);
        QVERIFY(badListenError.contains("--listen"));

        // Two servers cannot share a port: the second says so and exits.
        ServerProcess first;
        QVERIFY(first.start());
        ServerProcess second;
        QVERIFY(!second.start({QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(first.baseUrl().port())}));
    }
};

QTEST_GUILESS_MAIN(TestServerRobustness)
#include "tst_serverrobustness.moc"
