// Copies SQLite's write-ahead log back into the database file on a thread and connection of its
// own. SQLite otherwise does it inside whichever commit fills the log, on the server's main
// thread, with fsyncs that take milliseconds (tens on a busy disk) while every request waits.
// With the store's automatic checkpoints off (DataStore::setAutomaticCheckpoints), a commit on
// the main thread only appends to the log: WAL with synchronous=NORMAL syncs at checkpoints.
#pragma once

#include <QString>
#include <QThread>

namespace Server {

class WalCheckpointer final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    // Checkpoints the database at `databasePath` every `intervalMs` until destroyed.
    explicit WalCheckpointer(QString databasePath, int intervalMs = 200, QObject *parent = nullptr);
    ~WalCheckpointer() override; // stops the thread; a checkpoint under way finishes first

protected:
    void run() override;

private:
    const QString m_databasePath;
    const int m_intervalMs;
};

} // namespace Server
