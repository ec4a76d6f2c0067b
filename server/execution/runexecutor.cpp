// Executes queued runs as child processes with a bounded pool.
#include "runexecutor.h"

#include "appprocessgroup.h"
#include "executablestore.h"
#include "server/store/payloadstore.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

namespace Server {

namespace {

struct OutputInspection
{
    bool valid = false;
    QString error;
    QJsonObject statistics;
    QJsonObject metrics;
    qint64 size = 0;
    // An output small enough to be stored in SQLite is read here, and its file removed here
    // too: even an unlink can wait on a busy file system's journal, which the main thread must
    // not.
    std::optional<QByteArray> content;
};

// Runs on a worker thread: a 100 MB output must not stall the HTTP front.
OutputInspection inspectOutput(const QString &path, const QString &format, qint64 inlineLimit)
{
    OutputInspection result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("the app's output could not be read");
        return result;
    }
    result.size = file.size();
    if (result.size <= inlineLimit) {
        result.content = file.readAll();
        file.close();
        file.remove();
    }
    if (format != QLatin1String("json")) {
        result.valid = true;
        return result;
    }
    const QByteArray bytes = result.content ? *result.content : file.readAll();
    if (bytes.trimmed().isEmpty()) {
        result.error = QStringLiteral("the app wrote no output to stdout");
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("the app's output is not valid JSON (%1 at byte %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    result.valid = true;
    const QJsonObject root = doc.object();
    result.statistics = root.value(QStringLiteral("statistics")).toObject();
    result.metrics = root.value(QStringLiteral("metrics")).toObject();
    return result;
}

// A storage failure must not take the executor down; it is reported and the run goes on.
void warnIfFailed(const Api::Result<void> &result)
{
    if (!result)
        qWarning("nextdesk-server: %s", qPrintable(result.error().message));
}

} // namespace

struct RunExecutor::ActiveRun
{
    QString runId;
    QString appId;
    QProcess *process = nullptr;
    AppProcessGroup group;
    QTimer *timeLimit = nullptr;
    QTimer *escalation = nullptr; // SIGKILL when SIGTERM was not enough
    QElapsedTimer clock;
    QString outputPath;
    QByteArray partialLine;
    qint64 nextLogSeq = 1;
    qint64 logBytesSinceTrim = 0;
    bool canceled = false;
    bool timedOut = false;
    bool launching = false; // the process is on the launcher thread: hands off
    bool finishing = false;
    bool processesReleased = false;
    std::optional<QByteArray> inlineInput; // written to stdin once launched
    qint64 timeLimitMs = 0;
    QString outputFormat; // "json" is checked to be JSON when the app has finished
};

RunExecutor::RunExecutor(DataStore &store, PayloadStore &payloads, ExecutableStore &executables,
                         int maxConcurrentRuns, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_payloads(payloads)
    , m_executables(executables)
    , m_ledger(store.dataDir())
    , m_maxConcurrent(std::max(1, maxConcurrentRuns))
    , m_launcherThread(new QThread(this))
    , m_launcher(new QObject)
{
    m_launcherThread->setObjectName(QStringLiteral("app launcher"));
    m_launcher->moveToThread(m_launcherThread);
    connect(m_launcherThread, &QThread::finished, m_launcher, &QObject::deleteLater);
    m_launcherThread->start();
}

RunExecutor::~RunExecutor()
{
    shutdown(QStringLiteral("nextdesk-server stopped while the run was in flight"));
    // Only now: on Linux an app's parent-death signal follows the thread that started it.
    m_launcherThread->quit();
    m_launcherThread->wait();
}

void RunExecutor::enqueue(const RunRecord &record)
{
    QueuedJob job{record.info.id, record.info.metadata.queuingPriority, record.seq};
    // Priority 1 is the most urgent; equal priorities keep their arrival order.
    const auto position = std::upper_bound(
        m_queue.begin(), m_queue.end(), job, [](const QueuedJob &a, const QueuedJob &b) {
            return a.priority != b.priority ? a.priority < b.priority : a.seq < b.seq;
        });
    m_queue.insert(position, job);
    scheduleNext();
}

void RunExecutor::scheduleNext()
{
    // Start from the event loop, not inside the HTTP handler that enqueued, so the client gets
    // its run ID without waiting for a process to spawn.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        while (!m_queue.empty() && int(m_active.size()) < m_maxConcurrent) {
            const QueuedJob job = m_queue.front();
            m_queue.erase(m_queue.begin());
            start(job);
        }
    });
}

