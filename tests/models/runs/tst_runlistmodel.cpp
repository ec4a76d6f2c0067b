// The runs table model and its proxy, fed by the fixture-backed fake service, always under
// QAbstractItemModelTester: lazy paging, discovered statistic columns, live status through
// one poller, merging newer runs, filters and raw-value sorting.
#include "models/runs/runfilterproxymodel.h"
#include "models/runs/runlistmodel.h"
#include "support/fakenextmvservice.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using Models::RunFilterProxyModel;
using Models::RunListModel;
using TestSupport::FakeNextmvService;

namespace {

// A proxy over a source model, itself under QAbstractItemModelTester.
struct TestedProxy
{
    explicit TestedProxy(QAbstractItemModel *source)
    {
        proxy.setSourceModel(source);
        tester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    RunFilterProxyModel proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

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
        TestedProxy tested(m_model.get());
        RunFilterProxyModel &proxy = tested.proxy;
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

    void readsTheNextPageAheadAndShowsItAtOnce()
    {
        m_tester.reset(); // nothing asks for more rows
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 50);
        // The second page is fetched while the first is shown, but not shown until asked for.
        QTRY_COMPARE(m_service->listCalls(), 2);
        QTRY_COMPARE(m_service->unansweredCalls(), 0); // the page ahead has arrived
        QVERIFY(!m_model->isLoading());
        QCOMPARE(m_model->rowCount(), 50);
        QVERIFY(m_model->canFetchMore({}));
        QSignalSpy loading(m_model.get(), &RunListModel::loadingChanged);
        m_model->fetchMore({});
        QVERIFY(!m_model->canFetchMore({})); // asked once is enough
        QTRY_COMPARE(m_model->rowCount(), 100);
        QVERIFY(!m_model->isLoading());
        // The page was there already: no "loading" shown, and the one after it is on its way.
        QVERIFY(!loading.contains(QVariantList{true}));
        QTRY_COMPARE(m_service->listCalls(), 3);
        m_model->fetchMore({});
        QTRY_COMPARE(m_model->rowCount(), 120);
        QVERIFY(!m_model->canFetchMore({}));
        QCOMPARE(m_service->listCalls(), 3);
    }

