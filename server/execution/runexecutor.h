// Executes queued runs as child processes with a bounded pool: the highest queuing priority
// first, then oldest first. Input goes to stdin, options as arguments in the app's options
// format ("-name value" by default), stdout is the output (spooled to a file), stderr lines
// become the run's logs. Enforces time limits and cancellation, and records every outcome in
// the DataStore. Each app runs isolated in its own process group (appprocessgroup.h), which a
// cancel or time limit stops as a whole without ever blocking the event loop.
// Apps are started on a launcher thread: starting one blocks its caller until the child has
// exec'd (QProcess uses vfork), 1-20 ms on a busy machine, which on the main thread held up
// every request meanwhile. The started QProcess then moves to the main thread, which handles
// all else.
#pragma once

#include "processgroupledger.h"
#include "server/store/datastore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>

#include <map>
#include <memory>
#include <vector>

class QThread;
class QTimer;

namespace Server {

class ExecutableStore;
class PayloadStore;

class RunExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunExecutor)

public:
    static constexpr qint64 maxLogBytes = 50 * 1024;
    // How long a canceled or timed-out app has between SIGTERM and SIGKILL to clean up.
    static constexpr int stopGracePeriodMs = 3000;

    RunExecutor(DataStore &store, PayloadStore &payloads, ExecutableStore &executables,
                int maxConcurrentRuns, QObject *parent = nullptr);
    ~RunExecutor() override;

    void enqueue(const RunRecord &record);
    // Cancels a queued or running run; false when it is not active here.
    bool cancel(const QString &runId);
    // Stops everything (server shutdown): running apps and their children are killed, unfinished
    // runs fail.
    void shutdown(const QString &reason);

    int maxConcurrentRuns() const { return m_maxConcurrent; }
    int runningCount() const { return int(m_active.size()); }
    int queuedCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    // The run as it was stored when it ended.
    void runFinished(const Server::RunRecord &run);

private:
    struct QueuedJob
    {
        QString runId;
        int priority = 6;
        qint64 seq = 0;
    };
    struct ActiveRun;
    struct Outcome
    {
        Api::RunStatus status = Api::RunStatus::Failed;
        QString error;
    };

    void scheduleNext();
    void start(const QueuedJob &job);
    // On the main thread once the launcher has started the app and handed its process back.
    void launched(const QString &runId);
    // Waits for the launcher to hand back every process it was given (shutdown).
    void finishLaunches();
    // SIGTERM to the app's group now, SIGKILL after the grace period; returns at once.
    void stopApp(ActiveRun &run);
    // Once per run: kills what is left of its group and takes it off the ledger.
    void releaseProcesses(ActiveRun &run);
    // Takes the run out of the active ones and lets go of its process, timers and group.
    std::unique_ptr<ActiveRun> retire(const QString &runId);
    void readLogs(ActiveRun &active, bool flushPartial);
    void onProcessFinished(const QString &runId, int exitCode, QProcess::ExitStatus exitStatus);
    void onProcessError(const QString &runId, QProcess::ProcessError error);
    void complete(const QString &activeRunId, const Outcome &outcome);
    void finishWithOutput(const QString &runId);
    // Stores the run's outcome and tells runFinished().
    void finish(RunRecord &record, const Outcome &outcome);

    DataStore &m_store;
    PayloadStore &m_payloads;
    ExecutableStore &m_executables;
    ProcessGroupLedger m_ledger;
    const int m_maxConcurrent;
    std::vector<QueuedJob> m_queue;
    std::map<QString, std::unique_ptr<ActiveRun>> m_active;
    bool m_scheduled = false;
    QThread *m_launcherThread = nullptr;
    QObject *m_launcher = nullptr; // lives on m_launcherThread
};

} // namespace Server
