// The entity tables behind the Versions, Instances, Inputs and Input sets tabs (and the account
// queue), under
// QAbstractItemModelTester: loading, refreshing in place (update, add, remove), and errors.
#include "models/entitylistmodel.h"
#include "support/fakenextmvservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using Models::InstanceListModel;

namespace {

Api::Instance instance(const QString &id, const QString &version)
{
    Api::Instance i;
    i.id = i.name = id;
    i.versionId = version;
    return i;
}

} // namespace

class TestEntityListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsFromTheService()
    {
        TestSupport::FakeNextmvService service;
        InstanceListModel model(Models::instanceColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &Models::EntityListModelBase::loaded);
        model.setLoader([&service](QObject *context, auto done) {
            return service.listInstances(QStringLiteral("knapsack"), context, done);
        });
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("ID"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("dp"));
        QCOMPARE(model.index(1, 0).data(Models::EntityListModelBase::IdRole).toString(),
                 QStringLiteral("dp"));
    }

    void refreshUpdatesInPlace()
    {
        QList<Api::Instance> served{instance(QStringLiteral("a"), QStringLiteral("v1")),
                                    instance(QStringLiteral("b"), QStringLiteral("v1")),
                                    instance(QStringLiteral("c"), QStringLiteral("v1"))};
        InstanceListModel model(Models::instanceColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QObject operation;
        model.setLoader([&served, &operation](QObject *context, auto done) {
            QTimer::singleShot(0, context, [&served, done] { done(served); });
            return Api::PendingCall(&operation);
        });
        QTRY_COMPARE(model.rowCount(), 3);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        served = {instance(QStringLiteral("a"), QStringLiteral("v2")),
                  instance(QStringLiteral("c"), QStringLiteral("v1")),
                  instance(QStringLiteral("d"), QStringLiteral("v1"))};
        model.reload();
        QTRY_COMPARE(model.rowOf(QStringLiteral("d")), 2);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("b")), -1);
        QCOMPARE(model.item(model.rowOf(QStringLiteral("a"))).versionId, QStringLiteral("v2"));
        QVERIFY(!changed.isEmpty());
    }

    void theQueueListsRunsAcrossApplications()
    {
        Api::RunSummary queued;
        queued.id = QStringLiteral("q1");
        queued.applicationId = QStringLiteral("routing");
        queued.status = Api::RunStatus::Queued;
        queued.queuingPriority = 2;
        Api::RunSummary running = queued;
        running.id = QStringLiteral("r1");
        running.applicationId = QStringLiteral("knapsack");
        running.status = Api::RunStatus::Running;
        QList<Api::RunSummary> served{running, queued};
        Models::QueueListModel model(Models::queueColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QObject operation;
        model.setLoader([&served, &operation](QObject *context, auto done) {
            QTimer::singleShot(0, context, [&served, done] { done(served); });
            return Api::PendingCall(&operation);
        });
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("routing"));
        QCOMPARE(model.index(1, 3).data().toInt(), 2);
        // A run that left the queue leaves the table.
        served = {queued};
        model.reload();
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("r1")), -1);
    }

    void failureIsReported()
    {
        InstanceListModel model(Models::instanceColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy failed(&model, &Models::EntityListModelBase::loadFailed);
        QObject operation;
        model.setLoader([&operation](QObject *context, auto done) {
            QTimer::singleShot(0, context, [done] {
                done(Api::Error{Api::Error::Kind::Http, 500, QStringLiteral("boom"), {}});
            });
            return Api::PendingCall(&operation);
        });
        QVERIFY(failed.wait());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEntityListModel)
#include "tst_entitylistmodel.moc"
