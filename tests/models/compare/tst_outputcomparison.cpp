// Two outputs compared as the output diff does it on its worker: from memory or from files,
// JSON structurally and by line, text by line only, and unreadable files reported.
#include "models/compare/outputcomparison.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Models::OutputComparison;
using Models::OutputSource;

class TestOutputComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonOnOneLineIsPrettyPrintedForTheLineDiff()
    {
        const auto result =
            OutputComparison::compare({"{\"a\":1,\"b\":[1,2]}", {}}, {"{\"a\":2,\"b\":[1,2]}", {}});
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.notJson.isEmpty());
        QCOMPARE(result.structure.changes.size(), 1);
        QCOMPARE(result.structure.changes[0].path(), QStringLiteral("a"));
        QCOMPARE(result.lines.removed, 1);
        QCOMPARE(result.lines.added, 1);
        bool sawLine = false;
        for (const Models::LineDiffRow &row : result.lines.rows)
            sawLine = sawLine ||
                (row.kind == Models::LineDiffRow::Kind::Removed &&
                 row.text == QStringLiteral("    \"a\": 1,"));
        QVERIFY(sawLine);
    }

    void fromFiles()
    {
        QTemporaryDir dir;
        const QString left = dir.filePath(QStringLiteral("left.json"));
        const QString right = dir.filePath(QStringLiteral("right.json"));
        for (const auto &[path, text] : {std::pair{left, QByteArray("{\n  \"x\": [1, 2, 3]\n}\n")},
                                         std::pair{right, QByteArray("{\n  \"x\": [1, 3]\n}\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        const auto result = OutputComparison::compare({{}, left}, {{}, right});
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.structure.changes.size(), 1);
        QCOMPARE(result.structure.changes[0].kind, Models::JsonChange::Kind::Removed);

        const auto missing =
            OutputComparison::compare({{}, left}, {{}, dir.filePath(QStringLiteral("nope"))});
        QVERIFY(missing.error.contains(QStringLiteral("nope")));
    }

    void textIsComparedByLineOnly()
    {
        const auto result = OutputComparison::compare({"a,b\n1,2\n", {}}, {"a,b\n1,3\n", {}});
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.notJson.contains(QStringLiteral("first output")));
        QVERIFY(result.structure.changes.isEmpty());
        QCOMPARE(result.lines.removed, 1);
        QCOMPARE(result.lines.added, 1);
        const auto mixed = OutputComparison::compare({"{}", {}}, {"not json", {}});
        QVERIFY(mixed.notJson.contains(QStringLiteral("second output")));
    }

    void cancel()
    {
        std::atomic_bool canceled = true;
        QVERIFY(
            OutputComparison::compare({"{\"a\":1}", {}}, {"{\"a\":2}", {}}, &canceled).canceled);
    }
};

QTEST_GUILESS_MAIN(TestOutputComparison)
#include "tst_outputcomparison.moc"
