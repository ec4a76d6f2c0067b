// One poller for every queued or running run a view shows: asks for their metadata on a timer
// that backs off while nothing changes (queued runs can wait minutes) and speeds up again when
// something does. Reports changes and endings.
#pragma once

#include "api/dto/run.h"
#include "pendingcall.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace Api {

class NextmvService;

class RunWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWatcher)

public:
    static constexpr int fastIntervalMs = 1000;
    static constexpr int slowestIntervalMs = 15000;

    RunWatcher(NextmvService &service, QString appId, QObject *parent = nullptr);

    void watch(const QString &runId, RunStatus lastKnown);
    void unwatch(const QString &runId);
    void clear();
    QStringList watched() const { return m_lastStatus.keys(); }
    int intervalMs() const { return m_timer.interval(); }
    // How far the interval backs off while nothing changes (the user's polling interval).
    void setSlowestIntervalMs(int ms) { m_slowestIntervalMs = std::max(ms, fastIntervalMs); }

Q_SIGNALS:
    void runUpdated(const Api::RunInformation &run);
    void runFinished(const Api::RunInformation &run);

private:
    void poll();
    void onAnswer(const QString &runId, const RunInformation &run);
    void roundDone();

    NextmvService &m_service;
    const QString m_appId;
    QHash<QString, RunStatus> m_lastStatus;
    QHash<QString, PendingCall> m_inFlight;
    QTimer m_timer;
    int m_slowestIntervalMs = slowestIntervalMs;
    bool m_changedThisRound = false;
};

} // namespace Api
