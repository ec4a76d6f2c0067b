// The ensemble selection rule on its own (Api::selectEnsembleWinner): objectives, both
// tolerance kinds at their edges, rule order by index, ties, missing values, failed children;
// and reading a value at a statistics path.
#include "api/dto/ensemble.h"

#include <QTest>

using Api::EnsembleCandidate;
using Api::EnsembleRule;

namespace {

EnsembleRule rule(const char *id, EnsembleRule::Objective objective, double tolerance = 0,
                  EnsembleRule::ToleranceType type = EnsembleRule::ToleranceType::Absolute,
                  int index = 0)
{
    EnsembleRule r;
    r.id = QLatin1String(id);
    r.statisticsPath = QStringLiteral("result.") + QLatin1String(id);
    r.objective = objective;
    r.tolerance = tolerance;
    r.toleranceType = type;
    r.index = index;
    return r;
}

EnsembleCandidate child(const char *id, QMap<QString, double> values, bool succeeded = true)
{
    return {QLatin1String(id), succeeded, std::move(values)};
}

constexpr auto maximize = EnsembleRule::Objective::Maximize;
constexpr auto minimize = EnsembleRule::Objective::Minimize;
constexpr auto relative = EnsembleRule::ToleranceType::Relative;
constexpr auto absolute = EnsembleRule::ToleranceType::Absolute;

} // namespace

class TestEnsembleSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingToChooseFrom()
    {
        QVERIFY(Api::selectEnsembleWinner({}, {rule("v", maximize)}).winnerRunId.isEmpty());
        const auto failed = Api::selectEnsembleWinner(
            {child("a", {{"v", 9}}, false), child("b", {{"v", 1}}, false)}, {rule("v", maximize)});
        QVERIFY(failed.winnerRunId.isEmpty());
        QVERIFY(failed.reason.contains(QStringLiteral("failed")));
    }

    void theOnlySucceededChildWins()
    {
        // A failed child never takes part, however good its value.
        const auto d = Api::selectEnsembleWinner(
            {child("a", {{"v", 100}}, false), child("b", {{"v", 1}})}, {rule("v", maximize)});
        QCOMPARE(d.winnerRunId, QStringLiteral("b"));
        QVERIFY(d.rounds.isEmpty());
        QVERIFY(d.decidingRuleId.isEmpty());
    }

    void objectives_data()
    {
        QTest::addColumn<bool>("maximizing");
        QTest::addColumn<QString>("winner");
        QTest::newRow("maximize") << true << QStringLiteral("b");
        QTest::newRow("minimize") << false << QStringLiteral("c");
    }

    void objectives()
    {
        QFETCH(bool, maximizing);
        QFETCH(QString, winner);
        const auto d = Api::selectEnsembleWinner(
            {child("a", {{"v", 2}}), child("b", {{"v", 3}}), child("c", {{"v", -1}})},
            {rule("v", maximizing ? maximize : minimize)});
        QCOMPARE(d.winnerRunId, winner);
        QCOMPARE(d.decidingRuleId, QStringLiteral("v"));
        QCOMPARE(d.rounds.size(), 1);
        QCOMPARE(d.rounds.first().best.value_or(0), maximizing ? 3.0 : -1.0);
        QCOMPARE(d.rounds.first().outsideTolerance.size(), 2);
    }

    void toleranceEdges_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<double>("other");
        QTest::addColumn<bool>("kept");
        // The best is 100 (maximize); is `other` kept beside it?
        QTest::newRow("absolute, on the edge") << int(absolute) << 0.5 << 99.5 << true;
        QTest::newRow("absolute, just outside") << int(absolute) << 0.5 << 99.49 << false;
        QTest::newRow("absolute 0, equal") << int(absolute) << 0.0 << 100.0 << true;
        QTest::newRow("relative, on the edge") << int(relative) << 0.05 << 95.0 << true;
        QTest::newRow("relative, just outside") << int(relative) << 0.05 << 94.99 << false;
        QTest::newRow("relative 1 = 100 %") << int(relative) << 1.0 << 0.0 << true;
    }

    void toleranceEdges()
    {
        QFETCH(int, type);
        QFETCH(double, tolerance);
        QFETCH(double, other);
        QFETCH(bool, kept);
        const auto d = Api::selectEnsembleWinner(
            {child("other", {{"v", other}}), child("best", {{"v", 100}})},
            {rule("v", maximize, tolerance, EnsembleRule::ToleranceType(type))});
        QCOMPARE(d.rounds.first().kept.size(), kept ? 2 : 1);
        // Kept beside the best, the earlier child wins the tie.
        QCOMPARE(d.winnerRunId, kept ? QStringLiteral("other") : QStringLiteral("best"));
        QCOMPARE(d.decidingRuleId.isEmpty(), kept);
    }

    void relativeToleranceOfANegativeBest()
    {
        // |best| scales the tolerance: -100 ± 10 % keeps -109 when minimizing towards -110.
        const auto d = Api::selectEnsembleWinner(
            {child("a", {{"v", -100}}), child("b", {{"v", -109}}), child("c", {{"v", -110}})},
            {rule("v", minimize, 0.1, relative)});
        QCOMPARE(d.rounds.first().kept,
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        const auto tight =
            Api::selectEnsembleWinner({child("a", {{"v", -100}}), child("c", {{"v", -110}})},
                                      {rule("v", minimize, 0.05, relative)});
        QCOMPARE(tight.winnerRunId, QStringLiteral("c"));
    }

    void roundingDoesNotBreakATie()
    {
        const auto d = Api::selectEnsembleWinner(
            {child("a", {{"v", 0.1 + 0.2}}), child("b", {{"v", 0.3}})}, {rule("v", maximize)});
        QCOMPARE(d.rounds.first().kept.size(), 2);
        QCOMPARE(d.winnerRunId, QStringLiteral("a"));
    }

    void rulesGoByIndexAndTheNextOneBreaksTies()
    {
        // Listed second, but index 0: "value" goes first and keeps a and b; "time" picks b.
        const QList<EnsembleRule> rules{rule("time", minimize, 0, absolute, 1),
                                        rule("value", maximize, 1, absolute, 0)};
        const auto d = Api::selectEnsembleWinner({child("a", {{"value", 10}, {"time", 5}}),
                                                  child("b", {{"value", 9.5}, {"time", 2}}),
                                                  child("c", {{"value", 7}, {"time", 1}})},
                                                 rules);
        QCOMPARE(d.rounds.size(), 2);
        QCOMPARE(d.rounds.at(0).ruleId, QStringLiteral("value"));
        QCOMPARE(d.rounds.at(0).kept, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(d.rounds.at(1).candidates, d.rounds.at(0).kept);
        QCOMPARE(d.winnerRunId, QStringLiteral("b"));
        QCOMPARE(d.decidingRuleId, QStringLiteral("time"));
    }

    void aTieAfterEveryRuleGoesToTheEarliestChild()
    {
        const auto d = Api::selectEnsembleWinner(
            {child("a", {{"v", 1}, {"w", 1}}), child("b", {{"v", 1}, {"w", 1}})},
            {rule("v", maximize), rule("w", minimize, 0, absolute, 1)});
        QCOMPARE(d.winnerRunId, QStringLiteral("a"));
        QVERIFY(d.decidingRuleId.isEmpty());
        QCOMPARE(d.rounds.size(), 2);
        QVERIFY(d.reason.contains(QStringLiteral("earliest")));
    }

    void aChildWithoutAValueIsDroppedAtThatRule()
    {
        const auto d = Api::selectEnsembleWinner(
            {child("a", {{"v", 1}}), child("b", {{"v", 1}, {"w", 3}}), child("c", {{"v", 1}})},
            {rule("v", maximize), rule("w", minimize, 0, absolute, 1)});
        QCOMPARE(d.winnerRunId, QStringLiteral("b"));
        QCOMPARE(d.rounds.at(1).withoutValue,
                 QStringList({QStringLiteral("a"), QStringLiteral("c")}));
        QVERIFY(d.reason.contains(QStringLiteral("without a value")));
        // Nobody has a value at the first rule: nothing can be chosen.
        const auto none =
            Api::selectEnsembleWinner({child("a", {}), child("b", {})}, {rule("v", maximize)});
        QVERIFY(none.winnerRunId.isEmpty());
        QCOMPARE(none.rounds.first().withoutValue.size(), 2);
    }

    void valuesAtStatisticsPaths()
    {
        const QJsonObject statistics{
            {QStringLiteral("result"),
             QJsonObject{{QStringLiteral("value"), 42.5},
                         {QStringLiteral("custom"),
                          QJsonObject{{QStringLiteral("gap"), 0.01},
                                      {QStringLiteral("optimal"), true},
                                      {QStringLiteral("name"), QStringLiteral("x")}}}}}};
        QCOMPARE(Api::statisticAt(statistics, QStringLiteral("result.value")).value_or(0), 42.5);
        QCOMPARE(Api::statisticAt(statistics, QStringLiteral("$.result.value")).value_or(0), 42.5);
        QCOMPARE(Api::statisticAt(statistics, QStringLiteral("statistics.result.custom.gap"))
                     .value_or(0),
                 0.01);
        QCOMPARE(Api::statisticAt(statistics, QStringLiteral("result.custom.optimal")).value_or(0),
                 1.0);
        QVERIFY(!Api::statisticAt(statistics, QStringLiteral("result.custom.name")));
        QVERIFY(!Api::statisticAt(statistics, QStringLiteral("result.custom")));
        QVERIFY(!Api::statisticAt(statistics, QStringLiteral("run.duration")));
        QVERIFY(!Api::statisticAt(statistics, QStringLiteral("result..value")));
    }
};

QTEST_GUILESS_MAIN(TestEnsembleSelection)
#include "tst_ensembleselection.moc"
