// The built-in Local connection to a nextdesk-server on this machine.
#include "localserver.h"

#include "installlayout.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>

#include <algorithm>

namespace Api {

LocalServer::LocalServer(QString serverExecutable, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_executable(std::move(serverExecutable))
    , m_dataDir(std::move(dataDir))
{
    m_pollTimer.setInterval(100);
    connect(&m_pollTimer, &QTimer::timeout, this, &LocalServer::poll);
}

LocalServer::~LocalServer() = default;

QString LocalServer::defaultExecutable()
{
    return InstallLayout::ofThisProgram().serverExecutable();
}

QString LocalServer::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("local-server"));
}

bool LocalServer::tryAdoptRunning(qint64 requiredPid)
{
    QFile state(QDir(m_dataDir).filePath(QStringLiteral("server.json")));
    QFile key(QDir(m_dataDir).filePath(QStringLiteral("api-key")));
    if (!state.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject info = QJsonDocument::fromJson(state.readAll()).object();
    const QUrl url(info.value(QStringLiteral("url")).toString());
    // toInteger(): a damaged file with a pid beyond qint64 gives 0, not undefined behaviour.
    const qint64 pid = info.value(QStringLiteral("pid")).toInteger();
    if (!url.isValid() || (requiredPid > 0 && pid != requiredPid))
        return false;
    m_url = url;
    m_key = key.readAll().trimmed();
    return !m_key.isEmpty();
}

void LocalServer::ensureRunning()
{
    if (!QDir().mkpath(m_dataDir)) {
        Q_EMIT failed(Error::io(tr("Cannot create the local server's folder %1.").arg(m_dataDir)));
        return;
    }
    // The server holds this lock while it serves: if we can take it, nobody is serving.
    QLockFile lock(QDir(m_dataDir).filePath(QStringLiteral("server.lock")));
    if (lock.tryLock(0)) {
        lock.unlock();
        start();
        return;
    }
    // Someone serves (or is starting up): wait for its state file.
    m_waitingForPid = 0;
    m_pollsLeft = startTimeoutMs / m_pollTimer.interval();
    poll();
    if (m_waitingForPid >= 0)
        m_pollTimer.start();
}

void LocalServer::start()
{
    if (!QFile::exists(m_executable)) {
        Q_EMIT failed(Error::io(tr("The local server program is missing: %1").arg(m_executable)));
        return;
    }
    QFile::remove(QDir(m_dataDir).filePath(QStringLiteral("server.json")));
    // Detached, so that it can outlive the console when the user wants to keep it.
    QProcess process;
    process.setProgram(m_executable);
    process.setArguments({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")});
    process.setStandardOutputFile(QDir(m_dataDir).filePath(QStringLiteral("server.log")),
                                  QIODevice::Append);
    process.setStandardErrorFile(QDir(m_dataDir).filePath(QStringLiteral("server.log")),
                                 QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        Q_EMIT failed(
            Error::io(tr("Cannot start the local server: %1").arg(process.errorString())));
        return;
    }
    m_startedPid = pid;
    m_waitingForPid = pid;
    m_pollsLeft = startTimeoutMs / m_pollTimer.interval();
    m_pollTimer.start();
}

void LocalServer::poll()
{
    if (tryAdoptRunning(m_waitingForPid)) {
        m_pollTimer.stop();
        m_waitingForPid = -1;
        Q_EMIT ready(m_url, m_key);
        return;
    }
    // The server we were waiting for was shutting down, not starting: start our own.
    if (m_waitingForPid == 0) {
        QLockFile lock(QDir(m_dataDir).filePath(QStringLiteral("server.lock")));
        if (lock.tryLock(0)) {
            lock.unlock();
            m_pollTimer.stop();
            start();
            return;
        }
    }
    if (--m_pollsLeft > 0)
        return;
    m_pollTimer.stop();
    m_waitingForPid = -1;
    Q_EMIT failed(Error{Error::Kind::Timeout,
                        0,
                        tr("The local server did not start; see %1.")
                            .arg(QDir(m_dataDir).filePath(QStringLiteral("server.log"))),
                        {}});
}

void LocalServer::stopIfOurs()
{
    if (!startedByUs() || m_keepRunning || !m_url.isValid())
        return;
    // A request rather than a signal: the same on every platform. Half a second covers a
    // loopback connect many times over; a server that takes longer is not waited for.
    sendStopRequest(m_url, m_key, std::chrono::milliseconds(500));
    m_startedPid = 0;
}

bool LocalServer::sendStopRequest(const QUrl &url, const QByteArray &apiKey,
                                  std::chrono::milliseconds within)
{
    const QDeadlineTimer deadline(within);
    const auto remainingMs = [&deadline] {
        return int(std::max<qint64>(deadline.remainingTime(), 0));
    };
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!socket.waitForConnected(remainingMs()))
        return false;
    const QByteArray body = "{}";
    socket.write("POST /nextdesk/v1/shutdown HTTP/1.1\r\n"
                 "Host: " +
                 url.authority().toUtf8() +
                 "\r\n"
                 "Authorization: Bearer " +
                 apiKey +
                 "\r\n"
                 "Content-Type: application/json\r\n"
                 "Content-Length: " +
                 QByteArray::number(body.size()) +
                 "\r\n"
                 "Connection: close\r\n\r\n" +
                 body);
    // Retried until the deadline: on Windows a blocking wait may return early for no reason.
    while (socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState &&
           !deadline.hasExpired())
        socket.waitForBytesWritten(remainingMs());
    // Nothing left to write: the socket closes at once (the system still delivers what it holds).
    return socket.bytesToWrite() == 0;
}

} // namespace Api
