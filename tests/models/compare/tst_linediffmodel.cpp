// The line diff as a table: line numbers per side, the line marked, folded runs counted.
#include "models/compare/linediffmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Models::LineDiffModel;

class TestLineDiffModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsOfTheDiff()
    {
        LineDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QByteArray left, right;
        for (int i = 1; i <= 12; ++i) {
            left += QByteArray::number(i) + '\n';
            right += (i == 12 ? QByteArray("twelve") : QByteArray::number(i)) + '\n';
        }
        model.setRows(Models::diffLines(left, right).rows);
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < LineDiffModel::ColumnCount; ++column)
                cells.append(model.index(row, column).data().toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        QCOMPARE(rows,
                 (QStringList{"||⋯ 8 unchanged line(s)", "9|9|  9", "10|10|  10", "11|11|  11",
                              "12||- 12", "|12|+ twelve"}));
        QCOMPARE(model.index(4, 0).data(LineDiffModel::KindRole).toInt(),
                 int(Models::LineDiffRow::Kind::Removed));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLineDiffModel)
#include "tst_linediffmodel.moc"
