// The app process groups this server has running, kept in <data-dir>/app-processes.json so that
// a server starting after its predecessor was killed (SIGKILL, a crash) can stop whatever that
// one left running: its runs were failed, so nothing may still compute or write for them.
// The file is a journal, one JSON object a line: an entry when a group starts, a removal when it
// is gone. Appending costs one small write per run start and end, where rewriting the whole
// file (write, sync, rename) blocked the event loop for milliseconds. It is never synced: it
// must survive the server's death, which the page cache does, not the machine's, after which
// its groups are gone anyway (and ignored: every entry names the boot it was made in).
#pragma once

#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Server {

class ProcessGroupLedger final
{
    Q_DISABLE_COPY_MOVE(ProcessGroupLedger)

public:
    // The variable every app process gets (the run's ID): it marks the app's processes as this
    // server's, which is how leftovers are told apart from processes that reuse their IDs.
    static constexpr char runIdVariable[] = "NEXTDESK_RUN_ID";

    explicit ProcessGroupLedger(const QString &dataDir);
    ~ProcessGroupLedger(); // removes the file when no group is left

    static QString filePath(const QString &dataDir);

    void add(qint64 groupId, const QString &runId);
    void remove(qint64 groupId);

    // At start-up, before any run starts: kills the groups the file names that are still the
    // ones it recorded, then forgets them all. Returns how many groups were killed.
    int killLeftovers();

    // Past this size the journal is started afresh whenever no group is running.
    static constexpr qint64 compactAboveBytes = 64 * 1024;

private:
    void append(const QJsonObject &line);

    const QString m_path;
    QFile m_file; // open for appending from the first entry on
    QMap<qint64, QJsonObject> m_groups;
};

} // namespace Server
