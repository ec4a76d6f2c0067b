// Downloads are written to disk on a worker thread: the bytes arrive in order and whole, and
// the file appears only when committed.
#include "api/client/backgroundfilewriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Api::BackgroundFileWriter;

class TestBackgroundFileWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void writesInOrderAndAppearsOnCommit()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.json"));
        BackgroundFileWriter writer(path);
        QVERIFY(writer.open(QIODevice::WriteOnly));
        QByteArray expected;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray piece = QByteArray::number(i).repeated(1 + i % 500) + '\n';
            expected += piece;
            QCOMPARE(writer.write(piece), piece.size());
        }
        QVERIFY(!QFile::exists(path)); // nothing in place before the commit
        bool committed = false;
        QString error = QStringLiteral("not called");
        QObject context;
        writer.commit(&context, [&](const QString &e) {
            committed = true;
            error = e;
        });
        QTRY_VERIFY(committed);
        QCOMPARE(error, QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected);
    }

    void canceledOrDroppedLeavesNoFile()
    {
        const QString canceled = m_dir.filePath(QStringLiteral("canceled.json"));
        {
            BackgroundFileWriter writer(canceled);
            QVERIFY(writer.open(QIODevice::WriteOnly));
            writer.write(QByteArray(1024 * 1024, 'x'));
            writer.cancelWriting();
            bool called = false;
            QObject context;
            writer.commit(&context, [&](const QString &) { called = true; });
            QTest::qWait(100);
            QVERIFY(!called); // a canceled file is never committed
        }
        QVERIFY(!QFile::exists(canceled));

        const QString dropped = m_dir.filePath(QStringLiteral("dropped.json"));
        {
            BackgroundFileWriter writer(dropped);
            QVERIFY(writer.open(QIODevice::WriteOnly));
            for (int i = 0; i < 64; ++i)
                writer.write(QByteArray(1024 * 1024, 'y'));
        } // destroyed with writes still queued
        QVERIFY(!QFile::exists(dropped));
    }

    void cannotCreateSaysWhyOnCommit()
    {
        BackgroundFileWriter writer(m_dir.filePath(QStringLiteral("no/such/dir/out.json")));
        QVERIFY(writer.open(QIODevice::WriteOnly));
        writer.write("[]");
        QString error;
        bool committed = false;
        QObject context;
        writer.commit(&context, [&](const QString &e) {
            committed = true;
            error = e;
        });
        QTRY_VERIFY(committed);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundFileWriter)
#include "tst_backgroundfilewriter.moc"
