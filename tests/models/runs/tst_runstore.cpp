// The compact run storage behind the runs table: its sort (radix sort on keys) must order rows
// exactly as comparing the values would, its text search must find what a case-insensitive
// QString::contains finds, and its ID index must stay right through growth, removals, runs
// added at the top and runs replaced.
#include "models/runs/runstore.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using Models::RunStore;
using Field = Models::RunStore::Field;

namespace {

// Names that share long prefixes (the radix sort looks at eight bytes at a time), empty ones,
// and some beyond ASCII.
QList<Api::RunSummary> randomRuns(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    static const QStringList words{QStringLiteral("nightly"), QStringLiteral("Nightly"),
                                   QStringLiteral("depot"),   QStringLiteral("Überlingen"),
                                   QStringLiteral("north"),   QStringLiteral("nightly depot"),
                                   QStringLiteral("straße"),  QStringLiteral("STRASSE"),
                                   QStringLiteral("a"),       QStringLiteral("ab")};
    static const QStringList instances{QStringLiteral("main"), QStringLiteral("candidate"),
                                       QStringLiteral("latest"), QString()};
    QList<Api::RunSummary> runs;
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Api::RunSummary run;
        run.id = QStringLiteral("run-%1-%2").arg(random.bounded(1000)).arg(i);
        const int parts = random.bounded(4);
        for (int p = 0; p < parts; ++p)
            run.name +=
                (p ? QStringLiteral(" ") : QString()) + words.at(random.bounded(int(words.size())));
        if (random.bounded(3) == 0)
            run.description = words.at(random.bounded(int(words.size()))) + QStringLiteral(" x");
        run.instanceId = instances.at(random.bounded(int(instances.size())));
        run.versionId = instances.at(random.bounded(int(instances.size())));
        run.status = Api::RunStatus(1 + random.bounded(5));
        if (random.bounded(10))
            run.createdAt = start.addSecs(random.bounded(1000));
        if (random.bounded(4))
            run.durationMs = random.bounded(100) - 20 + random.bounded(2) * 0.5;
        if (random.bounded(4))
            run.inputSize = random.bounded(5000);
        if (random.bounded(3))
            run.statistics = {{QStringLiteral("result.value"), random.bounded(50) - 25.0}};
        runs.append(run);
    }
    return runs;
}

// The order the old QVariant comparison gave: values ascending, no value last; ties in row order.
std::vector<int> referenceSort(const QList<Api::RunSummary> &runs, Field field, Qt::SortOrder order)
{
    const auto value = [&](int row) -> QVariant {
        const Api::RunSummary &run = runs.at(row);
        switch (field) {
        case Field::Name:
            return run.name;
        case Field::Id:
            return run.id;
        case Field::Status:
            return int(run.status);
        case Field::Instance:
            return run.instanceId;
        case Field::Version:
            return run.versionId;
        case Field::Created:
            return run.createdAt.isValid() ? QVariant(run.createdAt.toMSecsSinceEpoch())
                                           : QVariant(std::numeric_limits<qint64>::min());
        case Field::Duration:
            return run.durationMs ? QVariant(*run.durationMs) : QVariant();
        case Field::InputSize:
            return run.inputSize ? QVariant(*run.inputSize) : QVariant();
        case Field::Statistic:
            return run.statistics.isEmpty() ? QVariant() : QVariant(run.statistics.first().value);
        }
        return {};
    };
    const auto less = [&](int a, int b) {
        const QVariant va = value(a), vb = value(b);
        if (!va.isValid() || !vb.isValid())
            return va.isValid() && !vb.isValid();
        return QVariant::compare(va, vb) == QPartialOrdering::Less;
    };
    std::vector<int> rows(size_t(runs.size()));
    std::iota(rows.begin(), rows.end(), 0);
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return less(b, a); });
    return rows;
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT

    static void checkSort(const RunStore &store, const QList<Api::RunSummary> &runs, Field field,
                          Qt::SortOrder order)
    {
        std::vector<int> rows(size_t(runs.size()));
        std::iota(rows.begin(), rows.end(), 0);
        const int statistic = store.statisticKey(QStringLiteral("result.value"));
        store.sort(rows, field, statistic, order);
        const std::vector<int> expected = referenceSort(runs, field, order);
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i] != expected[i])
                QFAIL(qPrintable(QStringLiteral("row %1: %2 instead of %3 (%4 / %5)")
                                     .arg(i)
                                     .arg(rows[i])
                                     .arg(expected[i])
                                     .arg(runs.at(rows[i]).name, runs.at(expected[i]).name)));
        }
        // compare() agrees with the sort, which the proxy relies on to place new rows.
        for (size_t i = 1; i < rows.size(); ++i) {
            int c = store.compare(rows[i - 1], rows[i], field, statistic);
            if (order == Qt::DescendingOrder)
                c = -c;
            QVERIFY(c < 0 || (c == 0 && rows[i - 1] < rows[i]));
        }
    }

