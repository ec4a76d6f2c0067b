// One run's app and every process it starts, stopped as a whole: on Unix the app leads its own
// process group, on Windows it is put in a job object. The app inherits no descriptor of the
// server but stdin, stdout and stderr, and it dies with the server where the platform allows.
#pragma once

#include <QtGlobal>

class QProcess;

namespace Server {

class AppProcessGroup final
{
    Q_DISABLE_COPY_MOVE(AppProcessGroup)

public:
    AppProcessGroup() = default;
    ~AppProcessGroup(); // Windows: closing the job kills whatever is left in it

    // Before QProcess::start(): the child leads a new process group, keeps only descriptors
    // 0-2 across exec and (Linux) is killed when the server dies.
    static void isolate(QProcess &process);

    // After QProcess::start(): the group is the one the started app leads.
    void attach(QProcess &process);
    qint64 id() const { return m_id; }

    // Asks every member to stop (SIGTERM); Windows has no such request and kills.
    void terminate();
    // Kills every member (SIGKILL).
    void kill();
    // After the app itself has exited: kills what it left behind in its group.
    void killStragglers();

private:
    void signal(int unixSignal, bool leaderAlive);

    qint64 m_id = 0;
    QProcess *m_leader = nullptr;
#ifdef Q_OS_WIN
    void *m_job = nullptr;
#endif
};

} // namespace Server
