// The statistics table of a comparison: rows from every run's statistics, the best value of a
// row marked the way the row says is better, "differences only", and the CSV export.
#include "comparisonfixture.h"
#include "models/compare/statisticscomparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Models::Better;
using Models::ComparedRuns;
using Models::StatisticsComparisonModel;
namespace CompareRoles = Models::CompareRoles;
using TestSupport::comparedRun;

class TestStatisticsComparisonModel : public QObject
{
    Q_OBJECT

private:
    static ComparedRuns threeRuns()
    {
        return ComparedRuns({
            comparedRun(QStringLiteral("r1"), QStringLiteral("baseline"),
                        "{\"schema\":\"v1\",\"result\":{\"value\":440,\"custom\":{\"items\":3}},"
                        "\"run\":{\"duration\":0.5}}"),
            comparedRun(QStringLiteral("r2"), QStringLiteral("tuned"),
                        "{\"result\":{\"value\":450,\"custom\":{\"items\":3}},"
                        "\"run\":{\"duration\":0.4}}"),
            comparedRun(QStringLiteral("r3"), QStringLiteral("tuned"),
                        "{\"result\":{\"value\":450,\"custom\":{\"items\":3,\"gap\":0.1}}}"),
        });
    }

    static int rowOf(const StatisticsComparisonModel &model, const QString &statistic)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, StatisticsComparisonModel::StatisticColumn).data() == statistic)
                return row;
        }
        return -1;
    }

    static bool isBest(const StatisticsComparisonModel &model, const QString &statistic, int run)
    {
        return model.index(rowOf(model, statistic), StatisticsComparisonModel::FirstRunColumn + run)
            .data(CompareRoles::BestRole)
            .toBool();
    }

private Q_SLOTS:
    void rowsAreEveryStatisticSorted()
    {
        StatisticsComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(threeRuns());
        QCOMPARE(model.statistics(),
                 (QStringList{"result.custom.gap", "result.custom.items", "result.value",
                              "run.duration"}));
        QCOMPARE(model.columnCount(), 5);
        // Headers: the name, or the id where names repeat.
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("baseline"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("r2"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("r3"));
        QCOMPARE(model.headerData(4, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("r3"));
        // A run without the statistic shows a dash and has no value.
        const QModelIndex gapOfFirst = model.index(rowOf(model, "result.custom.gap"), 2);
        QCOMPARE(gapOfFirst.data().toString(), QStringLiteral("—"));
        QVERIFY(!gapOfFirst.data(CompareRoles::ValueRole).isValid());
        QCOMPARE(model.value(QStringLiteral("result.value"), 1), 450.0);
        QCOMPARE(model.value(QStringLiteral("run.duration"), 2), std::nullopt);
    }

    void theBestValueIsMarkedTheWayTheRowSays()
    {
        StatisticsComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(threeRuns());
        // result.value: higher is better, and two runs tie.
        QCOMPARE(model.better(QStringLiteral("result.value")), Better::Higher);
        QVERIFY(!isBest(model, "result.value", 0));
        QVERIFY(isBest(model, "result.value", 1));
        QVERIFY(isBest(model, "result.value", 2));
        // run.duration: lower is better, by its name.
        QCOMPARE(model.better(QStringLiteral("run.duration")), Better::Lower);
        QVERIFY(isBest(model, "run.duration", 1));
        QVERIFY(!isBest(model, "run.duration", 0));
        QVERIFY(!isBest(model, "run.duration", 2)); // has none
        // Equal everywhere: nothing is best.
        QVERIFY(!isBest(model, "result.custom.items", 0));

        // The user says otherwise through the Better column; the model says so to whoever
        // remembers it.
        QSignalSpy chosen(&model, &StatisticsComparisonModel::betterChosen);
        const QModelIndex better =
            model.index(rowOf(model, "result.value"), StatisticsComparisonModel::BetterColumn);
        QVERIFY(model.flags(better) & Qt::ItemIsEditable);
        QVERIFY(model.setData(better, StatisticsComparisonModel::betterText(Better::Lower)));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().at(0).toString(), QStringLiteral("result.value"));
        QVERIFY(isBest(model, "result.value", 0));
        QVERIFY(!isBest(model, "result.value", 1));
        QVERIFY(model.setData(better, StatisticsComparisonModel::betterText(Better::Neither)));
        QVERIFY(!isBest(model, "result.value", 0));
        QVERIFY(!model.setData(better, QStringLiteral("sideways")));

        // Remembered choices come back with the next comparison.
        StatisticsComparisonModel again;
        again.setChosenBetter({{QStringLiteral("run.duration"), Better::Higher}});
        again.setRuns(threeRuns());
        QVERIFY(isBest(again, "run.duration", 0));
    }

    void differencesOnlyHidesRowsWhereAllAgree()
    {
        StatisticsComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(threeRuns());
        QCOMPARE(model.rowCount(), 4);
        model.setDifferencesOnly(true);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(rowOf(model, "result.custom.items"), -1);
        QVERIFY(model.index(0, 2).data(CompareRoles::DiffersRole).toBool());
        model.setDifferencesOnly(false);
        QCOMPARE(model.rowCount(), 4);
    }

    void exportsTheShownRowsAsCsv()
    {
        StatisticsComparisonModel model;
        model.setRuns(threeRuns());
        model.setDifferencesOnly(true);
        QCOMPARE(model.toCsv(),
                 QStringLiteral("statistic,better,r1,r2,r3\n"
                                "result.custom.gap,lower,,,0.1\n"
                                "result.value,higher,440,450,450\n"
                                "run.duration,lower,0.5,0.4,\n"));
    }

    void noRunsNoRows()
    {
        StatisticsComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsComparisonModel)
#include "tst_statisticscomparisonmodel.moc"
