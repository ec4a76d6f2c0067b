// The built-in Local connection: starting nextdesk-server on a free port, reusing one that
// already serves the data dir, stopping only a server we started (unless kept) without waiting
// for its answer on the way out, and the first start that installs the sample app with a few
// runs.
#include "api/client/nextmvservice.h"
#include "api/session/connectionmanager.h"
#include "api/session/localserver.h"
#include "api/session/sampleseeder.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace TestSupport;

class TestLocalServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsReusesAndStops()
    {
        QTemporaryDir data;
        Api::LocalServer first(serverExecutable(), data.path());
        QSignalSpy ready(&first, &Api::LocalServer::ready);
        first.ensureRunning();
        QVERIFY(ready.wait(20000));
        QVERIFY(first.startedByUs());
        const QUrl url = ready.first().at(0).toUrl();
        const QByteArray key = ready.first().at(1).toByteArray();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        HttpTestClient http(url, key);
        QCOMPARE(http.get(QStringLiteral("/v1/applications")).status, 200);

        // A second console finds the same server instead of starting another.
        Api::LocalServer second(serverExecutable(), data.path());
        QSignalSpy secondReady(&second, &Api::LocalServer::ready);
        second.ensureRunning();
        QVERIFY(secondReady.count() == 1 || secondReady.wait(5000));
        QCOMPARE(secondReady.first().at(0).toUrl(), url);
        QVERIFY(!second.startedByUs());
        second.stopIfOurs(); // not ours: still serving
        QCOMPARE(http.get(QStringLiteral("/v1/applications")).status, 200);

        const auto checkLog = checkDetachedServerLog(data.path());
        first.stopIfOurs();
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(data.filePath(QStringLiteral("server.json"))),
                                 10000);
        QCOMPARE(http.get(QStringLiteral("/v1/applications")).status, 0);
        checkLog();
    }

    void theStopRequestDoesNotWaitForAnAnswer()
    {
        // A server that takes the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(silent.serverPort());

        QElapsedTimer clock;
        clock.start();
        QVERIFY(Api::LocalServer::sendStopRequest(url, "the-key", std::chrono::milliseconds(500)));
        QVERIFY2(clock.elapsed() < 250, qPrintable(QString::number(clock.elapsed())));

        // What it sent is a whole request the server can act on.
        QVERIFY(silent.hasPendingConnections() || silent.waitForNewConnection(5000));
        QTcpSocket *peer = silent.nextPendingConnection();
        QByteArray request;
        QTRY_VERIFY_WITH_TIMEOUT((request += peer->readAll()).endsWith("\r\n\r\n{}"), 5000);
        QVERIFY(request.startsWith("POST /nextdesk/v1/shutdown HTTP/1.1\r\n"));
        QVERIFY(request.contains("\r\nAuthorization: Bearer the-key\r\n"));
        QVERIFY(request.contains("\r\nContent-Length: 2\r\n"));
    }

    void quittingDoesNotWaitForAStalledServer()
    {
#ifndef Q_OS_UNIX
        QSKIP("Stalling the server uses SIGSTOP; the request itself is tested above.");
#else
        QTemporaryDir data;
        Api::LocalServer server(serverExecutable(), data.path());
        QSignalSpy ready(&server, &Api::LocalServer::ready);
        server.ensureRunning();
        QVERIFY(ready.wait(20000));
        QFile state(data.filePath(QStringLiteral("server.json")));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const auto pid = pid_t(QJsonDocument::fromJson(state.readAll())
                                   .object()
                                   .value(QStringLiteral("pid"))
                                   .toInteger());
        QVERIFY(pid > 0);

        // Stopped, the server's system still accepts the connection but nothing answers.
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); }); // even when a check fails
        QElapsedTimer clock;
        clock.start();
        server.stopIfOurs();
        QVERIFY2(clock.elapsed() < 250, qPrintable(QString::number(clock.elapsed())));

        // Resumed, it finds the request waiting and stops.
        QCOMPARE(::kill(pid, SIGCONT), 0);
        resume.dismiss();
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(data.filePath(QStringLiteral("server.json"))),
                                 10000);
