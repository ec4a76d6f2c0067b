// The transfers panel model: progress and states of transfers as they change.
#include "models/transferlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

// A transfer the test drives by hand.
class ManualTransfer final : public Api::Transfer
{
public:
    ManualTransfer()
        : Api::Transfer(Direction::Upload, QStringLiteral("input.json"))
    {
    }
    void advance(qint64 done, qint64 total) { setProgress(done, total); }
    void finishWith(const QString &result) { succeed(result); }
    void failWith(const QString &message) { fail(Api::Error::io(message)); }
    int runs = 0;

protected:
    void run() override { ++runs; }
    void abort() override { }
};

} // namespace

class TestTransferListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressIsReportedAtMostAThousandTimes()
    {
        // Qt reports an upload every few kB; the panel needs no more than a thousandth.
        ManualTransfer transfer;
        transfer.start();
        int reports = 0;
        connect(&transfer, &Api::Transfer::progressChanged, this, [&reports] { ++reports; });
        const qint64 total = 1024LL * 1024 * 1024;
        for (qint64 done = 0; done <= total; done += 16 * 1024)
            transfer.advance(done, total);
        QVERIFY2(reports > 900 && reports <= 1002, QByteArray::number(reports));
        QCOMPARE(transfer.bytesDone(), total);
        // A change of total and the end are always told, however small the step.
        const int before = reports;
        transfer.advance(total, total + 1);
        QCOMPARE(reports, before + 1);
        transfer.advance(total + 1, total + 1);
        QCOMPARE(reports, before + 2);
    }

    void progressStateAndRetry()
    {
        Models::TransferListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *transfer = new ManualTransfer;
        model.add(transfer);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.activeCount(), 0);
        transfer->start();
        QCOMPARE(model.activeCount(), 1);
        QCOMPARE(model.index(0).data(Models::TransferListModel::ProgressRole).toInt(), -1);
        transfer->advance(50, 200);
        QCOMPARE(model.index(0).data(Models::TransferListModel::ProgressRole).toInt(), 25);
        transfer->failWith(QStringLiteral("disk full"));
        QVERIFY(model.index(0).data().toString().contains(QLatin1String("disk full")));
        QCOMPARE(model.activeCount(), 0);
        transfer->retry();
        QCOMPARE(transfer->runs, 2);
        transfer->advance(200, 200);
        transfer->finishWith(QStringLiteral("run-1"));
        QCOMPARE(model.index(0).data(Models::TransferListModel::ProgressRole).toInt(), 100);
        model.removeFinished();
        QCOMPARE(model.rowCount(), 0);
    }

    void cancelStopsAndSaysSo()
    {
        Models::TransferListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *transfer = new ManualTransfer;
        model.add(transfer);
        transfer->start();
        transfer->cancel();
        QCOMPARE(transfer->state(), Api::Transfer::State::Canceled);
        QVERIFY(model.index(0).data().toString().contains(QLatin1String("canceled")));
        model.removeFinished(); // canceled transfers stay until retried or cleared by the user
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransferListModel)
#include "tst_transferlistmodel.moc"
