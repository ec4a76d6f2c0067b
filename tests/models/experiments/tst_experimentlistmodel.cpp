// The experiments list under QAbstractItemModelTester: batch experiments, acceptance, shadow and
// switchback tests merge by ID on refresh (rows update in place, vanish when gone), progress and
// activity; and the type filter over it.
#include "models/experiments/experimentfilterproxymodel.h"
#include "models/experiments/experimentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Models::ExperimentListModel;

namespace {

Api::BatchExperiment batch(const QString &id, Api::ExperimentStatus status, int completed,
                           int requested)
{
    Api::BatchExperiment e;
    e.id = id;
    e.name = id + QStringLiteral(" name");
    e.status = status;
    e.requestedRuns = requested;
    e.runs = requested;
    e.completedRuns = completed;
    e.createdAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    return e;
}

Api::AcceptanceTest acceptance(const QString &id, const QString &experimentId)
{
    Api::AcceptanceTest t;
    t.id = id;
    t.name = id;
    t.experimentId = experimentId;
    t.controlInstance = QStringLiteral("greedy");
    t.candidateInstance = QStringLiteral("dp");
    t.status = Api::ExperimentStatus::Started;
    return t;
}

Api::ShadowTest shadow(const QString &id, Api::ExperimentStatus status, int baselineRuns)
{
    Api::ShadowTest t;
    t.id = id;
    t.status = status;
    t.comparisons = {{QStringLiteral("greedy"), {QStringLiteral("dp")}}};
    t.maximumRuns = 10;
    t.baselineRuns = baselineRuns;
    return t;
}

Api::SwitchbackTest switchback(const QString &id, Api::ExperimentStatus status)
{
    Api::SwitchbackTest t;
    t.id = id;
    t.status = status;
    t.baselineInstanceId = QStringLiteral("greedy");
    t.candidateInstanceId = QStringLiteral("dp");
    t.plan.start = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < 4; ++i)
        t.plan.units.append({i, i % 2 ? t.candidateInstanceId : t.baselineInstanceId, 60});
    return t;
}

} // namespace

class TestExperimentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesInPlaceAndTracksProgress()
    {
        ExperimentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setBatchExperiments(
            {batch(QStringLiteral("a"), Api::ExperimentStatus::Started, 1, 4),
             batch(QStringLiteral("b"), Api::ExperimentStatus::Completed, 2, 2)});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.hasActiveExperiments());
        const QModelIndex a = model.indexOf(ExperimentListModel::Kind::Batch, QStringLiteral("a"));
        QCOMPARE(a.siblingAtColumn(ExperimentListModel::Progress).data().toString(),
                 QStringLiteral("1 / 4 run(s)")); // English plurals come with translations
        QCOMPARE(a.data(ExperimentListModel::ProgressRole).toDouble(), 0.25);

        // Live progress: the row changes in place, no reset, no insert.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.updateBatchExperiment(
            batch(QStringLiteral("a"), Api::ExperimentStatus::Completed, 4, 4));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(resets.size() + inserts.size(), 0);
        QVERIFY(!model.hasActiveExperiments());

        // A refresh without "b" removes it; an unchanged row emits nothing.
        changes.clear();
        model.setBatchExperiments(
            {batch(QStringLiteral("a"), Api::ExperimentStatus::Completed, 4, 4)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(changes.size(), 0);
    }

    void acceptanceTestsBorrowTheirBatchProgress()
    {
        ExperimentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setAcceptanceTests({acceptance(QStringLiteral("acc"), QStringLiteral("base"))});
        model.setBatchExperiments(
            {batch(QStringLiteral("base"), Api::ExperimentStatus::Started, 3, 6)});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex acc =
            model.indexOf(ExperimentListModel::Kind::Acceptance, QStringLiteral("acc"));
        QVERIFY(acc.isValid());
        QCOMPARE(acc.data(ExperimentListModel::ProgressRole).toDouble(), 0.5);
        QVERIFY(acc.siblingAtColumn(ExperimentListModel::Type)
                    .data()
                    .toString()
                    .contains(QStringLiteral("dp vs greedy")));
        model.updateBatchExperiment(
            batch(QStringLiteral("base"), Api::ExperimentStatus::Completed, 6, 6));
        QCOMPARE(acc.data(ExperimentListModel::ProgressRole).toDouble(), 1.0);
        // The test keeps its own status (it changes when the test is listed again).
        QCOMPARE(acc.siblingAtColumn(ExperimentListModel::Status).data().toString(),
                 QStringLiteral("running"));
        model.setAcceptanceTests({});
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void onlineTestsShowTheirOwnProgress()
    {
        ExperimentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setShadowTests({shadow(QStringLiteral("sh"), Api::ExperimentStatus::Started, 3)});
        const QDateTime inUnitThree = QDateTime(QDate(2026, 11, 27), QTime(12, 30), Qt::UTC);
        model.setSwitchbackTests({switchback(QStringLiteral("sb"), Api::ExperimentStatus::Started)},
                                 inUnitThree);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex sh =
            model.indexOf(ExperimentListModel::Kind::Shadow, QStringLiteral("sh"));
        QCOMPARE(sh.siblingAtColumn(ExperimentListModel::Progress).data().toString(),
                 QStringLiteral("3 / 10 baseline run(s)"));
        QCOMPARE(sh.siblingAtColumn(ExperimentListModel::Type).data().toString(),
                 QStringLiteral("Shadow test (dp vs greedy)"));
        const QModelIndex sb =
            model.indexOf(ExperimentListModel::Kind::Switchback, QStringLiteral("sb"));
        QCOMPARE(sb.siblingAtColumn(ExperimentListModel::Progress).data().toString(),
                 QStringLiteral("2 / 4 unit(s)"));
        QVERIFY(model.hasActiveExperiments());

        // Live updates change the row in place; a draft has no progress on its plan yet.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateShadowTest(shadow(QStringLiteral("sh"), Api::ExperimentStatus::Completed, 10));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(sh.data(ExperimentListModel::ProgressRole).toDouble(), 1.0);
        model.updateSwitchbackTest(switchback(QStringLiteral("sb"), Api::ExperimentStatus::Draft),
                                   inUnitThree);
        QCOMPARE(sb.data(ExperimentListModel::ProgressRole).toDouble(), 0.0);
        QVERIFY(!model.hasActiveExperiments());
    }

    void typeFilter()
    {
        ExperimentListModel model;
        Models::ExperimentFilterProxyModel filtered;
        filtered.setSourceModel(&model);
        QAbstractItemModelTester tester(&filtered,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setBatchExperiments(
            {batch(QStringLiteral("a"), Api::ExperimentStatus::Completed, 2, 2)});
        model.setShadowTests({shadow(QStringLiteral("sh"), Api::ExperimentStatus::Draft, 0),
                              shadow(QStringLiteral("sh2"), Api::ExperimentStatus::Draft, 0)});
        QCOMPARE(filtered.rowCount(), 3);
        filtered.setKind(ExperimentListModel::Kind::Shadow);
        QCOMPARE(filtered.rowCount(), 2);
        // Rows of the chosen kind arriving later show up; others stay out.
        model.setSwitchbackTests({switchback(QStringLiteral("sb"), Api::ExperimentStatus::Draft)});
        QCOMPARE(filtered.rowCount(), 2);
        filtered.setKind(ExperimentListModel::Kind::Switchback);
        QCOMPARE(filtered.rowCount(), 1);
        QCOMPARE(filtered.index(0, 0).data(ExperimentListModel::IdRole).toString(),
                 QStringLiteral("sb"));
        filtered.setKind(std::nullopt);
        QCOMPARE(filtered.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestExperimentListModel)
#include "tst_experimentlistmodel.moc"