private Q_SLOTS:
    void sortsAsComparingTheValuesWould_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<Qt::SortOrder>("order");
        const std::pair<const char *, Field> fields[] = {
            {"name", Field::Name},          {"id", Field::Id},
            {"status", Field::Status},      {"instance", Field::Instance},
            {"version", Field::Version},    {"created", Field::Created},
            {"duration", Field::Duration},  {"input size", Field::InputSize},
            {"statistic", Field::Statistic}};
        for (const auto &[name, field] : fields) {
            QTest::addRow("%s ascending", name) << field << Qt::AscendingOrder;
            QTest::addRow("%s descending", name) << field << Qt::DescendingOrder;
        }
    }

    void sortsAsComparingTheValuesWould()
    {
        QFETCH(Field, field);
        QFETCH(Qt::SortOrder, order);
        // More rows than the radix sort's small-range cut-off, so that both paths run.
        const QList<Api::RunSummary> runs = randomRuns(3000, 7);
        RunStore store;
        store.append(runs);
        checkSort(store, runs, field, order);
        if (field == Field::Name || field == Field::Id) {
            // The same order from the ranking made off the GUI thread.
            store.setTextRanks(field, store.textSnapshot(field).generation,
                               RunStore::rankTexts(store.textSnapshot(field)));
            QVERIFY(store.hasTextRanks(field));
            checkSort(store, runs, field, order);
        }
    }

    void dropsRankingsOfTextsThatChanged()
    {
        QList<Api::RunSummary> runs = randomRuns(500, 9);
        RunStore store;
        store.append(runs.mid(0, 400));
        const RunStore::TextSnapshot before = store.textSnapshot(Field::Name);
        store.append(runs.mid(400)); // while it was being ranked
        store.setTextRanks(Field::Name, before.generation, RunStore::rankTexts(before));
        QVERIFY(!store.hasTextRanks(Field::Name));
        const RunStore::TextSnapshot now = store.textSnapshot(Field::Name);
        store.setTextRanks(Field::Name, now.generation, RunStore::rankTexts(now));
        QVERIFY(store.hasTextRanks(Field::Name));
        Api::RunSummary renamed = runs.at(3);
        renamed.name = QStringLiteral("zzz");
        store.replace(3, renamed);
        QVERIFY(!store.hasTextRanks(Field::Name));
        runs[3] = renamed;
        checkSort(store, runs, Field::Name, Qt::AscendingOrder);
        store.clear();
        store.append(runs);
        store.setTextRanks(Field::Name, now.generation, RunStore::rankTexts(now));
        QVERIFY(!store.hasTextRanks(Field::Name)); // another application's
    }

    void findsTextAsCaseInsensitiveContainsWould_data()
    {
        QTest::addColumn<QString>("needle");
        for (const char *needle : {"nightly", "NIGHTLY", "ü", "ÜBER", "straße", "a", "y d", "run-1",
                                   "x", "depot\nrun", "no such text"})
            QTest::newRow(needle) << QString::fromUtf8(needle);
    }

    void findsTextAsCaseInsensitiveContainsWould()
    {
        QFETCH(QString, needle);
        const QList<Api::RunSummary> runs = randomRuns(2000, 11);
        RunStore store;
        store.append(runs);
        // The search text of a row as the table had it: name, ID and description.
        const QByteArray folded = RunStore::foldedNeedle(needle);
        const std::vector<quint8> found = store.rowsContaining(folded);
        QCOMPARE(found.size(), size_t(runs.size()));
        for (int row = 0; row < runs.size(); ++row) {
            const Api::RunSummary &run = runs.at(row);
            const QString text =
                run.name + QLatin1Char('\n') + run.id + QLatin1Char('\n') + run.description;
            const bool expected = text.contains(needle, Qt::CaseInsensitive);
            QCOMPARE(bool(found[size_t(row)]), expected);
            QCOMPARE(store.containsText(row, folded), expected);
        }
    }

    void findsRunsByIdThroughGrowthRemovalsAndRunsAtTheTop()
    {
        QList<Api::RunSummary> runs = randomRuns(5000, 3);
        RunStore store;
        store.append(runs.mid(0, 3000));
        store.prepend(runs.mid(3000, 1000));
        QList<Api::RunSummary> expected = runs.mid(3000, 1000) + runs.mid(0, 3000);
        store.append(runs.mid(4000));
        expected += runs.mid(4000);
        for (int i = 0; i < 300; ++i) {
            const int row = (i * 7919) % int(expected.size());
            store.remove(row);
            expected.removeAt(row);
        }
        Api::RunSummary renamed = expected.at(10);
        renamed.name = QStringLiteral("renamed");
        renamed.status = Api::RunStatus::Failed;
        store.replace(10, renamed);
        expected[10] = renamed;

        QCOMPARE(store.size(), int(expected.size()));
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(store.rowOf(expected.at(row).id), row);
            QCOMPARE(store.id(row), expected.at(row).id);
            QCOMPARE(store.name(row), expected.at(row).name);
        }
        QVERIFY(store.status(10) == Api::RunStatus::Failed);
        QVERIFY(store.containsText(10, RunStore::foldedNeedle(QStringLiteral("RENAMED"))));
        QCOMPARE(store.rowsContaining(RunStore::foldedNeedle(QStringLiteral("renamed")))[10], 1);
        for (const Api::RunSummary &run : std::as_const(runs)) {
            if (!std::any_of(expected.cbegin(), expected.cend(),
                             [&](const Api::RunSummary &kept) { return kept.id == run.id; }))
                QCOMPARE(store.rowOf(run.id), -1);
        }
    }

    void givesTheRunBack()
    {
        const QList<Api::RunSummary> runs = randomRuns(50, 5);
        RunStore store;
        store.append(runs);
        for (int row = 0; row < runs.size(); ++row) {
            const Api::RunSummary back = store.summary(row);
            const Api::RunSummary &run = runs.at(row);
            QCOMPARE(back.id, run.id);
            QCOMPARE(back.name, run.name);
            QCOMPARE(back.description, run.description);
            QCOMPARE(back.instanceId, run.instanceId);
            QCOMPARE(back.versionId, run.versionId);
            QVERIFY(back.status == run.status);
            QCOMPARE(back.createdAt, run.createdAt);
            QCOMPARE(back.durationMs, run.durationMs);
            QCOMPARE(back.inputSize, run.inputSize);
            QCOMPARE(back.statistics.size(), run.statistics.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
