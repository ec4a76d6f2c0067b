// The table of structural changes: a row per change, paths on both sides when they differ,
// values on one line in the cells and whole (up to a limit) in the tool tips.
#include "models/compare/jsondiffmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Models::JsonDiffModel;

class TestJsonDiffModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsOfChanges()
    {
        JsonDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonArray big;
        for (int i = 0; i < 1000; ++i)
            big.append(QStringLiteral("item %1").arg(i));
        const auto left =
            QJsonDocument::fromJson("{\"a\":1,\"list\":[1,2,3],\"gone\":true}").object();
        QJsonObject right = QJsonDocument::fromJson("{\"a\":\"1\",\"list\":[3,1,2]}").object();
        right.insert(QStringLiteral("big"), big);
        model.setChanges(Models::diffJson(left, right).changes);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(JsonDiffModel::ColumnCount));
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < JsonDiffModel::ColumnCount; ++column)
                cells.append(model.index(row, column).data().toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        QCOMPARE(rows.mid(0, 3),
                 (QStringList{"changed|a|1|\"1\"", "removed|gone|true|",
                              "moved|list[2] → list[0]|3|3"}));
        // A long value is cut in its cell and kept longer in the tool tip.
        const QModelIndex bigValue = model.index(3, JsonDiffModel::RightColumn);
        QVERIFY(bigValue.data().toString().size() <= 201);
        QVERIFY(bigValue.data().toString().endsWith(QChar(0x2026)));
        QVERIFY(bigValue.data(Qt::ToolTipRole).toString().size() >
                bigValue.data().toString().size());
        QCOMPARE(model.index(3, JsonDiffModel::LeftColumn).data(Qt::ToolTipRole).toString(),
                 QString());
        QCOMPARE(model.index(1, 0).data(JsonDiffModel::KindRole).toInt(),
                 int(Models::JsonChange::Kind::Removed));
        model.setChanges({});
        QCOMPARE(model.rowCount(), 0);
    }

    void aChangeOfTheWholeDocumentSaysSo()
    {
        JsonDiffModel model;
        model.setChanges(Models::diffJson(QJsonArray{1}, QJsonObject{}).changes);
        QCOMPARE(model.index(0, JsonDiffModel::PathColumn).data().toString(),
                 QStringLiteral("(the whole output)"));
    }
};

QTEST_GUILESS_MAIN(TestJsonDiffModel)
#include "tst_jsondiffmodel.moc"