#endif
    }

    void keptRunningWhenAsked()
    {
        QTemporaryDir data;
        Api::LocalServer server(serverExecutable(), data.path());
        QSignalSpy ready(&server, &Api::LocalServer::ready);
        server.ensureRunning();
        QVERIFY(ready.wait(20000));
        server.setKeepRunning(true);
        server.stopIfOurs();
        HttpTestClient http(ready.first().at(0).toUrl(), ready.first().at(1).toByteArray());
        QCOMPARE(http.get(QStringLiteral("/v1/applications")).status, 200);
        // Clean up what the test started.
        QCOMPARE(http.post(QStringLiteral("/nextdesk/v1/shutdown"), {}).status, 200);
    }

    void missingProgramIsAClearError()
    {
        QTemporaryDir data;
        Api::LocalServer server(data.filePath(QStringLiteral("no-such-server")), data.path());
        QSignalSpy failed(&server, &Api::LocalServer::failed);
        server.ensureRunning();
        QVERIFY(failed.count() == 1 || failed.wait(5000));
        QVERIFY(
            failed.first().first().value<Api::Error>().message.contains(QLatin1String("missing")));
    }

    void firstStartInstallsTheSampleApp()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Api::ProfileStore profiles(settings);
        Api::SessionKeyStore keys;
        Api::ConnectionManager connections(profiles, keys);
        connections.setLocalServer(serverExecutable(), dir.filePath(QStringLiteral("local")));
        QSignalSpy seeded(&connections, &Api::ConnectionManager::sampleSeeded);
        QElapsedTimer clock;
        clock.start();
        connections.connectTo(Api::ConnectionProfile::local());
        QVERIFY(seeded.wait(30000));
        QCOMPARE(seeded.first().first().toString(), QStringLiteral("knapsack"));
        QVERIFY2(clock.elapsed() < 15000, "first start must be ready within seconds");

        Api::NextmvService *service = connections.service();
        QVERIFY(service);
        std::optional<Api::Result<Api::RunPage>> page;
        service->listRuns(QStringLiteral("knapsack"), {}, this,
                          [&page](const Api::Result<Api::RunPage> &r) { page = r; });
        QTRY_VERIFY(page.has_value());
        QVERIFY(page->ok());
        // The sample runs, then the experiment's: every sample input on both instances.
        QCOMPARE(page->value().runs.size(), 3 * Api::SampleSeeder::sampleRuns);
        std::optional<Api::Result<QList<Api::Instance>>> instances;
        service->listInstances(QStringLiteral("knapsack"), this,
                               [&instances](const auto &r) { instances = r; });
        QTRY_VERIFY(instances.has_value());
        QCOMPARE(instances->value().size(), 2);
        // An experiment to look at from the start: both instances over the sample runs' inputs.
        std::optional<Api::Result<Api::BatchExperiment>> experiment;
        service->batchExperiment(QStringLiteral("knapsack"), QStringLiteral("greedy-vs-dp"), this,
                                 [&experiment](const auto &r) { experiment = r; });
        QTRY_VERIFY(experiment.has_value());
        QVERIFY(experiment->ok());
        QCOMPARE(experiment->value().inputSetId, QStringLiteral("sample-inputs"));
        QCOMPARE(experiment->value().totalRuns(), 2 * Api::SampleSeeder::sampleRuns);

        // A second start leaves the app alone.
        const QString local = dir.filePath(QStringLiteral("local"));
        auto checkLog = checkDetachedServerLog(local);
        connections.shutdown();
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(dir.filePath(QStringLiteral("local/server.json"))),
                                 10000);
        Api::ConnectionManager again(profiles, keys);
        again.setLocalServer(serverExecutable(), dir.filePath(QStringLiteral("local")));
        QSignalSpy seededAgain(&again, &Api::ConnectionManager::sampleSeeded);
        QSignalSpy changed(&again, &Api::ConnectionManager::serviceChanged);
        again.connectTo(Api::ConnectionProfile::local());
        QVERIFY(changed.wait(20000));
        QTest::qWait(1000);
        QCOMPARE(seededAgain.size(), 0);
        checkLog();
        checkLog = checkDetachedServerLog(local);
        again.shutdown();
        checkLog();
    }

    // Switching connection while the first start is still seeding deleted the service under
    // the seeder, which went on calling it. Now the seeder goes with its service.
    void switchingAwayWhileSeedingStopsTheSeeder()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Api::ProfileStore profiles(settings);
        Api::SessionKeyStore keys;
        Api::ConnectionManager connections(profiles, keys);
        connections.setLocalServer(serverExecutable(), dir.filePath(QStringLiteral("local")));
        QSignalSpy seeded(&connections, &Api::ConnectionManager::sampleSeeded);
        QSignalSpy changed(&connections, &Api::ConnectionManager::serviceChanged);
        connections.connectTo(Api::ConnectionProfile::local());
        QVERIFY(changed.wait(20000));
        QPointer<Api::SampleSeeder> seeder = connections.findChild<Api::SampleSeeder *>();
        QVERIFY(seeder);

        // Another connection replaces the service while the seeder is mid-flight.
        ServerProcess other;
        QVERIFY(other.start());
        connections.connectToEndpoint(other.baseUrl(), other.apiKey());
        QCOMPARE(changed.size(), 2);
        QVERIFY(seeder.isNull());
        // The old service is deleted from the event loop (views may be unwinding calls on it).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // The new service answers; the old seeding never reports.
        std::optional<Api::Result<QList<Api::Application>>> apps;
        connections.service()->listApplications(this, [&apps](const auto &r) { apps = r; });
        QTRY_VERIFY(apps.has_value());
        QVERIFY(apps->ok());
        QCOMPARE(seeded.size(), 0);
        const auto checkLog = checkDetachedServerLog(dir.filePath(QStringLiteral("local")));
        connections.shutdown();
        checkLog();
    }
};

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
