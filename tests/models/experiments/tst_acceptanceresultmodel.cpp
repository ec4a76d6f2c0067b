// The acceptance results table under QAbstractItemModelTester: one row per metric with both
// sides' values and the margin to the threshold, metrics alone before results, outcome filter.
#include "models/experiments/acceptanceresultmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using Models::AcceptanceResultModel;

namespace {

Api::DistributionSummary summaryWithMean(double mean)
{
    Api::DistributionSummary d;
    d.count = 3;
    d.mean = mean;
    d.min = mean - 1;
    d.max = mean + 1;
    d.percentiles.insert(50, mean);
    return d;
}

Api::AcceptanceMetricResult result(const QString &op, const QString &toleranceType,
                                   double tolerance, double control, double candidate, bool passed)
{
    Api::AcceptanceMetricResult r;
    r.metric.op = op;
    r.metric.toleranceType = toleranceType;
    r.metric.toleranceValue = tolerance;
    r.control = summaryWithMean(control);
    r.candidate = summaryWithMean(candidate);
    r.passed = passed;
    return r;
}

double raw(const AcceptanceResultModel &model, int row, int column)
{
    return model.index(row, column).data(AcceptanceResultModel::UnderlyingDataRole).toDouble();
}

} // namespace

class TestAcceptanceResultModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsPerMetricWithMargins()
    {
        AcceptanceResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        Api::AcceptanceTest test;
        test.controlInstance = QStringLiteral("greedy");
        test.candidateInstance = QStringLiteral("dp");
        test.metrics = {Api::AcceptanceMetric{}, Api::AcceptanceMetric{}};
        test.status = Api::ExperimentStatus::Started;
        model.setTest(test);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AcceptanceResultModel::Outcome).data().toString(),
                 QStringLiteral("Pending"));
        QVERIFY(!model.index(0, AcceptanceResultModel::Outcome)
                     .data(AcceptanceResultModel::PassedRole)
                     .isValid());
        QVERIFY(model.verdict().contains(QStringLiteral("running")));

        test.hasResults = true;
        test.passed = false;
        test.results = {
            result(QStringLiteral("ge"), QStringLiteral("relative"), 0.05, 100, 96, true),
            result(QStringLiteral("le"), QStringLiteral("absolute"), 1, 10, 12, false),
            result(QStringLiteral("eq"), QString(), 0, 0, 0, true)};
        model.setTest(test);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(raw(model, 0, AcceptanceResultModel::Control), 100.0);
        QCOMPARE(raw(model, 0, AcceptanceResultModel::Candidate), 96.0);
        QCOMPARE(raw(model, 0, AcceptanceResultModel::Margin), 1.0); // 96 − (100 − 5)
        QCOMPARE(raw(model, 1, AcceptanceResultModel::Margin), -1.0); // (10 + 1) − 12
        QCOMPARE(raw(model, 2, AcceptanceResultModel::Margin), 0.0);
        QCOMPARE(model.index(0, AcceptanceResultModel::Operator).data().toString(),
                 QStringLiteral("≥"));
        QCOMPARE(model.index(1, AcceptanceResultModel::Outcome).data().toString(),
                 QStringLiteral("Failed"));
        QCOMPARE(model.headerData(AcceptanceResultModel::Candidate, Qt::Horizontal).toString(),
                 QStringLiteral("Candidate (dp)"));
        QCOMPARE(model.verdict(), QStringLiteral("Failed: 2 of 3 metrics passed"));

        // The outcome filter the view uses.
        QSortFilterProxyModel failedOnly;
        failedOnly.setSourceModel(&model);
        failedOnly.setFilterRole(AcceptanceResultModel::PassedRole);
        failedOnly.setFilterKeyColumn(AcceptanceResultModel::Outcome);
        failedOnly.setFilterFixedString(QStringLiteral("false"));
        QCOMPARE(failedOnly.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAcceptanceResultModel)
#include "tst_acceptanceresultmodel.moc"
