// nextdesk --check-local: proves that the Local connection works where the console is
// installed. It connects the way the console does (ConnectionManager), waits until the sample
// app is there and its sample runs have ended, and reports the server and sample app it used,
// the data folder and how the runs ended. Passes only when every sample run succeeded.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Api {

class ConnectionManager;

class LocalCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalCheck)

public:
    // Seeding and the sample runs take seconds; this only bounds a server that hangs.
    static constexpr int timeoutMs = 120000;

    explicit LocalCheck(ConnectionManager &connections, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // report: one "Label: value" line per fact, the failure last when !passed.
    void finished(bool passed, const QString &report);

private:
    void onSampleAppReady(const QString &appExecutable);
    void checkRuns();
    void finish(bool passed, const QString &lastLine);

    ConnectionManager &m_connections;
    QStringList m_report;
    QTimer m_deadline;
    QTimer m_nextPoll;
    bool m_done = false;
};

} // namespace Api