void RunExecutor::start(const QueuedJob &job)
{
    std::optional<RunRecord> record = m_store.run(job.runId);
    if (!record || record->info.metadata.status != Api::RunStatus::Queued)
        return;

    const auto executable = m_store.executable(record->executableId);
    if (!executable) {
        finish(*record,
               {Api::RunStatus::Failed,
                QStringLiteral("the app has no executable for this run; push the app "
                               "code first")});
        return;
    }
    auto command =
        m_executables.command(executable->directory, executable->executable.requirements);
    if (!command) {
        finish(*record, {Api::RunStatus::Failed, command.error().message});
        return;
    }

    auto active = std::make_unique<ActiveRun>();
    ActiveRun &run = *active;
    run.runId = job.runId;
    run.appId = record->info.metadata.applicationId;
    run.timeLimitMs = record->timeLimitMs;
    run.outputFormat = record->info.metadata.format.output;
    run.outputPath = m_payloads.scratchPath(job.runId + QStringLiteral(".stdout"));
    run.process = new QProcess(this);
    run.process->setProgram(command->program);
    run.process->setArguments(
        command->arguments +
        ExecutableStore::optionArguments(executable->executable.requirements,
                                         record->info.metadata.activeOptions));
    run.process->setWorkingDirectory(command->workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ProcessGroupLedger::runIdVariable), job.runId);
    run.process->setProcessEnvironment(environment);
    AppProcessGroup::isolate(*run.process);
    run.process->setStandardOutputFile(run.outputPath, QIODevice::Truncate);

    const QString inputFile = m_payloads.filePath(record->inputRef);
    if (!inputFile.isEmpty()) {
        run.process->setStandardInputFile(inputFile);
    } else {
        auto data = m_payloads.read(record->inputRef);
        if (!data) {
            delete run.process;
            finish(*record, {Api::RunStatus::Failed, data.error().message});
            return;
        }
        run.inlineInput = std::move(data).value();
    }

    const QString runId = job.runId;

    if (run.timeLimitMs > 0) {
        run.timeLimit = new QTimer(this);
        run.timeLimit->setSingleShot(true);
        connect(run.timeLimit, &QTimer::timeout, this, [this, runId] {
            if (auto it = m_active.find(runId); it != m_active.end()) {
                it->second->timedOut = true;
                stopApp(*it->second);
            }
        });
        run.timeLimit->start(int(std::min<qint64>(run.timeLimitMs, INT_MAX)));
    }

    record->info.metadata.status = Api::RunStatus::Running;
    record->info.metadata.initiatedAt = QDateTime::currentDateTimeUtc();
    warnIfFailed(m_store.updateRun(*record));

    run.clock.start();
    run.launching = true;
    QProcess *process = run.process;
    m_active.emplace(runId, std::move(active));
    // Its signals are connected once it is back: nothing of it runs here meanwhile.
    process->setParent(nullptr);
    process->moveToThread(m_launcherThread);
    QThread *home = thread();
    QMetaObject::invokeMethod(m_launcher, [this, process, home, runId] {
        process->start();
        process->moveToThread(home);
        QMetaObject::invokeMethod(
            this, [this, runId] { launched(runId); }, Qt::QueuedConnection);
    });
}

void RunExecutor::launched(const QString &runId)
{
    auto it = m_active.find(runId);
    if (it == m_active.end() || !it->second->launching)
        return; // handled already (shutdown)
    ActiveRun &run = *it->second;
    run.launching = false;
    QProcess *process = run.process;
    process->setParent(this);
    connect(process, &QProcess::readyReadStandardError, this, [this, runId] {
        if (auto it = m_active.find(runId); it != m_active.end())
            readLogs(*it->second, false);
    });
    connect(process, &QProcess::finished, this,
            [this, runId](int code, QProcess::ExitStatus status) {
                onProcessFinished(runId, code, status);
            });
    connect(process, &QProcess::errorOccurred, this,
            [this, runId](QProcess::ProcessError error) { onProcessError(runId, error); });
    if (process->state() == QProcess::NotRunning) {
        // It did not start; that was reported before anyone listened.
        onProcessError(runId, QProcess::FailedToStart);
        return;
    }
    run.group.attach(*process);
    m_ledger.add(run.group.id(), runId);
    if (run.canceled || run.timedOut) // while it was being launched
        stopApp(run);
    if (run.inlineInput) {
        process->write(*std::exchange(run.inlineInput, std::nullopt));
        process->closeWriteChannel();
    }
}

