// A sanitizer report on a child process's stderr fails the running test (./scripts/test
// --sanitize runs the servers the tests start sanitized, and only their stderr carries a report);
// ordinary server output does not.
#include "support/serverprocess.h"

#include <QTest>

using namespace TestSupport;

class TestSanitizerReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportFailsTheTest_data()
    {
        QTest::addColumn<QByteArray>("standardError");
        // What the GCC 12 runtimes print, after some ordinary server output.
        const QByteArray before = "nextdesk-server: run r-1 failed: the app exited with code 1\n";
        QTest::newRow("address") << before +
                "=================================================================\n"
                "==4242==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000010 "
                "at pc 0x55d0c0ffee00 bp 0x7ffd0 sp 0x7ffc8\n"
                "READ of size 4 at 0x602000000010 thread T0\n"
                "    #0 0x55d0c0ffee00 in Server::RunExecutor::finish() runexecutor.cpp:120\n"
                "SUMMARY: AddressSanitizer: heap-use-after-free runexecutor.cpp:120 in finish\n";
        QTest::newRow("leak") << before +
                "=================================================================\n"
                "==4242==ERROR: LeakSanitizer: detected memory leaks\n\n"
                "Direct leak of 16 byte(s) in 1 object(s) allocated from:\n"
                "    #0 0x7f00 in operator new(unsigned long)\n"
                "SUMMARY: AddressSanitizer: 16 byte(s) leaked in 1 allocation(s).\n";
        QTest::newRow("undefined") << before +
                "/work/server/store/datastore.cpp:88:17: runtime error: signed integer overflow: "
                "2147483647 + 1 cannot be represented in type 'int'\n"
                "    #0 0x55d0 in Server::DataStore::nextSequence() datastore.cpp:88\n";
    }

    void reportFailsTheTest()
    {
        QFETCH(QByteArray, standardError);
        QEXPECT_FAIL("", "the server's sanitizer report must fail the test", Continue);
        failOnSanitizerReport(standardError, QStringLiteral("nextdesk-server"));
    }

    void ordinaryOutputPasses()
    {
        failOnSanitizerReport({}, QStringLiteral("nextdesk-server"));
        failOnSanitizerReport("nextdesk-server: strict mode refused POST /v1/applications: "
                              "unknown field 'x'\n"
                              "nextdesk-server: run r-2 failed: runtime error in the app\n",
                              QStringLiteral("nextdesk-server"));
    }
};

QTEST_GUILESS_MAIN(TestSanitizerReports)
#include "tst_sanitizerreports.moc"
