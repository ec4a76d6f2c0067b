// One running nextdesk-server.
#include "nextdeskserver.h"

#include "api/wire/serverfeatures.h"
#include "execution/executablestore.h"
#include "execution/processgroupledger.h"
#include "execution/runexecutor.h"
#include "handlers/ensembleruns.h"
#include "handlers/onlinetests.h"
#include "handlers/routehelpers.h"
#include "handlers/strictrequestcheck.h"
#include "http/apihttpserver.h"
#include "http/httprouter.h"
#include "security/secretfile.h"
#include "security/urlsigner.h"
#include "store/datastore.h"
#include "store/payloadstore.h"
#include "store/privatefiles.h"
#include "store/walcheckpointer.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QThread>

namespace Server {

NextdeskServer::NextdeskServer(ServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
}

NextdeskServer::~NextdeskServer()
{
    stop();
}

QString NextdeskServer::apiKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("api-key"));
}

QString NextdeskServer::stateFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("server.json"));
}

QString NextdeskServer::lockFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("server.lock"));
}

Api::Result<quint16> NextdeskServer::start()
{
    if (!PrivateFiles::makePath(m_settings.dataDir))
        return Api::Error::io(QStringLiteral("cannot create %1").arg(m_settings.dataDir));
    // Two servers on one data dir would fail each other's runs at start-up: refuse the second.
    m_lock = std::make_unique<QLockFile>(lockFilePath(m_settings.dataDir));
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        return Api::Error::io(QStringLiteral("another nextdesk-server (pid %1) is already serving "
                                             "%2")
                                  .arg(pid)
                                  .arg(m_settings.dataDir));
    }
    m_store = std::make_unique<DataStore>(m_settings.dataDir);
    if (auto opened = m_store->open(); !opened)
        return opened.error();
    // Checkpoints (and their fsyncs) on a thread of their own, not inside a request's commit.
    if (auto manual = m_store->setAutomaticCheckpoints(false); !manual)
        return manual.error();
    m_checkpointer = std::make_unique<WalCheckpointer>(m_store->databasePath());
    auto apiKey = SecretFile::loadOrCreate(apiKeyPath(m_settings.dataDir), "nd_");
    if (!apiKey)
        return apiKey.error();
    auto signingKey = SecretFile::loadOrCreate(
        QDir(m_settings.dataDir).filePath(QStringLiteral("url-signing-key")), {});
    if (!signingKey)
        return signingKey.error();

    // The apps a killed predecessor left running work for runs failed below: stop them.
    if (const int killed = ProcessGroupLedger(m_settings.dataDir).killLeftovers(); killed > 0)
        qWarning("nextdesk-server: stopped %d app process group(s) a previous server left running",
                 killed);
    // Whatever a killed predecessor left running cannot be resumed: say so on each run.
    m_store->failUnfinishedRuns(
        QStringLiteral("nextdesk-server stopped before the run finished; start a new run"));

    m_payloads = std::make_unique<PayloadStore>(*m_store);
    m_executables = std::make_unique<ExecutableStore>(m_settings.dataDir);
    m_signer = std::make_unique<UrlSigner>(signingKey.value());
    const int workers =
        m_settings.workers > 0 ? m_settings.workers : std::max(1, QThread::idealThreadCount());
    m_executor = std::make_unique<RunExecutor>(*m_store, *m_payloads, *m_executables, workers);
    m_context.reset(
        new ServerContext{*m_store, *m_payloads, *m_executables, *m_executor, *m_signer});
    m_context->defaultTimeLimitMs = m_settings.defaultTimeLimitMs;
    m_context->uploadLimit = m_settings.uploadLimit;

    m_router = std::make_unique<HttpRouter>();
    registerApplicationRoutes(*m_router, *m_context);
    registerRunRoutes(*m_router, *m_context);
    registerVersionRoutes(*m_router, *m_context);
    registerInstanceRoutes(*m_router, *m_context);
    registerInputRoutes(*m_router, *m_context);
    registerInputSetRoutes(*m_router, *m_context);
    registerBatchRoutes(*m_router, *m_context);
    registerAcceptanceRoutes(*m_router, *m_context);
    registerTransferRoutes(*m_router, *m_context);
    registerShadowRoutes(*m_router, *m_context);
    registerSwitchbackRoutes(*m_router, *m_context);
    registerEnsembleRoutes(*m_router, *m_context);
    if (m_settings.testClock)
        registerTestClockRoutes(*m_router, *m_context);
    // Online tests and ensemble runs move on when the runs they wait for end.
    connect(m_executor.get(), &RunExecutor::runFinished, this, &NextdeskServer::onRunFinished);
    // What this server has beyond Nextmv Cloud's API, so the console offers it (and only it).
    m_router->add("GET", Api::serverInfoPath, [](const HttpRequest &) {
        QJsonArray features;
        for (const Api::ServerFeature feature : Api::allServerFeatures())
            features.append(Api::wireName(feature));
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("server"), QStringLiteral("nextdesk-server")},
                        {QStringLiteral("features"), features}});
    });
    m_router->add("POST", QStringLiteral("/nextdesk/v1/shutdown"), [this](const HttpRequest &) {
        // Answer first, quit from the event loop.
        QMetaObject::invokeMethod(this, &NextdeskServer::shutdownRequested, Qt::QueuedConnection);
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("stopping")}});
    });

    m_router->wrapHandlers([store = m_store.get()](HttpRouter::Handler handler) {
        return [store, handler = std::move(handler)](const HttpRequest &request) {
            (void)store->takeUnreportedFailure(); // noted by background work, already logged
            HttpResponse response = handler(request);
            if (const auto failure = store->takeUnreportedFailure())
                return HttpResponse::error(500, *failure);
            return response;
        };
    });

    if (m_settings.strict) {
        // A route added without a rule would slip through unchecked: refuse to start instead.
        for (const HttpRouter::RouteKey &route : m_router->routes()) {
            if (StrictRequestCheck::applies(route.method, route.pattern) &&
                !StrictRequestCheck::covers(route.method, route.pattern))
                return Api::Error::validation(
                    QStringLiteral("--strict has no rule for %1 %2; add one to "
                                   "server/handlers/strictrequestcheck.cpp")
                        .arg(QString::fromLatin1(route.method), route.pattern));
        }
        m_strictCheck = std::make_unique<StrictRequestCheck>(*m_store, *m_payloads);
    }

    HttpLimits limits = m_settings.http;
    limits.maxLargeBody = m_context->uploadLimit;
    limits.spoolDirectory = QDir(m_settings.dataDir).filePath(QStringLiteral("scratch"));
    m_http = std::make_unique<ApiHttpServer>(*m_router, apiKey.value(), limits);
    m_http->setVerbose(m_settings.verbose);
    if (m_strictCheck) {
        m_http->setRequestCheck(
            [check = m_strictCheck.get()](const QString &pattern, const HttpRequest &request) {
                auto refusal = check->check(pattern, request);
                // On stderr too, so a test driving the console can fail on the refusal itself.
                if (refusal)
                    QTextStream(stderr) << "strict mode refused " << request.method << ' '
                                        << request.path << ": " << refusal->body << Qt::endl;
                return refusal;
            });
    }
    const quint16 port = m_http->listen(m_settings.host, m_settings.port);
    if (port == 0)
        return Api::Error{Api::Error::Kind::Network,
                          0,
                          QStringLiteral("cannot listen on %1:%2 (in use or not permitted)")
                              .arg(m_settings.host.toString())
                              .arg(m_settings.port),
                          {}};
    writeStateFile(port);
    return port;
}

void NextdeskServer::writeStateFile(quint16 port) const
{
    const QString host = m_settings.host.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + m_settings.host.toString() + QLatin1Char(']')
        : m_settings.host.toString();
    QSaveFile file(stateFilePath(m_settings.dataDir));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("url"),
                                       QStringLiteral("http://%1:%2").arg(host).arg(port)},
                                      {QStringLiteral("pid"), QCoreApplication::applicationPid()}})
                .toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void NextdeskServer::onRunFinished(const RunRecord &run)
{
    onOnlineTestRunFinished(*m_context, run);
    onEnsembleChildFinished(*m_context, run);
}

void NextdeskServer::stop()
{
    // Stop accepting requests first, then end the runs, then close the store. Runs ended by the
    // shutdown decide nothing: their tests and ensemble runs are failed like the runs themselves.
    m_http.reset();
    if (m_executor)
        disconnect(m_executor.get(), nullptr, this, nullptr);
    if (m_executor)
        m_executor->shutdown(
            QStringLiteral("nextdesk-server was shut down while the run was in flight"));
    m_executor.reset();
    if (m_lock && m_lock->isLocked()) {
        QFile::remove(stateFilePath(m_settings.dataDir));
        m_lock->unlock();
    }
}

} // namespace Server
