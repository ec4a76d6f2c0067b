// The table view of a JSON array, opened from the JSON viewer as a user does: from an array in
// the tree, or for a document that is one; filtering as you type, sorting by a header, copying
// a block of cells, exporting CSV (and a failed export saying why).
#include "models/json/jsontablemodel.h"
#include "ui/json/jsontableview.h"
#include "ui/json/jsonviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using Models::JsonTableModel;

namespace {

const QByteArray output =
    "{\"solutions\":[{\"items\":[{\"id\":\"b\",\"w\":2},{\"id\":\"a\",\"w\":10},"
    "{\"id\":\"c\",\"w\":1,\"note\":\"fragile, heavy\"}],\"value\":3}],\"count\":[1,2]}";

bool waitIdle(JsonTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isBusy(); }, 20000);
}

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent,
                       const QString &key)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}

QStringList columnOf(const JsonTableModel &model, int column)
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row)
        cells.append(model.index(row, column).data().toString());
    return cells;
}

} // namespace

class TestJsonTableView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Ui::JsonViewer> m_viewer;

    // The table of solutions[0].items, opened from the tree.
    Ui::JsonTableView *openItems()
    {
        const QAbstractItemModel &tree = *m_viewer->model();
        const QModelIndex solutions = childNamed(tree, {}, QStringLiteral("solutions"));
        const QModelIndex first = tree.index(0, 0, solutions);
        const QModelIndex items = childNamed(tree, first, QStringLiteral("items"));
        if (!items.isValid())
            return nullptr;
        Ui::JsonTableView *view = m_viewer->openAsTable(items);
        if (view && !waitIdle(*view->model()))
            return nullptr;
        return view;
    }

private Q_SLOTS:
    void init()
    {
        m_viewer = std::make_unique<Ui::JsonViewer>();
        m_viewer->show();
        QSignalSpy shown(m_viewer.get(), &Ui::JsonViewer::contentShown);
        m_viewer->setContent(output);
        QVERIFY(shown.wait(10000));
    }

    void cleanup() { m_viewer.reset(); }

    void opensAnArrayOfTheTree()
    {
        Ui::JsonTableView *view = openItems();
        QVERIFY(view);
        QCOMPARE(view->windowTitle(), QStringLiteral("Table of solutions[0].items"));
        JsonTableModel &model = *view->model();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("id"));
        QCOMPARE(view->status()->text(), QStringLiteral("3 of 3 items"));
        // An array of numbers is no table.
        const QModelIndex count = childNamed(*m_viewer->model(), {}, QStringLiteral("count"));
        QVERIFY(count.isValid());
        QVERIFY(!m_viewer->openAsTable(count));
        // The document is an object: the button opens the selected array only.
        m_viewer->treeView()->setCurrentIndex(count);
        QVERIFY(!m_viewer->tableButton()->isEnabled());
    }

    void filtersAsYouTypeAndSortsByAHeader()
    {
        Ui::JsonTableView *view = openItems();
        QVERIFY(view);
        JsonTableModel &model = *view->model();
        QTest::keyClicks(view->filter(), QStringLiteral("FRAG"));
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(waitIdle(model));
        QCOMPARE(columnOf(model, 0), QStringList{"c"});
        view->filter()->clear();
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(waitIdle(model));
        const int w = 1;
        QCOMPARE(model.headerData(w, Qt::Horizontal).toString(), QStringLiteral("w"));
        view->table()->horizontalHeader()->setSortIndicator(w, Qt::AscendingOrder);
        QVERIFY(waitIdle(model));
        QCOMPARE(columnOf(model, w), (QStringList{"1", "2", "10"}));
        // The vertical header keeps each item's place in the array.
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 2);
    }

    void copiesABlockOfCells()
    {
        Ui::JsonTableView *view = openItems();
        QVERIFY(view);
        QTableView *table = view->table();
        table->selectionModel()->select(
            QItemSelection(view->model()->index(1, 0), view->model()->index(2, 1)),
            QItemSelectionModel::Select);
        QCOMPARE(view->selectedText(), QStringLiteral("a\t10\nc\t1"));
        table->setFocus();
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a\t10\nc\t1"));
    }

    void exportsTheRowsShown()
    {
        Ui::JsonTableView *view = openItems();
        QVERIFY(view);
        QTemporaryDir dir;
        QSignalSpy exported(view, &Ui::JsonTableView::exported);
        const QString path = dir.filePath(QStringLiteral("items.csv"));
        view->exportCsv(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().first().toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("id,w,note\nb,2,\na,10,\nc,1,\"fragile, heavy\"\n"));

        view->exportCsv(dir.filePath(QStringLiteral("missing/dir/items.csv")));
        QVERIFY(exported.wait(10000));
        QVERIFY(!exported.last().first().toString().isEmpty());
        QCOMPARE(view->status()->text(), exported.last().first().toString());
    }

    void aDocumentThatIsAnArrayOpensWhole()
    {
        QSignalSpy shown(m_viewer.get(), &Ui::JsonViewer::contentShown);
        m_viewer->setContent("[{\"x\":1},{\"x\":2}]");
        QVERIFY(shown.wait(10000));
        QVERIFY(m_viewer->tableButton()->isEnabled());
        Ui::JsonTableView *view = m_viewer->openSelectionAsTable();
        QVERIFY(view);
        QCOMPARE(view->windowTitle(), QStringLiteral("Table"));
        QVERIFY(waitIdle(*view->model()));
        QCOMPARE(view->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestJsonTableView)
#include "tst_jsontableview.moc"
