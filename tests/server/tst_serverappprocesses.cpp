// End-to-end isolation of the decision apps nextdesk-server runs: what they inherit from the
// server and can do to it, that neither they nor their children outlive a cancel or the server
// (stopped or killed), that stopping a stubborn app does not stall the server, and that the data
// dir they read and write is its owner's alone.
#include "servertesthelpers.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace TestSupport;

namespace {

const QString sleeperApp = QStringLiteral("sleeper");

// Alive, as opposed to gone or a zombie nobody has reaped yet.
bool isAlive(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype nameEnd = text.lastIndexOf(')');
    return nameEnd >= 0 && text.size() > nameEnd + 2 && text.at(nameEnd + 2) != 'Z' &&
        text.at(nameEnd + 2) != 'X';
#elif defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) == 0;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

bool pushScript(ServerProcess &server, const QString &app, const QString &script)
{
    QString output;
    const bool pushed =
        server.push({QStringLiteral("--app"), app, QStringLiteral("--version-id"),
                     QStringLiteral("v1"), QStringLiteral("--instance-id"), QStringLiteral("main"),
                     QStringLiteral("--default"), testAppScript(script)},
                    &output);
    if (!pushed)
        qWarning("push failed: %s", qPrintable(output));
    return pushed;
}

// The app's and its grandchild's process IDs, once sleeper.py has written them.
struct SleeperPids
{
    qint64 app = 0;
    qint64 grandchild = 0;
};

SleeperPids readPids(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    if (parts.size() != 2)
        return {};
    return {parts.at(0).toLongLong(), parts.at(1).toLongLong()};
}

// The status of a run as waitForRun() returns it.
QString status(const QJsonObject &run)
{
    return run.value(QStringLiteral("metadata"))
        .toObject()
        .value(QStringLiteral("status_v2"))
        .toString();
}

} // namespace

class TestServerAppProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("process groups, descriptors and permission bits are checked on Unix");
#endif
    }

    void appsInheritOnlyStandardDescriptors()
    {
#ifndef Q_OS_LINUX
        QSKIP("the app lists its descriptors from /proc");
#endif
        ServerProcess server;
        QVERIFY(pushScript(server, QStringLiteral("fds"), QStringLiteral("listdescriptors.py")));
        QVERIFY(server.start());
        HttpTestClient http(server.baseUrl(), server.apiKey());
        const QString id = http.createRun(QStringLiteral("fds"), QStringLiteral("main"),
                                          {{QStringLiteral("input"), QJsonObject()}});
        QCOMPARE(status(http.waitForRun(QStringLiteral("fds"), id)), QStringLiteral("succeeded"));
        const QJsonArray listed = runOutput(http, QStringLiteral("fds"), id)
                                      .value(QStringLiteral("descriptors"))
                                      .toArray();
        QStringList others;
        for (const QJsonValue &fd : listed) {
            if (fd.toInt() > 2)
                others.append(QString::number(fd.toInt()));
        }
        QVERIFY2(listed.size() >= 3 && listed.at(2).toInt() == 2,
                 qPrintable(QJsonDocument(listed).toJson(QJsonDocument::Compact)));
        // The one above 2 is the directory the app lists.
        QVERIFY2(others.size() <= 1,
                 qPrintable(QStringLiteral("inherited: ") + others.join(QLatin1Char(' '))));
    }

    void appWritingToDescriptorsCannotStopTheServer()
    {
        ServerProcess server;
        QVERIFY(
            pushScript(server, QStringLiteral("writer"), QStringLiteral("writedescriptors.py")));
        QVERIFY(server.start());
        HttpTestClient http(server.baseUrl(), server.apiKey());
        const QString id = http.createRun(QStringLiteral("writer"), QStringLiteral("main"),
                                          {{QStringLiteral("input"), QJsonObject()}});
        QCOMPARE(status(http.waitForRun(QStringLiteral("writer"), id)),
                 QStringLiteral("succeeded"));
        QVERIFY(server.isRunning());
        QCOMPARE(http.get(QStringLiteral("/v1/applications")).status, 200);
        // A second run works too: nothing of the server's was written into.
        const QString again = http.createRun(QStringLiteral("writer"), QStringLiteral("main"),
                                             {{QStringLiteral("input"), QJsonObject()}});
        QCOMPARE(status(http.waitForRun(QStringLiteral("writer"), again)),
                 QStringLiteral("succeeded"));
        QVERIFY(server.isRunning());
    }

    void killedServerLeavesNoAppProcesses()
    {
        ServerProcess server;
        QVERIFY(pushScript(server, sleeperApp, QStringLiteral("sleeper.py")));
        QVERIFY(server.start());
        auto http = std::make_unique<HttpTestClient>(server.baseUrl(), server.apiKey());
        const SleeperRun run = startSleeper(*http, QStringLiteral("killed"));
        QTRY_VERIFY_WITH_TIMEOUT(readPids(run.pidFile).grandchild > 0, 30000);
        const SleeperPids pids = readPids(run.pidFile);
        QVERIFY(isAlive(pids.app));
        QVERIFY(isAlive(pids.grandchild));

        server.kill();
#ifdef Q_OS_LINUX
        // The app itself dies with the server; the grandchild is left for the next server.
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pids.app), 10000);
#endif
        QVERIFY(server.start());
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pids.app), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pids.grandchild), 10000);
        // The run it was doing is failed, and the server carries on.
        http = std::make_unique<HttpTestClient>(server.baseUrl(), server.apiKey());
        QCOMPARE(http->get(QStringLiteral("/v1/applications")).status, 200);
        QVERIFY(!QFile::exists(server.dataDir() + QStringLiteral("/app-processes.json")));
    }

    void stoppedServerLeavesNoAppProcesses()
    {
        ServerProcess server;
        QVERIFY(pushScript(server, sleeperApp, QStringLiteral("sleeper.py")));
        QVERIFY(server.start());
        HttpTestClient http(server.baseUrl(), server.apiKey());
        const SleeperRun run = startSleeper(http, QStringLiteral("stop"), IgnoreSigterm::Yes);
        QTRY_VERIFY_WITH_TIMEOUT(readPids(run.pidFile).grandchild > 0, 30000);
        const SleeperPids pids = readPids(run.pidFile);

        QVERIFY(server.terminate());
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pids.app), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pids.grandchild), 10000);
    }

    void cancelStopsAStubbornAppWithoutStallingTheServer()
    {
        ServerProcess server;
        QVERIFY(pushScript(server, sleeperApp, QStringLiteral("sleeper.py")));
        QVERIFY(server.start());
        HttpTestClient http(server.baseUrl(), server.apiKey());
        const SleeperRun run = startSleeper(http, QStringLiteral("cancel"), IgnoreSigterm::Yes);
        const QString &id = run.id;
        QTRY_VERIFY_WITH_TIMEOUT(readPids(run.pidFile).grandchild > 0, 30000);
        const SleeperPids pids = readPids(run.pidFile);

        const QString runPath = QStringLiteral("/v1/applications/%1/runs/%2").arg(sleeperApp, id);
        QCOMPARE(http.patch(runPath + QStringLiteral("/cancel")).status / 100, 2);
        // The app ignores SIGTERM, so it takes the grace period and a SIGKILL to stop; the
        // server answers meanwhile.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(http.get(runPath + QStringLiteral("/metadata")).status, 200);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));

        QCOMPARE(status(http.waitForRun(sleeperApp, id, 30000)), QStringLiteral("canceled"));
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pids.app), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pids.grandchild), 10000);
    }

    void dataDirIsOwnerOnly()
    {
        QTemporaryDir parent;
        // A data dir the server creates itself.
        ServerProcess server(parent.filePath(QStringLiteral("data")));
        QVERIFY(startWithTestApp(server));
        HttpTestClient http(server.baseUrl(), server.apiKey());
        // Both input and output big enough to be stored as files rather than in SQLite.
        const QString id = http.createRun(
            QStringLiteral("test"), QStringLiteral("main"),
            {{QStringLiteral("input"),
              QJsonObject{{QStringLiteral("blob"), QString(400 * 1024, QLatin1Char('b'))},
                          {QStringLiteral("output_padding_bytes"), 400 * 1024}}}});
        QCOMPARE(status(http.waitForRun(QStringLiteral("test"), id)), QStringLiteral("succeeded"));

        const QFile::Permissions groupOrOther = QFile::ReadGroup | QFile::WriteGroup |
            QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QStringList open;
        int checked = 0;
        QDirIterator it(server.dataDir(),
                        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        for (QString path = server.dataDir(); !path.isEmpty();
             path = it.hasNext() ? it.next() : QString()) {
            ++checked;
            if (QFile::permissions(path) & groupOrOther)
                open.append(path);
        }
        QVERIFY(checked > 5);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
    }

private:
    enum class IgnoreSigterm { No, Yes };
    struct SleeperRun
    {
        QString id;
        QString pidFile; // where sleeper.py writes its and its grandchild's process IDs
    };

    // A run of sleeper.py, which starts a grandchild and reports both in pidFile.
    SleeperRun startSleeper(HttpTestClient &http, const QString &name,
                            IgnoreSigterm ignore = IgnoreSigterm::No)
    {
        SleeperRun run;
        run.pidFile = m_pids.filePath(QStringLiteral("sleeper-pids-") + name);
        QJsonObject input{{QStringLiteral("pid_file"), run.pidFile}};
        if (ignore == IgnoreSigterm::Yes)
            input.insert(QStringLiteral("ignore_sigterm"), true);
        run.id =
            http.createRun(sleeperApp, QStringLiteral("main"), {{QStringLiteral("input"), input}});
        return run;
    }

    QTemporaryDir m_pids; // where sleeper.py reports its process IDs
};

QTEST_GUILESS_MAIN(TestServerAppProcesses)
#include "tst_serverappprocesses.moc"
