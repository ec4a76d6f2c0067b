// The experiment summary table from a fixture, under QAbstractItemModelTester: one row per
// instance, the statistic picker, deltas against the chosen baseline, and the CSV export.
#include "models/experiments/experimentsummarymodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using Models::ExperimentSummaryModel;

namespace {

Api::BatchExperiment fixture()
{
    QFile file(QStringLiteral(NEXTDESK_TEST_DATA_DIR "/batch-experiment.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return Api::BatchExperiment::fromJson(QJsonDocument::fromJson(file.readAll()).object()).value();
}

double raw(const ExperimentSummaryModel &model, int row, int column)
{
    return model.index(row, column).data(ExperimentSummaryModel::UnderlyingDataRole).toDouble();
}

} // namespace

class TestExperimentSummaryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsPerInstanceWithDeltas()
    {
        ExperimentSummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setExperiment(fixture());
        QCOMPARE(model.rowCount(), 2); // per-input groups are not rows here
        QCOMPARE(model.statistic(), QStringLiteral("result.value"));
        QCOMPARE(model.statistics(),
                 (QStringList{QStringLiteral("result.value"), QStringLiteral("run.duration.ms")}));
        QCOMPARE(model.baseline(), QStringLiteral("greedy"));
        QCOMPARE(model.index(1, ExperimentSummaryModel::Instance).data().toString(),
                 QStringLiteral("dp"));
        QCOMPARE(raw(model, 1, ExperimentSummaryModel::Mean), 435.0);
        QCOMPARE(raw(model, 1, ExperimentSummaryModel::DeltaMean), 25.0);
        QVERIFY(std::abs(raw(model, 1, ExperimentSummaryModel::DeltaPercent) - 25.0 / 410 * 100) <
                1e-9);
        QCOMPARE(model.index(1, ExperimentSummaryModel::DeltaMean).data().toString(),
                 QStringLiteral("+25"));
        QCOMPARE(raw(model, 0, ExperimentSummaryModel::DeltaMean), 0.0);
        QCOMPARE(raw(model, 1, ExperimentSummaryModel::P90), 439.0);

        model.setBaseline(QStringLiteral("dp"));
        QCOMPARE(raw(model, 0, ExperimentSummaryModel::DeltaMean), -25.0);
        QVERIFY(model.headerData(ExperimentSummaryModel::DeltaMean, Qt::Horizontal)
                    .toString()
                    .contains(QLatin1String("dp")));

        // An instance without the statistic shows nothing rather than zeros.
        model.setStatistic(QStringLiteral("run.duration.ms"));
        QCOMPARE(raw(model, 0, ExperimentSummaryModel::Mean), 6.0);
        QVERIFY(!model.index(1, ExperimentSummaryModel::Mean).data().isValid());
    }

    void csvExport()
    {
        ExperimentSummaryModel model;
        model.setExperiment(fixture());
        const QStringList lines = model.toCsv().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.first().startsWith(QLatin1String("statistic,instance,version,runs,mean")));
        QCOMPARE(lines.at(2).split(QLatin1Char(',')).at(4), QStringLiteral("435"));
        QCOMPARE(lines.at(2).split(QLatin1Char(',')).at(5), QStringLiteral("25"));
    }
};

QTEST_GUILESS_MAIN(TestExperimentSummaryModel)
#include "tst_experimentsummarymodel.moc"