void RunExecutor::finishLaunches()
{
    const bool anyLaunching =
        std::any_of(m_active.cbegin(), m_active.cend(),
                    [](const auto &entry) { return entry.second->launching; });
    if (!anyLaunching)
        return;
    // Everything queued on the launcher before this is done: its processes are ours again.
    QMetaObject::invokeMethod(
        m_launcher, [] {}, Qt::BlockingQueuedConnection);
    QStringList ids;
    for (const auto &[runId, run] : m_active) {
        if (run->launching)
            ids.append(runId);
    }
    for (const QString &runId : std::as_const(ids))
        launched(runId);
}

void RunExecutor::readLogs(ActiveRun &active, bool flushPartial)
{
    active.partialLine += active.process->readAllStandardError();
    QList<LogLine> lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = active.partialLine.indexOf('\n', start);
        // Very long lines without a newline are cut so one line cannot eat memory.
        if (newline < 0 && active.partialLine.size() - start < 8192)
            break;
        const qsizetype end = newline < 0 ? start + 8192 : newline;
        QByteArray text = active.partialLine.mid(start, end - start);
        if (text.endsWith('\r'))
            text.chop(1);
        lines.append({active.nextLogSeq++, now, QString::fromUtf8(text)});
        active.logBytesSinceTrim += text.size() + 1;
        start = newline < 0 ? end : newline + 1;
    }
    active.partialLine.remove(0, start);
    if (flushPartial && !active.partialLine.isEmpty()) {
        lines.append({active.nextLogSeq++, now, QString::fromUtf8(active.partialLine)});
        active.partialLine.clear();
    }
    if (lines.isEmpty())
        return;
    warnIfFailed(m_store.appendLogLines(active.runId, lines));
    if (active.logBytesSinceTrim > 4 * maxLogBytes) {
        m_store.trimLog(active.runId, maxLogBytes);
        active.logBytesSinceTrim = 0;
    }
}

void RunExecutor::onProcessError(const QString &runId, QProcess::ProcessError error)
{
    auto it = m_active.find(runId);
    if (it == m_active.end() || error != QProcess::FailedToStart)
        return; // crashes and kills arrive through finished()
    complete(runId,
             {Api::RunStatus::Failed,
              QStringLiteral("the app could not be started: %1")
                  .arg(it->second->process->errorString())});
}

void RunExecutor::onProcessFinished(const QString &runId, int exitCode,
                                    QProcess::ExitStatus exitStatus)
{
    auto it = m_active.find(runId);
    if (it == m_active.end() || it->second->finishing)
        return;
    ActiveRun &run = *it->second;
    releaseProcesses(run);
    readLogs(run, true);
    if (run.canceled) {
        complete(runId, {Api::RunStatus::Canceled, QStringLiteral("the run was canceled")});
    } else if (run.timedOut) {
        complete(runId,
                 {Api::RunStatus::Failed,
                  QStringLiteral("the run exceeded its time limit of %1 s and was stopped")
                      .arg(double(run.timeLimitMs) / 1000.0)});
    } else if (exitStatus == QProcess::CrashExit) {
        complete(
            runId,
            {Api::RunStatus::Failed, QStringLiteral("the app crashed; see the logs for details")});
    } else if (exitCode != 0) {
        complete(runId,
                 {Api::RunStatus::Failed,
                  QStringLiteral("the app exited with code %1; see the logs for details")
                      .arg(exitCode)});
    } else {
        finishWithOutput(runId);
    }
}

void RunExecutor::finishWithOutput(const QString &runId)
{
    ActiveRun &run = *m_active.at(runId);
    run.finishing = true;
    if (run.timeLimit)
        run.timeLimit->stop();
    const QString format = run.outputFormat;
    auto *watcher = new QFutureWatcher<OutputInspection>(this);
    connect(watcher, &QFutureWatcher<OutputInspection>::finished, this, [this, watcher, runId] {
        watcher->deleteLater();
        const OutputInspection inspection = watcher->result();
        if (!m_active.contains(runId))
            return;
        std::optional<RunRecord> record = m_store.run(runId);
        if (!record) { // the app was deleted meanwhile
            QFile::remove(retire(runId)->outputPath);
            scheduleNext();
            return;
        }
        if (!inspection.valid) {
            complete(runId, {Api::RunStatus::Failed, inspection.error});
            return;
        }
        const QString &appId = record->info.metadata.applicationId;
        const QString nameHint = runId + QStringLiteral("-output");
        auto ref = inspection.content
            ? m_payloads.store(appId, *inspection.content, nameHint)
            : m_payloads.adoptFile(appId, m_active.at(runId)->outputPath, nameHint);
        if (!ref) {
            complete(runId, {Api::RunStatus::Failed, ref.error().message});
            return;
        }
        record->outputRef = ref.value();
        record->info.metadata.outputSize = inspection.size;
        record->info.metadata.statistics = inspection.statistics;
        record->info.metadata.metrics = inspection.metrics;
        record->info.metadata.executionDurationMs = double(retire(runId)->clock.elapsed());
        finish(*record, {Api::RunStatus::Succeeded, {}});
        scheduleNext();
    });
    watcher->setFuture(
        QtConcurrent::run(inspectOutput, run.outputPath, format, m_payloads.inlineLimit()));
}

