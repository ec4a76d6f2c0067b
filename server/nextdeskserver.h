// One running nextdesk-server: owns the store, the executor and the HTTP front, and wires the
// route groups together.
#pragma once

#include "api/wire/result.h"
#include "http/httplimits.h"

#include <QHostAddress>
#include <QLockFile>
#include <QObject>

#include <memory>

namespace Server {

class ApiHttpServer;

class DataStore;
struct RunRecord;
class ExecutableStore;
class HttpRouter;
class PayloadStore;
class RunExecutor;
class StrictRequestCheck;
class UrlSigner;
class WalCheckpointer;
struct ServerContext;

struct ServerSettings
{
    QString dataDir;
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8547;
    int workers = 0; // 0: one per core
    qint64 defaultTimeLimitMs = 60LL * 60 * 1000;
    // The largest upload taken; Nextmv Cloud's 500 MB unless raised (benchmarks upload 1 GB).
    qint64 uploadLimit = 500LL * 1024 * 1024;
    bool verbose = false;
    // Tests only: serve /nextdesk/v1/test/clock, which sets the scheduling clock (clock.h).
    bool testClock = false;
    // Refuse, with a 400 naming the field, API requests Nextmv's SDK would never send
    // (handlers/strictrequestcheck.h); off, the server is as lenient as ever.
    bool strict = false;
    // Time-outs and caps of the HTTP front; the body caps are set from the server context.
    HttpLimits http;
};

class NextdeskServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextdeskServer)

public:
    explicit NextdeskServer(ServerSettings settings, QObject *parent = nullptr);
    ~NextdeskServer() override;

    // Opens the store, fails runs a previous process left unfinished, and listens.
    // Returns the port actually bound (useful with port 0).
    Api::Result<quint16> start();
    // Ends in-flight runs cleanly before the process exits.
    void stop();

    static QString apiKeyPath(const QString &dataDir);
    // {"url": ..., "pid": ...} while a server serves the data dir; the console reads it to reuse
    // a running server. "server.lock" is held for as long as the file is valid.
    static QString stateFilePath(const QString &dataDir);
    static QString lockFilePath(const QString &dataDir);

Q_SIGNALS:
    // POST /nextdesk/v1/shutdown: the console's portable way to stop a server it started.
    void shutdownRequested();

private:
    void writeStateFile(quint16 port) const;
    void onRunFinished(const RunRecord &run);

    ServerSettings m_settings;
    std::unique_ptr<DataStore> m_store;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // before the store closes
    std::unique_ptr<PayloadStore> m_payloads;
    std::unique_ptr<ExecutableStore> m_executables;
    std::unique_ptr<UrlSigner> m_signer;
    std::unique_ptr<RunExecutor> m_executor;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<HttpRouter> m_router;
    std::unique_ptr<StrictRequestCheck> m_strictCheck;
    std::unique_ptr<ApiHttpServer> m_http;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Server
