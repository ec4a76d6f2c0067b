// The line diff: changed lines with their context, runs of unchanged lines folded into one
// row, line numbers on each side, CRLF taken as LF, and the limits.
#include "models/json/linediff.h"

#include <QTest>

using Models::diffLines;
using Models::LineDiffRow;
using Kind = Models::LineDiffRow::Kind;

namespace {

// Rows as "=3,3 text", "-4 text", "+4 text", "~5" (five lines skipped).
QStringList describe(const Models::LineDiffResult &result)
{
    QStringList lines;
    for (const LineDiffRow &row : result.rows) {
        switch (row.kind) {
        case Kind::Same:
            lines.append(
                QStringLiteral("=%1,%2 %3").arg(row.leftLine).arg(row.rightLine).arg(row.text));
            break;
        case Kind::Removed:
            lines.append(QStringLiteral("-%1 %2").arg(row.leftLine).arg(row.text));
            break;
        case Kind::Added:
            lines.append(QStringLiteral("+%1 %2").arg(row.rightLine).arg(row.text));
            break;
        case Kind::Skipped:
            lines.append(QStringLiteral("~%1").arg(row.skipped));
            break;
        }
    }
    return lines;
}

QByteArray numbered(int from, int to)
{
    QByteArray text;
    for (int i = from; i <= to; ++i)
        text += "line " + QByteArray::number(i) + '\n';
    return text;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalTextsAreOneFoldedRow()
    {
        const auto result = diffLines(numbered(1, 10), numbered(1, 10));
        QCOMPARE(describe(result), QStringList{"~10"});
        QCOMPARE(result.added + result.removed, 0);
        QVERIFY(diffLines({}, {}).rows.isEmpty());
    }

    void aChangeWithItsContext()
    {
        QByteArray right = numbered(1, 20);
        right.replace("line 10\n", "line ten\n");
        const auto result = diffLines(numbered(1, 20), right);
        QCOMPARE(describe(result),
                 (QStringList{"~6", "=7,7 line 7", "=8,8 line 8", "=9,9 line 9", "-10 line 10",
                              "+10 line ten", "=11,11 line 11", "=12,12 line 12", "=13,13 line 13",
                              "~7"}));
        QCOMPARE(result.removed, 1);
        QCOMPARE(result.added, 1);
    }

    void insertionsShiftTheLineNumbers()
    {
        const auto result = diffLines(numbered(1, 4), "new\n" + numbered(1, 4) + "end\n");
        QCOMPARE(describe(result),
                 (QStringList{"+1 new", "=1,2 line 1", "=2,3 line 2", "=3,4 line 3", "=4,5 line 4",
                              "+6 end"}));
    }

    void closeChangesShareTheirContext()
    {
        QByteArray right = numbered(1, 10);
        right.replace("line 3\n", "");
        right.replace("line 7\n", "");
        QCOMPARE(describe(diffLines(numbered(1, 10), right)),
                 (QStringList{"=1,1 line 1", "=2,2 line 2", "-3 line 3", "=4,3 line 4",
                              "=5,4 line 5", "=6,5 line 6", "-7 line 7", "=8,6 line 8",
                              "=9,7 line 9", "=10,8 line 10"}));
    }

    void crlfIsAlineEndAndTheLastLineNeedsNone()
    {
        QCOMPARE(describe(diffLines("a\r\nb\r\nc", "a\nb\nc\n")), QStringList{"~3"});
        QCOMPARE(describe(diffLines("a\nb", "a\nc")), (QStringList{"=1,1 a", "-2 b", "+2 c"}));
    }

    void unicodeLines()
    {
        QCOMPARE(describe(diffLines("größe\n名前\n", "größe\n名字\n")),
                 (QStringList{QStringLiteral("=1,1 größe"), QStringLiteral("-2 名前"),
                              QStringLiteral("+2 名字")}));
    }

    void limits()
    {
        Models::LineDiffOptions options;
        options.maxRows = 5;
        const auto truncated = diffLines(numbered(1, 100), numbered(101, 200), options);
        QCOMPARE(truncated.rows.size(), 5);
        QVERIFY(truncated.truncated);
        QCOMPARE(truncated.removed, 100); // counted whole

        options = {};
        options.maxLineLength = 4;
        QCOMPARE(describe(diffLines("abcdefgh\n", "abcdefgX\n", options)),
                 (QStringList{"-1 abcd", "+1 abcd"}));

        std::atomic_bool cancel = true;
        options = {};
        options.cancel = &cancel;
        QVERIFY(diffLines(numbered(1, 10), numbered(2, 11), options).canceled);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