void RunExecutor::complete(const QString &activeRunId, const Outcome &outcome)
{
    // A copy: callers may pass the map's own key (shutdown does), which the erase below destroys.
    const QString runId = activeRunId;
    const std::unique_ptr<ActiveRun> run = retire(runId);
    if (!run)
        return;
    QFile::remove(run->outputPath);
    if (std::optional<RunRecord> record = m_store.run(runId)) {
        record->info.metadata.executionDurationMs = double(run->clock.elapsed());
        finish(*record, outcome);
    }
    scheduleNext();
}

void RunExecutor::finish(RunRecord &record, const Outcome &outcome)
{
    Api::RunMetadata &m = record.info.metadata;
    m.status = outcome.status;
    m.error = outcome.error;
    if (m.createdAt.isValid())
        m.durationMs = double(m.createdAt.msecsTo(QDateTime::currentDateTimeUtc()));
    warnIfFailed(m_store.updateRun(record));
    m_store.trimLog(record.info.id, maxLogBytes);
    Q_EMIT runFinished(record);
}

bool RunExecutor::cancel(const QString &runId)
{
    if (auto it = m_active.find(runId); it != m_active.end()) {
        it->second->canceled = true;
        if (!it->second->finishing)
            stopApp(*it->second);
        else
            complete(runId, {Api::RunStatus::Canceled, QStringLiteral("the run was canceled")});
        return true;
    }
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(),
                                     [&](const QueuedJob &j) { return j.runId == runId; });
    if (queued == m_queue.end())
        return false;
    m_queue.erase(queued);
    if (std::optional<RunRecord> record = m_store.run(runId)) {
        finish(*record, {Api::RunStatus::Canceled, QStringLiteral("the run was canceled")});
    }
    return true;
}

void RunExecutor::stopApp(ActiveRun &run)
{
    // The run ends when the app's finished() arrives; nothing here waits for it.
    if (run.launching)
        return; // stopped once launched (canceled or timedOut is set)
    if (run.escalation)
        return; // already stopping
    run.group.terminate();
    run.escalation = new QTimer(this);
    run.escalation->setSingleShot(true);
    connect(run.escalation, &QTimer::timeout, this, [this, runId = run.runId] {
        if (auto it = m_active.find(runId); it != m_active.end())
            it->second->group.kill();
    });
    run.escalation->start(stopGracePeriodMs);
}

std::unique_ptr<RunExecutor::ActiveRun> RunExecutor::retire(const QString &runId)
{
    auto it = m_active.find(runId);
    if (it == m_active.end())
        return {};
    std::unique_ptr<ActiveRun> run = std::move(it->second);
    m_active.erase(it);
    for (QTimer *timer : {run->timeLimit, run->escalation}) {
        if (timer)
            timer->deleteLater();
    }
    run->process->disconnect(this);
    releaseProcesses(*run);
    run->process->deleteLater();
    return run;
}

void RunExecutor::releaseProcesses(ActiveRun &run)
{
    if (std::exchange(run.processesReleased, true))
        return;
    if (run.escalation)
        run.escalation->stop();
    if (run.process->state() == QProcess::NotRunning)
        run.group.killStragglers(); // the app is gone; what it started goes with the run
    else
        run.group.kill();
    m_ledger.remove(run.group.id());
}

void RunExecutor::shutdown(const QString &reason)
{
    m_queue.clear();
    finishLaunches();
    // Every group is killed first, then reaped: SIGKILL cannot be ignored, so the waits are
    // short, and the server exits leaving no app behind. The runs end here rather than through
    // finished(), which would change m_active while it is walked.
    for (const auto &[runId, run] : m_active) {
        run->process->disconnect(this);
        if (run->process->state() != QProcess::NotRunning)
            run->group.kill();
    }
    for (const auto &[runId, run] : m_active) {
        run->process->waitForFinished(5000);
        readLogs(*run, true);
    }
    while (!m_active.empty())
        complete(m_active.begin()->first, {Api::RunStatus::Failed, reason});
    m_store.failUnfinishedRuns(reason);
}

} // namespace Server
