// The server's store with automatic checkpoints off: its commits only append to the write-ahead
// log, and the WalCheckpointer's thread copies them into the database file.
#include "server/store/datastore.h"
#include "server/store/walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using Server::DataStore;
using Server::WalCheckpointer;

namespace {

// Enough rows to fill many pages, so the database file's size shows whether they reached it.
void writeRows(DataStore &store)
{
    const QString payload(2000, QLatin1Char('x'));
    for (int i = 0; i < 200; ++i) {
        Api::Application app;
        app.id = QStringLiteral("app-%1").arg(i);
        app.name = payload;
        QVERIFY(store.insertApplication(app));
    }
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitsStayInTheLogWithoutCheckpoints()
    {
        QTemporaryDir dir;
        DataStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.setAutomaticCheckpoints(false));
        const qint64 before = fileSize(store.databasePath());
        writeRows(store);
        QVERIFY(fileSize(store.databasePath() + QStringLiteral("-wal")) > 200 * 2000);
        QCOMPARE(fileSize(store.databasePath()), before);
    }

    void checkpointerCopiesTheLogIntoTheDatabase()
    {
        QTemporaryDir dir;
        DataStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.setAutomaticCheckpoints(false));
        WalCheckpointer checkpointer(store.databasePath(), 10);
        writeRows(store);
        QTRY_VERIFY(fileSize(store.databasePath()) > 200 * 2000);
        // What the main connection reads is unchanged by it.
        QCOMPARE(store.applications().size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
