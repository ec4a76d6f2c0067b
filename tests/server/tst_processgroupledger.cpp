// The journal of app process groups a server keeps for its successor: what a killed server left
// running is stopped by the next one, what ended is left alone, a file in the format of servers
// before the journal is still read, and the journal does not grow without bound.
#include "server/execution/processgroupledger.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using Server::ProcessGroupLedger;

namespace {

#ifdef Q_OS_LINUX
// A process leading its own group, as the server starts apps.
std::unique_ptr<QProcess> startGroupLeader()
{
    auto process = std::make_unique<QProcess>();
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    process->start(QStringLiteral("sleep"), {QStringLiteral("60")});
    if (!process->waitForStarted(10000))
        return nullptr;
    return process;
}

// Its "started" tick, as the ledger records it, tells it apart from a process reusing its ID.
qint64 startTicks(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = file.readAll();
    return text.mid(text.lastIndexOf(')') + 2).split(' ').value(19).toLongLong();
}

QByteArray bootId()
{
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}
#endif

} // namespace

class TestProcessGroupLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextServerStopsOnlyGroupsStillRecorded()
    {
#ifndef Q_OS_LINUX
        QSKIP("leftovers are told apart through /proc");
#else
        QTemporaryDir dataDir;
        const auto ended = startGroupLeader();
        const auto leftOver = startGroupLeader();
        QVERIFY(ended && leftOver);
        {
            ProcessGroupLedger ledger(dataDir.path());
            ledger.add(ended->processId(), QStringLiteral("run-ended"));
            ledger.add(leftOver->processId(), QStringLiteral("run-left-over"));
            ledger.remove(ended->processId());
            // The server is killed here: the ledger goes without a chance to clean up.
            QVERIFY(QFile::exists(ProcessGroupLedger::filePath(dataDir.path())));
            ProcessGroupLedger next(dataDir.path());
            QCOMPARE(next.killLeftovers(), 1);
        }
        QVERIFY(leftOver->waitForFinished(10000));
        QCOMPARE(leftOver->exitStatus(), QProcess::CrashExit);
        QCOMPARE(ended->state(), QProcess::Running);
        QVERIFY(!QFile::exists(ProcessGroupLedger::filePath(dataDir.path())));
        ended->kill();
        ended->waitForFinished(10000);
#endif
    }

    void fileOfAnOlderServerIsRead()
    {
#ifndef Q_OS_LINUX
        QSKIP("leftovers are told apart through /proc");
#else
        QTemporaryDir dataDir;
        const auto leftOver = startGroupLeader();
        QVERIFY(leftOver);
        QFile file(ProcessGroupLedger::filePath(dataDir.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject entry{{QStringLiteral("group"), leftOver->processId()},
                                {QStringLiteral("run"), QStringLiteral("run-old")},
                                {QStringLiteral("boot"), QString::fromLatin1(bootId())},
                                {QStringLiteral("started"), startTicks(leftOver->processId())}};
        file.write(QJsonDocument(QJsonArray{entry}).toJson());
        file.close();

        QCOMPARE(ProcessGroupLedger(dataDir.path()).killLeftovers(), 1);
        QVERIFY(leftOver->waitForFinished(10000));
        QCOMPARE(leftOver->exitStatus(), QProcess::CrashExit);
#endif
    }

    void cleanStopLeavesNoFile()
    {
        QTemporaryDir dataDir;
        {
            ProcessGroupLedger ledger(dataDir.path());
            ledger.add(4000001, QStringLiteral("run-a"));
            ledger.remove(4000001);
        }
        QVERIFY(!QFile::exists(ProcessGroupLedger::filePath(dataDir.path())));
    }

    void journalStaysSmallOverManyRuns()
    {
        QTemporaryDir dataDir;
        ProcessGroupLedger ledger(dataDir.path());
        const QString path = ProcessGroupLedger::filePath(dataDir.path());
        // Two runs at a time, as with two workers: the ledger is empty only now and then.
        for (qint64 group = 4000001; group < 4005000; group += 2) {
            ledger.add(group, QStringLiteral("run-a"));
            ledger.add(group + 1, QStringLiteral("run-b"));
            ledger.remove(group);
            ledger.remove(group + 1);
            QVERIFY2(QFileInfo(path).size() <= ProcessGroupLedger::compactAboveBytes + 1024,
                     qPrintable(QString::number(QFileInfo(path).size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestProcessGroupLedger)
#include "tst_processgroupledger.moc"
