// Checkpoints SQLite's write-ahead log off the main thread.
#include "walcheckpointer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace Server {

WalCheckpointer::WalCheckpointer(QString databasePath, int intervalMs, QObject *parent)
    : QThread(parent)
    , m_databasePath(std::move(databasePath))
    , m_intervalMs(intervalMs)
{
    setObjectName(QStringLiteral("wal checkpointer"));
    start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    quit();
    wait();
}

void WalCheckpointer::run()
{
    const QString connection =
        QStringLiteral("nextdesk-checkpointer-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_databasePath);
        if (!db.open()) {
            qWarning("nextdesk-server: cannot open %s to checkpoint it: %s",
                     qPrintable(m_databasePath), qPrintable(db.lastError().text()));
        } else {
            QSqlQuery checkpoint(db);
            // PASSIVE: copies what no reader still needs, never waits for readers or writers.
            checkpoint.prepare(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            QTimer timer;
            timer.callOnTimeout([&checkpoint] {
                checkpoint.exec();
                checkpoint.finish();
            });
            timer.start(m_intervalMs);
            exec();
            timer.stop();
            // The last look, so that little is left for the main connection's close.
            checkpoint.exec();
            checkpoint.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace Server
