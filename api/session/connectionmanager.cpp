// From a connection profile to a working NextmvService.
#include "connectionmanager.h"

#include "api/client/nextmvclient.h"
#include "localserver.h"
#include "sampleseeder.h"

namespace Api {

ConnectionManager::ConnectionManager(ProfileStore &profiles, KeyStore &keys, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_localExecutable(LocalServer::defaultExecutable())
    , m_localDataDir(LocalServer::defaultDataDir())
{
}

ConnectionManager::~ConnectionManager()
{
    shutdown();
}

void ConnectionManager::setLocalServer(const QString &executable, const QString &dataDir)
{
    m_localExecutable = executable;
    m_localDataDir = dataDir;
}

void ConnectionManager::setState(State state, const QString &text)
{
    m_state = state;
    m_stateText = text;
    Q_EMIT stateChanged(state, text);
}

void ConnectionManager::fail(const Error &error)
{
    setState(State::Failed, error.message);
}

void ConnectionManager::connectTo(const ConnectionProfile &profile)
{
    const int attempt = ++m_attempt;
    m_profile = profile;
    m_profiles.setLastProfile(profile.name);
    setState(State::Connecting, tr("Connecting to %1…").arg(profile.name));

    if (profile.kind == ConnectionProfile::Kind::Local) {
        if (!m_local || m_local->dataDir() != m_localDataDir) {
            m_local = std::make_unique<LocalServer>(m_localExecutable, m_localDataDir);
            m_local->setKeepRunning(m_profiles.keepLocalServerRunning());
            connect(m_local.get(), &LocalServer::failed, this, &ConnectionManager::fail);
            connect(m_local.get(), &LocalServer::ready, this,
                    [this](const QUrl &url, const QByteArray &key) {
                        if (m_profile.kind != ConnectionProfile::Kind::Local)
                            return;
                        useService(url, key);
                        NextmvService *service = m_service.get();
                        auto *seeder =
                            new SampleSeeder(*service, m_localExecutable, m_localDataDir, this);
                        m_seeder = seeder;
                        connect(seeder, &SampleSeeder::finished, this, [this, seeder](bool seeded) {
                            seeder->deleteLater();
                            if (seeded)
                                Q_EMIT sampleSeeded(SampleSeeder::sampleAppId());
                            Q_EMIT sampleAppReady(seeder->appExecutable(), seeded);
                        });
                        connect(seeder, &SampleSeeder::failed, service,
                                [service, seeder](const Error &e) {
                                    seeder->deleteLater();
                                    Q_EMIT service->requestFailed(e);
                                });
                        seeder->seedIfMissing();
                    });
        }
        m_local->ensureRunning();
        return;
    }

    if (auto valid = ConnectionProfile::validateEndpoint(profile.endpoint); !valid) {
        fail(valid.error());
        return;
    }
    m_keys.readKey(profile.name, this, [this, profile, attempt](const Result<QByteArray> &key) {
        if (attempt != m_attempt)
            return;
        if (!key || key->isEmpty()) {
            setState(State::Disconnected, tr("%1 needs an API key.").arg(profile.name));
            Q_EMIT needsKey(profile, key ? QString() : key.error().message);
            return;
        }
        useService(profile.endpoint, key.value());
    });
}

void ConnectionManager::connectToEndpoint(const QUrl &endpoint, const QByteArray &apiKey)
{
    ++m_attempt;
    m_profile = {tr("Command line"), ConnectionProfile::Kind::Custom, endpoint};
    if (auto valid = ConnectionProfile::validateEndpoint(endpoint); !valid) {
        fail(valid.error());
        return;
    }
    if (apiKey.isEmpty()) {
        fail(
            Error::validation(tr("Set NEXTMV_API_KEY to the key of %1.").arg(endpoint.toString())));
        return;
    }
    useService(endpoint, apiKey);
}

void ConnectionManager::provideKey(const ConnectionProfile &profile, const QByteArray &key)
{
    m_keys.writeKey(profile.name, key, this, [this, profile](const Result<void> &stored) {
        if (!stored)
            Q_EMIT needsKey(profile, stored.error().message);
        else
            connectTo(profile);
    });
}

void ConnectionManager::useService(const QUrl &url, const QByteArray &key)
{
    // The seeder drives the service it was made for: it goes first, while that service can
    // still abort its calls (switching connection mid-seeding also stops its push processes).
    delete m_seeder;
    std::unique_ptr<NextmvService> previous = std::move(m_service);
    auto client = std::make_unique<NextmvClient>(url, key);
    connect(client.get(), &NextmvService::reachabilityChanged, this, [this](bool reachable) {
        if (reachable)
            setState(State::Connected, tr("Connected to %1").arg(m_profile.name));
        else
            setState(State::Failed, tr("%1 cannot be reached").arg(m_profile.name));
    });
    m_service = std::move(client);
    setState(State::Connected, tr("Connected to %1").arg(m_profile.name));
    Q_EMIT serviceChanged(m_service.get());
    m_service->discoverFeatures();
    if (previous)
        previous.release()->deleteLater(); // views may still be unwinding calls on it
}

void ConnectionManager::shutdown()
{
    if (m_local)
        m_local->stopIfOurs();
}

} // namespace Api
