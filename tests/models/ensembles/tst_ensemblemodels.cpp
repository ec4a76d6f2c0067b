// The ensemble form's run-group and rule tables and an ensemble run's children, under
// QAbstractItemModelTester: editing with checks, reordering rules into evaluation order,
// read-only definitions, and the children's per-rule values, outcomes and winner.
#include "models/editroles.h"
#include "models/ensembles/ensemblechildrenmodel.h"
#include "models/ensembles/ensembledefinitionmodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Models::EnsembleChildrenModel;
using Models::EnsembleRulesModel;
using Models::EnsembleRunGroupsModel;
using Rule = Api::EnsembleRule;

class TestEnsembleModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runGroupsAreEditedWithChecks()
    {
        EnsembleRunGroupsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setInstances({QStringLiteral("dp"), QStringLiteral("greedy")});
        model.addGroup();
        model.addGroup(QStringLiteral("greedy"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.groups().at(0).id, QStringLiteral("group-1"));
        QCOMPARE(model.groups().at(0).instanceId, QStringLiteral("dp"));
        QCOMPARE(model.groups().at(1).id, QStringLiteral("group-2"));
        const QModelIndex instance = model.index(0, EnsembleRunGroupsModel::Instance);
        QCOMPARE(instance.data(Models::EditRoles::ChoicesRole).toStringList().size(), 2);
        QVERIFY(instance.data(Models::EditRoles::ChoicesOnlyRole).toBool());
        QVERIFY(!model.setData(instance, QStringLiteral("nope"))); // not an instance

        const QModelIndex options = model.index(0, EnsembleRunGroupsModel::Options);
        QVERIFY(model.setData(options, QStringLiteral("solve.duration=5s, solve.algorithm = dp")));
        QCOMPARE(model.groups().at(0).options.value(QStringLiteral("solve.algorithm")).toString(),
                 QStringLiteral("dp"));
        QCOMPARE(options.data().toString(),
                 QStringLiteral("solve.algorithm=dp, solve.duration=5s"));
        QVERIFY(!model.setData(options, QStringLiteral("no equals sign")));
        QCOMPARE(model.groups().at(0).options.size(), 2); // a refused edit changes nothing

        const QModelIndex repetitions = model.index(1, EnsembleRunGroupsModel::Repetitions);
        QVERIFY(model.setData(repetitions, 3));
        QVERIFY(!model.setData(repetitions, 0));
        QVERIFY(!model.setData(repetitions, 101));
        QCOMPARE(model.groups().at(1).repetitions, 3);
        QVERIFY(!model.setData(model.index(1, EnsembleRunGroupsModel::Id),
                               QStringLiteral("group-1"))); // IDs stay unique

        model.setReadOnly(true);
        QVERIFY(!(model.flags(options) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(repetitions, 2));
        model.setReadOnly(false);
        model.removeGroup(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.groups().first().instanceId, QStringLiteral("greedy"));
    }

    void rulesMoveIntoEvaluationOrder()
    {
        EnsembleRulesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStatisticPaths({QStringLiteral("result.value"), QStringLiteral("run.duration")});
        model.addRule();
        model.addRule(QStringLiteral("run.duration"));
        QCOMPARE(model.rules().at(0).statisticsPath, QStringLiteral("result.value"));
        QVERIFY(model.setData(model.index(1, EnsembleRulesModel::Objective),
                              EnsembleRulesModel::objectiveText(Rule::Objective::Minimize)));
        QVERIFY(
            model.setData(model.index(1, EnsembleRulesModel::ToleranceType),
                          EnsembleRulesModel::toleranceTypeText(Rule::ToleranceType::Relative)));
        QVERIFY(model.setData(model.index(1, EnsembleRulesModel::Tolerance), 0.1));
        QVERIFY(!model.setData(model.index(1, EnsembleRulesModel::Tolerance), -1));
        QVERIFY(!model.setData(model.index(1, EnsembleRulesModel::Objective),
                               QStringLiteral("sideways")));
        // Any path may be typed; the app's are offered.
        QVERIFY(model.setData(model.index(0, EnsembleRulesModel::StatisticsPath),
                              QStringLiteral("result.custom.gap")));
        QVERIFY(!model.index(0, EnsembleRulesModel::StatisticsPath)
                     .data(Models::EditRoles::ChoicesOnlyRole)
                     .toBool());

        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(model.moveRule(1, -1));
        QCOMPARE(moved.size(), 1);
        QVERIFY(!model.moveRule(0, -1)); // already first
        const QList<Rule> rules = model.rules();
        QCOMPARE(rules.at(0).id, QStringLiteral("rule-2"));
        QCOMPARE(rules.at(0).index, 0);
        QCOMPARE(Api::toString(rules.at(0).objective), QStringLiteral("minimize"));
        QCOMPARE(Api::toString(rules.at(0).toleranceType), QStringLiteral("relative"));
        QCOMPARE(rules.at(1).id, QStringLiteral("rule-1"));
        QCOMPARE(rules.at(1).index, 1);
        QVERIFY(model.moveRule(0, 1));
        QCOMPARE(model.rules().at(0).id, QStringLiteral("rule-1"));

        // Shown in index order, whatever order they come in.
        QList<Rule> reversed = model.rules();
        std::swap(reversed[0].index, reversed[1].index);
        model.setRules(reversed);
        QCOMPARE(model.index(0, EnsembleRulesModel::Id).data().toString(),
                 QStringLiteral("rule-2"));
        model.setReadOnly(true);
        QVERIFY(!model.moveRule(0, 1));
    }

    void childrenShowValuesOutcomesAndTheWinner()
    {
        Api::EnsembleRunResult result;
        result.runId = QStringLiteral("parent");
        Rule value;
        value.id = QStringLiteral("value");
        value.statisticsPath = QStringLiteral("result.value");
        value.index = 0;
        Rule speed;
        speed.id = QStringLiteral("speed");
        speed.statisticsPath = QStringLiteral("run.duration");
        speed.objective = Rule::Objective::Minimize;
        speed.index = 1;
        result.rules = {speed, value}; // out of order on purpose
        for (const char *id : {"a", "b", "c"}) {
            Api::EnsembleChild child;
            child.runId = QLatin1String(id);
            child.runGroupId = QStringLiteral("g");
            child.status = Api::RunStatus::Running;
            result.children.append(child);
        }
        EnsembleChildrenModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setResult(result);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), EnsembleChildrenModel::FirstRuleColumn + 2);
        QVERIFY(model.headerData(EnsembleChildrenModel::FirstRuleColumn, Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("result.value")));
        QCOMPARE(model.rowOfWinner(), -1);
        QVERIFY(model.decidingRuleText().isEmpty());

        // The children end: the same rows update in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        result.children[0].values = {{QStringLiteral("value"), 10}, {QStringLiteral("speed"), 3}};
        result.children[1].values = {{QStringLiteral("value"), 10}, {QStringLiteral("speed"), 2}};
        result.children[2].values = {{QStringLiteral("value"), 7}};
        for (Api::EnsembleChild &child : result.children)
            child.status = Api::RunStatus::Succeeded;
        Api::EnsembleRound byValue;
        byValue.ruleId = QStringLiteral("value");
        byValue.candidates = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        byValue.kept = {QStringLiteral("a"), QStringLiteral("b")};
        byValue.outsideTolerance = {QStringLiteral("c")};
        Api::EnsembleRound bySpeed;
        bySpeed.ruleId = QStringLiteral("speed");
        bySpeed.candidates = byValue.kept;
        bySpeed.kept = {QStringLiteral("b")};
        bySpeed.outsideTolerance = {QStringLiteral("a")};
        result.rounds = {byValue, bySpeed};
        result.winnerRunId = QStringLiteral("b");
        result.decidingRuleId = QStringLiteral("speed");
        model.setResult(result);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowOfWinner(), 1);
        QVERIFY(model.index(1, 0).data(EnsembleChildrenModel::IsWinnerRole).toBool());
        QVERIFY(model.index(1, EnsembleChildrenModel::Run)
                    .data()
                    .toString()
                    .contains(QStringLiteral("winner")));
        QVERIFY(model.decidingRuleText().contains(QStringLiteral("speed")));
        const auto outcome = [&model](int row, int rule) {
            return EnsembleChildrenModel::Outcome(
                model.index(row, EnsembleChildrenModel::FirstRuleColumn + rule)
                    .data(EnsembleChildrenModel::OutcomeRole)
                    .toInt());
        };
        QVERIFY(outcome(0, 0) == EnsembleChildrenModel::Outcome::Kept);
        QVERIFY(outcome(2, 0) == EnsembleChildrenModel::Outcome::OutsideTolerance);
        QVERIFY(outcome(2, 1) == EnsembleChildrenModel::Outcome::NotConsidered);
        QVERIFY(outcome(0, 1) == EnsembleChildrenModel::Outcome::OutsideTolerance);
        QCOMPARE(model.index(1, EnsembleChildrenModel::FirstRuleColumn + 1).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(model.index(2, EnsembleChildrenModel::FirstRuleColumn + 1).data().toString(),
                 QString()); // no value at that path
    }
};

QTEST_GUILESS_MAIN(TestEnsembleModels)
#include "tst_ensemblemodels.moc"
