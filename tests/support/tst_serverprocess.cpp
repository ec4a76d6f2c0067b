// ServerProcess's own guarantee: a server a test started does not outlive a test that dies
// without cleaning up (a crash, a sanitizer abort), so it cannot keep ports, data dirs or
// inherited descriptors such as a build lock.
#include "support/serverprocess.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

using namespace TestSupport;

namespace {
const char *const dieAfterStartVariable = "NEXTDESK_TEST_DIE_AFTER_SERVER_START";
}

class TestServerProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifdef Q_OS_UNIX
        // The child role: start a server, say its pid, and die the way a crash does, with no
        // destructor run.
        if (qEnvironmentVariableIsSet(dieAfterStartVariable)) {
            auto *server = new ServerProcess; // never deleted, like after a crash
            if (!server->start())
                ::_exit(2);
            std::printf("%lld\n", static_cast<long long>(server->processId()));
            std::fflush(stdout);
            ::_exit(3);
        }
#endif
    }

    void serverDiesWithTheTestThatStartedIt()
    {
#ifndef Q_OS_LINUX
        QSKIP("The parent-death signal is Linux's; elsewhere a crashed test's server is left.");
#else
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(dieAfterStartVariable), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 3);
        // The pid is the last line, after Qt Test's own header.
        const qint64 pid =
            child.readAllStandardOutput().trimmed().split('\n').constLast().toLongLong();
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0 && errno == ESRCH, 10000);
#endif
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
