// The app process groups this server has running, kept in <data-dir>/app-processes.json so that
// a server starting after its predecessor was killed (SIGKILL, a crash) can stop whatever that
// one left running: its runs were failed, so nothing may still compute or write for them.
#pragma once

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

    static QString filePath(const QString &dataDir);

    void add(qint64 groupId, const QString &runId);
    void remove(qint64 groupId);

    // At start-up, before any run starts: kills the groups the file names that are still the
    // ones it recorded, then forgets them all. Returns how many groups were killed.
    int killLeftovers();

private:
    void save() const;

    const QString m_path;
    QMap<qint64, QJsonObject> m_groups;
};

} // namespace Server
