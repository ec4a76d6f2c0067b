// The sample knapsack app as the server runs it: JSON on stdin, options as arguments, output
// and statistics on stdout. DP must be optimal (checked by brute force), greedy feasible.
#include "support/serverprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace TestSupport;

namespace {

struct Outcome
{
    int exitCode = -1;
    QJsonObject output;
    QByteArray stdErr;
};

Outcome solve(const QByteArray &input, const QStringList &arguments)
{
    QProcess process;
    process.start(knapsackExecutable(), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    const QByteArray standardError = process.readAllStandardError();
    failOnSanitizerReport(standardError, QStringLiteral("knapsack"));
    return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object(),
            standardError};
}

double bruteForce(const QList<QPair<int, double>> &items, int capacity)
{
    double best = 0;
    for (int mask = 0; mask < (1 << items.size()); ++mask) {
        int weight = 0;
        double value = 0;
        for (int i = 0; i < items.size(); ++i) {
            if (mask & (1 << i)) {
                weight += items[i].first;
                value += items[i].second;
            }
        }
        if (weight <= capacity)
            best = std::max(best, value);
    }
    return best;
}

double resultValue(const QJsonObject &output)
{
    return output.value(QStringLiteral("statistics"))
        .toObject()
        .value(QStringLiteral("result"))
        .toObject()
        .value(QStringLiteral("value"))
        .toDouble();
}

} // namespace

class TestKnapsack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dpIsOptimalAndGreedyFeasible()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 25; ++round) {
            QList<QPair<int, double>> items;
            QJsonArray json;
            const int count = 3 + int(random.bounded(9));
            int total = 0;
            for (int i = 0; i < count; ++i) {
                const int weight = 1 + int(random.bounded(20));
                const double value = 1 + int(random.bounded(50));
                items.append({weight, value});
                total += weight;
                json.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("i%1").arg(i)},
                                        {QStringLiteral("weight"), weight},
                                        {QStringLiteral("value"), value}});
            }
            const int capacity = total / 2;
            const QByteArray input =
                QJsonDocument(QJsonObject{{QStringLiteral("items"), json},
                                          {QStringLiteral("capacity"), capacity}})
                    .toJson();
            const Outcome dp =
                solve(input, {QStringLiteral("-solve.algorithm"), QStringLiteral("dp")});
            QCOMPARE(dp.exitCode, 0);
            QCOMPARE(resultValue(dp.output), bruteForce(items, capacity));
            const Outcome greedy = solve(input, {});
            QCOMPARE(greedy.exitCode, 0);
            QVERIFY(resultValue(greedy.output) <= resultValue(dp.output));
            const QJsonObject solution =
                greedy.output.value(QStringLiteral("solutions")).toArray().first().toObject();
            QVERIFY(solution.value(QStringLiteral("weight")).toInt() <= capacity);
        }
    }

    void badInputFailsWithAMessage()
    {
        const Outcome outcome = solve("{\"items\": 3, \"capacity\": 10}", {});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(outcome.output.isEmpty());
        QVERIFY(outcome.stdErr.contains("items"));
    }

    void sampleInputsAreGeneratedAndSolvable()
    {
        const QStringList files = QDir(sampleInputsDir()).entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 30);
        QFile file(QDir(sampleInputsDir()).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Outcome outcome =
            solve(file.readAll(), {QStringLiteral("-solve.algorithm"), QStringLiteral("dp")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(resultValue(outcome.output) > 0);
        QCOMPARE(outcome.output.value(QStringLiteral("statistics"))
                     .toObject()
                     .value(QStringLiteral("schema"))
                     .toString(),
                 QStringLiteral("v1"));
    }
};

QTEST_GUILESS_MAIN(TestKnapsack)
#include "tst_knapsack.moc"
