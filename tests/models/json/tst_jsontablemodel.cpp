// A JSON array as a table: columns from the union of the items' members (nested objects by
// path), sorting (numbers by value, missing cells last) and filtering done on a worker, the
// CSV export, and 100,000 items.
#include "models/json/jsontablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using Models::JsonTableModel;

namespace {

QJsonArray parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

QStringList headers(const JsonTableModel &model)
{
    QStringList names;
    for (int c = 0; c < model.columnCount(); ++c)
        names.append(model.headerData(c, Qt::Horizontal).toString());
    return names;
}

QStringList column(const JsonTableModel &model, int c)
{
    QStringList cells;
    for (int r = 0; r < model.rowCount(); ++r)
        cells.append(model.index(r, c).data().toString());
    return cells;
}

bool waitIdle(JsonTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isBusy(); }, 20000);
}

const char *const items = "[{\"id\":\"b\",\"w\":10,\"loc\":{\"lat\":1.5,\"lon\":2},\"tags\":[1]},"
                          "{\"id\":\"a\",\"w\":9,\"loc\":{\"lat\":-3}},"
                          "{\"id\":\"c\",\"extra\":true,\"w\":\"heavy\"},"
                          "{\"id\":\"größe\",\"w\":100}]";

} // namespace

class TestJsonTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAreTheUnionOfMembersByPath()
    {
        JsonTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&model, &JsonTableModel::ready);
        model.setArray(parse(items));
        QVERIFY(model.isBusy());
        QVERIFY(ready.wait(20000));
        QVERIFY(!model.isBusy());
        QCOMPARE(headers(model), (QStringList{"id", "loc.lat", "loc.lon", "tags", "w", "extra"}));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(column(model, 3), (QStringList{"[1]", "", "", ""}));
        QCOMPARE(model.index(1, 1).data(JsonTableModel::ValueRole).value<QJsonValue>(),
                 QJsonValue(-3));
        QVERIFY(
            model.index(1, 2).data(JsonTableModel::ValueRole).value<QJsonValue>().isUndefined());
        QCOMPARE(model.headerData(2, Qt::Vertical).toInt(), 2); // the item's index
    }

    void itemsThatAreNotObjectsGetAValueColumn()
    {
        JsonTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArray(parse("[{\"a\":1},7,\"x\",null]"));
        QVERIFY(waitIdle(model));
        QCOMPARE(headers(model), (QStringList{"(value)", "a"}));
        QCOMPARE(column(model, 0), (QStringList{"", "7", "x", "null"}));
    }

    void sortsNumbersByValueAndMissingLast()
    {
        JsonTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArray(parse(items));
        QVERIFY(waitIdle(model));
        const int w = int(headers(model).indexOf(QStringLiteral("w")));
        QPersistentModelIndex heaviest = model.index(3, 0); // größe, w 100
        model.sort(w, Qt::AscendingOrder);
        QVERIFY(waitIdle(model));
        QCOMPARE(column(model, w), (QStringList{"9", "10", "100", "heavy"}));
        QCOMPARE(heaviest.row(), 2); // selections follow their rows
        model.sort(w, Qt::DescendingOrder);
        QVERIFY(waitIdle(model));
        QCOMPARE(column(model, w), (QStringList{"100", "10", "9", "heavy"}));
        const int lon = int(headers(model).indexOf(QStringLiteral("loc.lon")));
        model.sort(lon, Qt::DescendingOrder);
        QVERIFY(waitIdle(model));
        QCOMPARE(column(model, lon), (QStringList{"2", "", "", ""}));
    }

    void filtersOnAnyCell()
    {
        JsonTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArray(parse(items));
        QVERIFY(waitIdle(model));
        model.setFilterText(QStringLiteral("GRÖ"));
        QVERIFY(waitIdle(model));
        QCOMPARE(column(model, 0), QStringList{"größe"});
        model.setFilterText(QStringLiteral("1"));
        QVERIFY(waitIdle(model));
        QCOMPARE(column(model, 0), (QStringList{"b", "größe"}));
        model.setFilterText({});
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 4);
    }

    void exportsTheShownRowsAsCsv()
    {
        JsonTableModel model;
        model.setArray(parse(items));
        QVERIFY(waitIdle(model));
        model.setFilterText(QStringLiteral("a"));
        QVERIFY(waitIdle(model));
        QCOMPARE(QString::fromUtf8(
                     JsonTableModel::toCsv(model.array(), model.columns(), model.shownItems())),
                 QStringLiteral("id,loc.lat,loc.lon,tags,w,extra\n"
                                "a,-3,,,9,\n"
                                "c,,,,heavy,true\n"));
    }

    // The worker's answers for an older request are dropped.
    void onlyTheLastRequestCounts()
    {
        JsonTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArray(parse(items));
        model.setFilterText(QStringLiteral("b"));
        model.setFilterText(QStringLiteral("c"));
        QVERIFY(waitIdle(model));
        QCOMPARE(column(model, 0), QStringList{"c"});
    }

    void aHundredThousandItems()
    {
        QJsonArray array;
        for (int i = 0; i < 100000; ++i) {
            QJsonObject item;
            item.insert(QStringLiteral("n"), i);
            item.insert(QStringLiteral("name"), QStringLiteral("item %1").arg(i));
            item.insert(QStringLiteral("weight"), (i * 7919) % 1000);
            array.append(item);
        }
        JsonTableModel model;
        model.setArray(array);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 100000);
        model.sort(2, Qt::DescendingOrder);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("999"));
        model.setFilterText(QStringLiteral("item 9999"));
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 11); // 9999 and 99990…99999
    }
};

QTEST_GUILESS_MAIN(TestJsonTableModel)
#include "tst_jsontablemodel.moc"
