// One poller for every queued or running run a view shows.
#include "runwatcher.h"

#include "nextmvservice.h"

namespace Api {

RunWatcher::RunWatcher(NextmvService &service, QString appId, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_appId(std::move(appId))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(fastIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RunWatcher::poll);
}

void RunWatcher::watch(const QString &runId, RunStatus lastKnown)
{
    if (isTerminal(lastKnown) || m_lastStatus.contains(runId))
        return;
    m_lastStatus.insert(runId, lastKnown);
    // Something new to watch: look soon, whatever the backoff had reached.
    m_timer.setInterval(fastIntervalMs);
    if (m_inFlight.isEmpty())
        m_timer.start();
}

void RunWatcher::unwatch(const QString &runId)
{
    m_lastStatus.remove(runId);
    if (auto call = m_inFlight.take(runId); call.isActive())
        call.cancel();
    if (m_lastStatus.isEmpty())
        m_timer.stop();
}

void RunWatcher::clear()
{
    for (PendingCall &call : m_inFlight)
        call.cancel();
    m_inFlight.clear();
    m_lastStatus.clear();
    m_timer.stop();
}

void RunWatcher::poll()
{
    m_changedThisRound = false;
    const QStringList ids = m_lastStatus.keys();
    for (const QString &id : ids) {
        m_inFlight.insert(
            id,
            m_service.runMetadata(m_appId, id, this, [this, id](const Result<RunInformation> &r) {
                m_inFlight.remove(id);
                if (r)
                    onAnswer(id, r.value());
                if (m_inFlight.isEmpty())
                    roundDone();
            }));
    }
    if (ids.isEmpty())
        roundDone();
}

void RunWatcher::onAnswer(const QString &runId, const RunInformation &run)
{
    const auto it = m_lastStatus.find(runId);
    if (it == m_lastStatus.end())
        return;
    if (it.value() != run.metadata.status)
        m_changedThisRound = true;
    it.value() = run.metadata.status;
    Q_EMIT runUpdated(run);
    if (isTerminal(run.metadata.status)) {
        m_lastStatus.erase(it);
        Q_EMIT runFinished(run);
    }
}

void RunWatcher::roundDone()
{
    if (m_lastStatus.isEmpty())
        return;
    const int next = m_changedThisRound ? fastIntervalMs
                                        : std::min(m_slowestIntervalMs, m_timer.interval() * 3 / 2);
    m_timer.setInterval(next);
    m_timer.start();
}

} // namespace Api
