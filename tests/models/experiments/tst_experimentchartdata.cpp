// The data behind the experiment charts: distributions per instance, paired values per input
// (repetitions averaged, inputs missing on one side left out), and the run lookup for clicks.
#include "models/experiments/experimentchartdata.h"

#include <QTest>

using namespace Models;

namespace {

Api::SummaryGroup group(const QStringList &keys, const QStringList &values, double mean)
{
    Api::SummaryGroup g;
    g.keys = keys;
    g.values = values;
    Api::DistributionSummary d;
    d.count = 2;
    d.mean = mean;
    g.indicators.insert(QStringLiteral("result.value"), d);
    return g;
}

Api::BatchExperiment experiment()
{
    const QStringList instanceKeys{QStringLiteral("instanceID"), QStringLiteral("versionID")};
    const QStringList inputKeys{QStringLiteral("inputID"), QStringLiteral("instanceID"),
                                QStringLiteral("versionID")};
    Api::BatchExperiment e;
    e.groups = {
        group(instanceKeys, {QStringLiteral("greedy"), QStringLiteral("v1")}, 10),
        group(instanceKeys, {QStringLiteral("dp"), QStringLiteral("v2")}, 12),
        group(inputKeys, {QStringLiteral("b"), QStringLiteral("greedy"), QStringLiteral("v1")}, 9),
        group(inputKeys, {QStringLiteral("b"), QStringLiteral("dp"), QStringLiteral("v2")}, 13),
        group(inputKeys, {QStringLiteral("a"), QStringLiteral("greedy"), QStringLiteral("v1")}, 11),
        group(inputKeys, {QStringLiteral("a"), QStringLiteral("dp"), QStringLiteral("v2")}, 11),
        group(inputKeys, {QStringLiteral("c"), QStringLiteral("dp"), QStringLiteral("v2")}, 5)};
    return e;
}

} // namespace

class TestExperimentChartData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distributionsPerInstance()
    {
        QCOMPARE(ExperimentChartData::instances(experiment()),
                 (QStringList{QStringLiteral("greedy"), QStringLiteral("dp")}));
        const auto d =
            ExperimentChartData::distributions(experiment(), QStringLiteral("result.value"));
        QCOMPARE(d.size(), 2);
        QCOMPARE(d.at(1).instanceId, QStringLiteral("dp"));
        QCOMPARE(d.at(1).versionId, QStringLiteral("v2"));
        QCOMPARE(d.at(1).summary.mean, 12.0);
        QVERIFY(ExperimentChartData::distributions(experiment(), QStringLiteral("nope")).isEmpty());
    }

    void pairedPerInput()
    {
        const auto pairs =
            ExperimentChartData::pairedInputs(experiment(), QStringLiteral("result.value"),
                                              QStringLiteral("greedy"), QStringLiteral("dp"));
        QCOMPARE(pairs.size(), 2); // "c" has no baseline
        QCOMPARE(pairs.at(0).inputId, QStringLiteral("a"));
        QCOMPARE(pairs.at(1).baseline, 9.0);
        QCOMPARE(pairs.at(1).candidate, 13.0);
    }

    // The index the results view keeps: any two targets, either way round, and a later
    // repeated group of an input over an earlier one, as long as it reports the statistic.
    void indexPairsAnyTargets()
    {
        Api::BatchExperiment e = experiment();
        const QStringList inputKeys{QStringLiteral("inputID"), QStringLiteral("instanceID"),
                                    QStringLiteral("versionID")};
        e.groups.append(
            group(inputKeys, {QStringLiteral("a"), QStringLiteral("dp"), QStringLiteral("v2")}, 7));
        Api::SummaryGroup otherStatistic =
            group(inputKeys, {QStringLiteral("a"), QStringLiteral("dp"), QStringLiteral("v2")}, 99);
        otherStatistic.indicators = {{QStringLiteral("run.duration.ms"), {}}};
        otherStatistic.indicators[QStringLiteral("run.duration.ms")].count = 1;
        otherStatistic.indicators[QStringLiteral("run.duration.ms")].mean = 99;
        e.groups.append(otherStatistic);
        const PairedInputIndex index(e.groups);

        const auto forward = index.pairedInputs(QStringLiteral("result.value"),
                                                QStringLiteral("greedy"), QStringLiteral("dp"));
        QCOMPARE(forward.size(), 2);
        QCOMPARE(forward.at(0).inputId, QStringLiteral("a"));
        QCOMPARE(forward.at(0).baseline, 11.0);
        QCOMPARE(forward.at(0).candidate, 7.0); // the later group of input "a"
        QCOMPARE(forward.at(1).inputId, QStringLiteral("b"));

        const auto backward = index.pairedInputs(QStringLiteral("result.value"),
                                                 QStringLiteral("dp"), QStringLiteral("greedy"));
        QCOMPARE(backward.size(), 2);
        QCOMPARE(backward.at(0).baseline, 7.0);
        QCOMPARE(backward.at(0).candidate, 11.0);
        QCOMPARE(backward.at(1).baseline, 13.0);
        QCOMPARE(backward.at(1).candidate, 9.0);

        QVERIFY(index
                    .pairedInputs(QStringLiteral("run.duration.ms"), QStringLiteral("greedy"),
                                  QStringLiteral("dp"))
                    .isEmpty()); // greedy does not report it
        QVERIFY(index
                    .pairedInputs(QStringLiteral("result.value"), QStringLiteral("greedy"),
                                  QStringLiteral("nobody"))
                    .isEmpty());
        QVERIFY(PairedInputIndex()
                    .pairedInputs(QStringLiteral("result.value"), QStringLiteral("greedy"),
                                  QStringLiteral("dp"))
                    .isEmpty());
    }

    void runLookup()
    {
        Api::RunSummary first;
        first.id = QStringLiteral("run-1");
        first.instanceId = QStringLiteral("dp");
        first.inputId = QStringLiteral("a");
        Api::RunSummary repetition = first;
        repetition.id = QStringLiteral("run-2");
        ExperimentRunIndex index;
        index.setRuns({first, repetition});
        QCOMPARE(index.runFor(QStringLiteral("dp"), QStringLiteral("a")), QStringLiteral("run-1"));
        QVERIFY(index.runFor(QStringLiteral("greedy"), QStringLiteral("a")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExperimentChartData)
#include "tst_experimentchartdata.moc"
