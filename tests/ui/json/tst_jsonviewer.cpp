// The JSON viewer: the tree of a parsed document (the model under QAbstractItemModelTester),
// the raw text laid out only when asked for, and documents replaced while one still parses.
#include "ui/json/jsonviewer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using Ui::JsonViewer;

namespace {

QPushButton *button(JsonViewer &viewer, const QString &text)
{
    for (QPushButton *b : viewer.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QByteArray bigDocument()
{
    QByteArray bytes = "{\"solutions\":[";
    for (int i = 0; i < 20000; ++i)
        bytes += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item\"},";
    bytes.chop(1);
    bytes += "],\"statistics\":{\"value\":1}}";
    return bytes;
}

} // namespace

class TestJsonViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheTreeAndLaysOutRawTextOnlyWhenAsked()
    {
        JsonViewer viewer;
        QAbstractItemModelTester tester(viewer.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        viewer.show();
        auto *raw = viewer.findChild<QPlainTextEdit *>();
        QVERIFY(raw);
        const QByteArray document = bigDocument();
        QVERIFY(document.size() > JsonViewer::rawTextLimit);
        QSignalSpy shown(&viewer, &JsonViewer::contentShown);
        viewer.setContent(document);
        QVERIFY(shown.wait(30000));
        QCOMPARE(viewer.model()->rowCount(), 2);
        QVERIFY(viewer.treeView()->isExpanded(viewer.model()->index(0, 0)));
        QCOMPARE(viewer.content(), document);
        // Laying out 256 kB of text takes a tenth of a second: not until Raw is chosen.
        QVERIFY(raw->document()->isEmpty());
        button(viewer, QStringLiteral("Raw"))->click();
        QVERIFY(raw->toPlainText().startsWith(QString::fromUtf8(document.left(1000))));
        QVERIFY(raw->toPlainText().contains(QLatin1String("more bytes")));

        // A small document shown while Raw is chosen is there at once, whole.
        viewer.setContent("{\"a\": 1}");
        QCOMPARE(raw->toPlainText(), QStringLiteral("{\"a\": 1}"));
        QVERIFY(shown.wait(10000));
        QCOMPARE(viewer.model()->rowCount(), 1);
    }

    void notJsonShowsTheRawText()
    {
        JsonViewer viewer;
        viewer.show();
        QSignalSpy shown(&viewer, &JsonViewer::contentShown);
        viewer.setContent("plain text output\n");
        QVERIFY(shown.wait(10000));
        auto *raw = viewer.findChild<QPlainTextEdit *>();
        QCOMPARE(viewer.findChild<QStackedWidget *>()->currentWidget(), raw);
        QCOMPARE(raw->toPlainText(), QStringLiteral("plain text output\n"));
        QCOMPARE(viewer.model()->rowCount(), 0);
    }

    void theLastDocumentWins()
    {
        // Replaced while the first still parses: only the second is shown, and the first,
        // freed off the GUI thread, leaves nothing behind.
        JsonViewer viewer;
        QAbstractItemModelTester tester(viewer.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&viewer, &JsonViewer::contentShown);
        viewer.setContent(bigDocument());
        viewer.setContent("[1, 2, 3]");
        QVERIFY(shown.wait(30000));
        QCOMPARE(viewer.model()->rowCount(), 3);
        QTest::qWait(200);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(viewer.model()->rowCount(), 3);

        viewer.setLoading(QStringLiteral("Loading…"));
        QCOMPARE(viewer.model()->rowCount(), 0);
        QVERIFY(viewer.content().isEmpty());
    }
};

QTEST_MAIN(TestJsonViewer)
#include "tst_jsonviewer.moc"
