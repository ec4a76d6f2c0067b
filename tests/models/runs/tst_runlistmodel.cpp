// The runs table model and its proxy, fed by the fixture-backed fake service, always under
// QAbstractItemModelTester: lazy paging, discovered statistic columns, live status through
// one poller, merging newer runs, filters and raw-value sorting.
#include "models/runs/runfilterproxymodel.h"
#include "models/runs/runlistmodel.h"
#include "support/fakenextmvservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Models::RunFilterProxyModel;
using Models::RunListModel;
using TestSupport::FakeNextmvService;

class TestRunListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNextmvService> m_service;
    std::unique_ptr<RunListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    int column(const QString &header) const
    {
        for (int c = 0; c < m_model->columnCount(); ++c) {
            if (m_model->headerData(c, Qt::Horizontal).toString() == header)
                return c;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_service = std::make_unique<FakeNextmvService>();
        m_service->loadRunsFixture();
        m_model = std::make_unique<RunListModel>(*m_service);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_service.reset();
    }

    void pagesLazilyFiftyAtATime()
    {
        // The tester itself asks for more rows whenever rows arrive (as a scrolling view
        // would), so the whole list loads here, but one page of 50 at a time.
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        QVERIFY(!m_model->canFetchMore({}));
        QCOMPARE(m_service->listCalls(), 3);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 49);
        QCOMPARE(inserted.at(1).at(1).toInt(), 50);
        QCOMPARE(inserted.at(2).at(2).toInt(), 119);
        QCOMPARE(resets.size(), 1); // appends, never a reset per page
        QCOMPARE(m_model->data(m_model->index(0, RunListModel::Id)).toString(),
                 QStringLiteral("greedy-run0120"));
        QCOMPARE(m_model->data(m_model->index(119, RunListModel::Id)).toString(),
                 QStringLiteral("dp-run0001"));
    }

    void aDeletedRunLeavesTheList()
    {
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        const QString second = m_model->run(1).id;
        const QString third = m_model->run(2).id;
        m_model->removeRun(second);
        QCOMPARE(m_model->rowCount(), 119);
        QCOMPARE(m_model->rowOfRun(second), -1);
        QCOMPARE(m_model->rowOfRun(third), 1);
        m_model->removeRun(QStringLiteral("no-such-run"));
        QCOMPARE(m_model->rowCount(), 119);
    }

    void withoutAViewOnlyTheFirstPageLoads()
    {
        m_tester.reset(); // nothing asks for more rows
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 50);
        QTest::qWait(50);
        QCOMPARE(m_model->rowCount(), 50);
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QTRY_COMPARE(m_model->rowCount(), 100);
    }

    void discoversStatisticColumns()
    {
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        QVERIFY(column(QStringLiteral("result.value")) >= RunListModel::FirstStatisticColumn);
        QVERIFY(column(QStringLiteral("run.duration")) >= RunListModel::FirstStatisticColumn);
        QVERIFY(column(QStringLiteral("result.custom.gap")) >= RunListModel::FirstStatisticColumn);
        const int value = column(QStringLiteral("result.value"));
        const int row = m_model->rowOfRun(QStringLiteral("greedy-run0110"));
        QVERIFY(row >= 0);
        QCOMPARE(
            m_model->data(m_model->index(row, value), RunListModel::UnderlyingDataRole).toDouble(),
            400.0 + (110 * 7) % 90);
        // A running run has no statistic yet: empty, not zero.
        const int running = m_model->rowOfRun(QStringLiteral("dp-run0117"));
        QVERIFY(!m_model->data(m_model->index(running, value)).isValid());
    }

    void queuedAndRunningRunsRefreshLive()
    {
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        const int row = m_model->rowOfRun(QStringLiteral("greedy-run0120"));
        QCOMPARE(m_model->data(m_model->index(row, RunListModel::Status), RunListModel::StatusRole)
                     .toInt(),
                 int(Api::RunStatus::Queued));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy finished(m_model.get(), &RunListModel::runFinished);
        m_service->setRunStatus(QStringLiteral("greedy-run0120"), Api::RunStatus::Succeeded,
                                {{QStringLiteral("result.value"), 999}});
        QTRY_COMPARE_WITH_TIMEOUT(
            m_model->data(m_model->index(row, RunListModel::Status), RunListModel::StatusRole)
                .toInt(),
            int(Api::RunStatus::Succeeded), 5000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_model
                     ->data(m_model->index(row, column(QStringLiteral("result.value"))),
                            RunListModel::UnderlyingDataRole)
                     .toDouble(),
                 999.0);
        QVERIFY(!changed.isEmpty());
        // Only the 5 active runs are polled, not the 45 finished ones.
        QVERIFY(m_service->metadataCalls() <= 5 * 4);
    }

    void refreshMergesNewerRunsAtTheTop()
    {
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        Api::RunSummary fresh = m_model->run(10);
        fresh.id = QStringLiteral("greedy-new");
        fresh.status = Api::RunStatus::Succeeded;
        m_service->addNewestRun(fresh);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->refresh();
        QTRY_COMPARE(m_model->rowCount(), 121);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(m_model->rowOfRun(QStringLiteral("greedy-new")), 0);
        QCOMPARE(m_model->rowOfRun(QStringLiteral("greedy-run0120")), 1);
    }

    void loadFailureIsReportedAndRetryable()
    {
        m_service->failNextList({Api::Error::Kind::Network, 0, QStringLiteral("down"), {}});
        QSignalSpy failed(m_model.get(), &RunListModel::loadFailed);
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->refresh();
        QTRY_COMPARE(m_model->rowCount(), 120);
    }

    void switchingApplicationsForgetsTheOldOne()
    {
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        m_model->setApplication(QStringLiteral("other"));
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(RunListModel::FirstStatisticColumn));
        QTest::qWait(50);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void proxyFiltersAndSortsOnRawValues()
    {
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        RunFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setInstance(QStringLiteral("dp"));
        QCOMPARE(proxy.rowCount(), 60);
        proxy.setStatuses({int(Api::RunStatus::Failed)});
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(RunListModel::StatusRole).toInt(),
                     int(Api::RunStatus::Failed));
        proxy.setStatuses({});
        proxy.setInstance({});
        proxy.setText(QStringLiteral("nightly 99"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText({});
        proxy.setCreatedRange(QDateTime(QDate(2026, 11, 12), QTime(0, 0), Qt::UTC), {});
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 120);
        proxy.setCreatedRange({}, {});

        // Input size sorts by bytes, not by its "1.2 KB" text; missing values go last.
        proxy.sort(RunListModel::InputSize, Qt::AscendingOrder);
        qint64 previous = -1;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const qint64 bytes = proxy.index(r, RunListModel::InputSize)
                                     .data(RunListModel::UnderlyingDataRole)
                                     .toLongLong();
            QVERIFY(bytes >= previous);
            previous = bytes;
        }
        proxy.sort(column(QStringLiteral("result.value")), Qt::AscendingOrder);
        const QModelIndex last =
            proxy.index(proxy.rowCount() - 1, column(QStringLiteral("result.value")));
        QVERIFY(!last.data(RunListModel::UnderlyingDataRole).isValid());
    }

    void displayTexts()
    {
        QCOMPARE(RunListModel::durationText(450), QStringLiteral("450 ms"));
        QCOMPARE(RunListModel::durationText(61000), QStringLiteral("1 min 1 s"));
        QVERIFY(RunListModel::sizeText(2048).contains(QLatin1String("2")));
    }
};

QTEST_GUILESS_MAIN(TestRunListModel)
#include "tst_runlistmodel.moc"
