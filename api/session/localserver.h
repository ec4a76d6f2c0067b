// The built-in Local connection: finds the nextdesk-server already serving the console's data
// dir, or starts one on a free loopback port, and reads its key from the data dir. Stops the
// server it started when the console quits, unless the user chose to keep it running.
#pragma once

#include "api/wire/result.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace Api {

class LocalServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServer)

public:
    static constexpr int startTimeoutMs = 20000;

    LocalServer(QString serverExecutable, QString dataDir, QObject *parent = nullptr);
    ~LocalServer() override;

    // The default locations: next to the console's executable (InstallLayout), in its app data
    // folder.
    static QString defaultExecutable();
    static QString defaultDataDir();

    QString dataDir() const { return m_dataDir; }
    bool startedByUs() const { return m_startedPid != 0; }
    void setKeepRunning(bool keep) { m_keepRunning = keep; }

    // Asynchronous: ready() or failed() follows.
    void ensureRunning();
    // Stops the server if this console started it and it is not to be kept. Meant for the way
    // out: it sends the request and does not wait for the answer (see sendStopRequest).
    void stopIfOurs();

    // Asks the server at `url` to stop without waiting for its answer: a blocking socket write
    // bounded by `within` (no event loop runs), so quitting never waits on a server that has
    // stopped answering; the server acts on a complete request even when its answer goes
    // unread. True once the whole request was handed to the system.
    static bool sendStopRequest(const QUrl &url, const QByteArray &apiKey,
                                std::chrono::milliseconds within);

Q_SIGNALS:
    void ready(const QUrl &url, const QByteArray &apiKey);
    void failed(const Api::Error &error);

private:
    void start();
    void poll();
    bool tryAdoptRunning(qint64 requiredPid);

    const QString m_executable;
    const QString m_dataDir;
    QTimer m_pollTimer;
    qint64 m_startedPid = 0;
    qint64 m_waitingForPid = -1; // -1: not waiting; 0: any server; else the one we started
    int m_pollsLeft = 0;
    bool m_keepRunning = false;
    QUrl m_url;
    QByteArray m_key;
};

} // namespace Api