    void pagesThatArrivedMeanwhileAreShownAtOnce()
    {
        FakeNextmvService service;
        for (int i = 0; i < 300; ++i) {
            Api::RunSummary run;
            run.id = QStringLiteral("run-%1").arg(i);
            run.status = Api::RunStatus::Succeeded;
            service.addNewestRun(run);
        }
        RunListModel model(service);
        model.setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(model.rowCount(), 50);
        // Not scrolling yet: one page ahead only.
        QTRY_COMPARE(service.listCalls(), 2);
        QTest::qWait(20);
        QCOMPARE(service.listCalls(), 2);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 100);
        // Scrolling on: further pages come while the view is busy elsewhere (here: idle).
        QTRY_COMPARE(service.listCalls(), 6);
        QTRY_COMPARE(service.unansweredCalls(), 0); // all of them have arrived
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 300);
        QCOMPARE(inserted.size(), 1); // one insertion, one repaint, for four pages
        QCOMPARE(model.run(299).id, QStringLiteral("run-0"));
        QVERIFY(!model.canFetchMore({}));
    }

    void pagesAreAskedForOnceTheirTokenIsKnownAndTakenInOrder()
    {
        m_tester.reset(); // the test asks for more rows itself
        m_service->holdListCalls();
        auto &held = m_service->heldListCalls();
        const auto page = [](int first, const QString &next) {
            Api::RunPage p;
            for (int i = first; i < first + 50; ++i) {
                Api::RunSummary run;
                run.id = QStringLiteral("run-%1").arg(i);
                run.status = Api::RunStatus::Succeeded;
                p.runs.append(run);
            }
            p.nextPageToken = next;
            return p;
        };
        QSignalSpy failed(m_model.get(), &RunListModel::loadFailed);
        m_model->setApplication(QStringLiteral("knapsack"));
        QCOMPARE(held.size(), 1);
        held[0].nextPageKnown(QStringLiteral("p2"));
        QCOMPARE(held.size(), 1); // not scrolling yet: nothing beyond the page on its way
        held[0].done(page(0, QStringLiteral("p2")));
        QCOMPARE(m_model->rowCount(), 50);
        QCOMPARE(held.size(), 2); // one page ahead
        m_model->fetchMore({}); // the user scrolls: pages are read further ahead
        held[1].nextPageKnown(QStringLiteral("p3"));
        QCOMPARE(held.size(), 3); // asked for before page 2 is decoded
        held[2].nextPageKnown(QStringLiteral("p4"));
        QCOMPARE(held.size(), 4);
        QCOMPARE(held[3].pageToken, QStringLiteral("p4"));
        // Page 3 fails before page 2 has come: it waits its turn.
        held[2].done(Api::Error{Api::Error::Kind::Network, 0, QStringLiteral("down"), {}});
        QVERIFY(held[3].operation);
        held[1].done(page(50, QStringLiteral("p3")));
        QTRY_COMPARE(m_model->rowCount(), 100);
        // Page 4 rested on page 3, which failed: it is dropped, and page 3 asked for again
        // when the view wants more, with no error shown (nothing was missing yet).
        QVERIFY(!held[3].operation);
        QCOMPARE(failed.size(), 0);
        m_model->fetchMore({});
        QCOMPARE(held.size(), 5);
        QCOMPARE(held[4].pageToken, QStringLiteral("p3"));
        // A token read early that the page then contradicts: the page's word counts.
        held[4].nextPageKnown(QStringLiteral("wrong"));
        QCOMPARE(held.size(), 6);
        QCOMPARE(held[5].pageToken, QStringLiteral("wrong"));
        held[4].done(page(100, QStringLiteral("p4")));
        QTRY_COMPARE(m_model->rowCount(), 150);
        QVERIFY(!held[5].operation);
        QCOMPARE(held.last().pageToken, QStringLiteral("p4"));
        QCOMPARE(m_model->run(149).id, QStringLiteral("run-149"));
        QCOMPARE(failed.size(), 0);
    }

    void aFailedReadAheadIsRetriedWhenAskedFor()
    {
        m_tester.reset();
        QSignalSpy failed(m_model.get(), &RunListModel::loadFailed);
        // The read-ahead is asked for right after the first page is shown: that one fails.
        const QMetaObject::Connection failAfterFirstPage =
            connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [this] {
                m_service->failNextList({Api::Error::Kind::Network, 0, QStringLiteral("down"), {}});
            });
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 50);
        disconnect(failAfterFirstPage);
        QTRY_COMPARE(m_service->listCalls(), 2);
        QTest::qWait(20);
        QCOMPARE(failed.size(), 0); // not the user's concern yet
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QVERIFY(m_model->isLoading());
        QTRY_COMPARE(m_model->rowCount(), 100);
        QCOMPARE(failed.size(), 0);
    }

    void proxyPlacesPagesInItsSortOrderAsTheyArrive()
    {
        TestedProxy tested(m_model.get());
        RunFilterProxyModel &proxy = tested.proxy;
        // By name: the rows of later pages land among those shown, not after them.
        proxy.sort(RunListModel::Name, Qt::AscendingOrder);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        QCOMPARE(proxy.rowCount(), 120);
        QVERIFY(!layouts.isEmpty());
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QString previous = proxy.index(r - 1, RunListModel::Name).data().toString();
            const QString name = proxy.index(r, RunListModel::Name).data().toString();
            QVERIFY2(previous <= name, qPrintable(previous + QStringLiteral(" > ") + name));
        }
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.mapFromSource(proxy.mapToSource(proxy.index(r, 0))).row(), r);
    }

    void proxyAppendsPagesThatComeInItsSortOrder()
    {
        // Newest first, as the server pages them (the fixture is not quite in order).
        FakeNextmvService service;
        const QDateTime start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 120; ++i) {
            Api::RunSummary run;
            run.id = QStringLiteral("run-%1").arg(i);
            run.createdAt = start.addSecs(60 * i);
            run.status = Api::RunStatus::Succeeded;
            service.addNewestRun(run);
        }
        RunListModel model(service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        TestedProxy tested(&model);
        RunFilterProxyModel &proxy = tested.proxy;
        proxy.sort(RunListModel::Created, Qt::DescendingOrder);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        model.setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(proxy.rowCount(), 120);
        // Each page of older runs goes after the rows shown: an insertion, no layout change.
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.last().at(1).toInt(), 100);
        QCOMPARE(proxy.index(0, RunListModel::Id).data().toString(), QStringLiteral("run-119"));
        QCOMPARE(proxy.index(119, RunListModel::Id).data().toString(), QStringLiteral("run-0"));
    }

    void proxySortsOnceWhenAskedTwiceForTheSameOrder()
    {
        // QTableView::sortByColumn asks the model to sort twice for one order; the second ask
        // has nothing to do and must not cost a second sort and relayout of every row.
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        TestedProxy tested(m_model.get());
        RunFilterProxyModel &proxy = tested.proxy;
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        // What sortByColumn does: through the header's indicator, then once more itself.
        proxy.sort(RunListModel::Name, Qt::AscendingOrder);
        proxy.sort(RunListModel::Name, Qt::AscendingOrder);
        QCOMPARE(layouts.size(), 1);
        proxy.sort(RunListModel::Name, Qt::DescendingOrder);
        proxy.sort(RunListModel::Name, Qt::DescendingOrder);
        QCOMPARE(layouts.size(), 2);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, RunListModel::Name).data().toString() >=
                    proxy.index(r, RunListModel::Name).data().toString());
        // Back to the source's order, once.
        proxy.sort(-1);
        proxy.sort(-1);
        QCOMPARE(layouts.size(), 3);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.mapToSource(proxy.index(r, 0)).row(), r);
    }

    void proxyKeepsTheSelectionAcrossSortsAndFilters()
    {
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        TestedProxy tested(m_model.get());
        RunFilterProxyModel &proxy = tested.proxy;
        QItemSelectionModel selection(&proxy);
        const auto selectedIds = [&] {
            QStringList ids;
            for (const QModelIndex &index : selection.selectedRows())
                ids.append(index.data(RunListModel::RunIdRole).toString());
            ids.sort();
            return ids;
        };
        const auto rowOf = [&](const QString &id) {
            return proxy.mapFromSource(m_model->index(m_model->rowOfRun(id), 0));
        };
        selection.setCurrentIndex(rowOf(QStringLiteral("dp-run0117")),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.select(rowOf(QStringLiteral("greedy-run0110")),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList chosen{QStringLiteral("dp-run0117"), QStringLiteral("greedy-run0110")};
        QCOMPARE(selectedIds(), chosen);

        proxy.sort(RunListModel::Name, Qt::DescendingOrder);
        QCOMPARE(selectedIds(), chosen);
        QCOMPARE(selection.currentIndex().data(RunListModel::RunIdRole).toString(),
                 QStringLiteral("dp-run0117"));
        proxy.setInstance(QStringLiteral("greedy"));
        QCOMPARE(selectedIds(), QStringList{QStringLiteral("greedy-run0110")});
        QVERIFY(!selection.currentIndex().isValid());
        proxy.setInstance({});
        QCOMPARE(proxy.rowCount(), 120);
        QCOMPARE(selectedIds(), QStringList{QStringLiteral("greedy-run0110")});
    }

    void proxyFollowsLiveStatusChanges()
    {
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(m_model->rowCount(), 120);
        RunFilterProxyModel succeeded;
        succeeded.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&succeeded,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        succeeded.setStatuses({int(Api::RunStatus::Succeeded)});
        RunFilterProxyModel byStatus;
        byStatus.setSourceModel(m_model.get());
        QAbstractItemModelTester statusTester(
            &byStatus, QAbstractItemModelTester::FailureReportingMode::Fatal);
        byStatus.sort(RunListModel::Status, Qt::AscendingOrder);
        const QString id = QStringLiteral("greedy-run0120"); // queued
        const auto shown = [&](const RunFilterProxyModel &proxy) {
            return proxy.mapFromSource(m_model->index(m_model->rowOfRun(id), 0));
        };
        const int before = succeeded.rowCount();
        QVERIFY(!shown(succeeded).isValid());
        QCOMPARE(shown(byStatus).data(RunListModel::StatusRole).toInt(),
                 int(Api::RunStatus::Queued));
        m_service->setRunStatus(id, Api::RunStatus::Succeeded, {});
        QTRY_VERIFY_WITH_TIMEOUT(shown(succeeded).isValid(), 5000);
        QCOMPARE(succeeded.rowCount(), before + 1);
        // It moved among the succeeded runs of the status-sorted view, which stays in order.
        for (int r = 1; r < byStatus.rowCount(); ++r)
            QVERIFY(byStatus.index(r - 1, 0).data(RunListModel::StatusRole).toInt() <=
                    byStatus.index(r, 0).data(RunListModel::StatusRole).toInt());
        QCOMPARE(shown(byStatus).data(RunListModel::StatusRole).toInt(),
                 int(Api::RunStatus::Succeeded));
    }

    void proxySortsByAStatisticThatArrivesLater()
    {
        // Sorted by the first statistic column before any run reported one (as a restored
        // header does): the values sort once they arrive.
        TestedProxy tested(m_model.get());
        RunFilterProxyModel &proxy = tested.proxy;
        proxy.sort(RunListModel::FirstStatisticColumn, Qt::AscendingOrder);
        m_model->setApplication(QStringLiteral("knapsack"));
        QTRY_COMPARE(proxy.rowCount(), 120);
        const int value = column(QStringLiteral("result.value"));
        QCOMPARE(value, int(RunListModel::FirstStatisticColumn));
        double previous = -1e300;
        bool missingSeen = false;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QVariant v = proxy.index(r, value).data(RunListModel::UnderlyingDataRole);
            if (!v.isValid()) {
                missingSeen = true;
                continue;
            }
            QVERIFY(!missingSeen); // runs without a value come last
            QVERIFY(v.toDouble() >= previous);
            previous = v.toDouble();
        }
        QVERIFY(missingSeen);
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
