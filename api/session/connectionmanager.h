// Turns the chosen connection profile into a working NextmvService: starts or finds the Local
// server (and seeds the sample app on first start), or reads the key of a Cloud/custom profile
// from the KeyStore (asking the UI for one when there is none). Reports its state for the
// status bar.
#pragma once

#include "api/wire/result.h"
#include "connectionprofile.h"
#include "keystore.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Api {

class LocalServer;
class NextmvService;
class SampleSeeder;

class ConnectionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    ConnectionManager(ProfileStore &profiles, KeyStore &keys, QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Where the Local profile's server and data live (tests point these elsewhere).
    void setLocalServer(const QString &executable, const QString &dataDir);

    void connectTo(const ConnectionProfile &profile);
    // For --endpoint: a profile that exists for this session only.
    void connectToEndpoint(const QUrl &endpoint, const QByteArray &apiKey);
    // After needsKey(): stores the key (keychain or session) and connects.
    void provideKey(const ConnectionProfile &profile, const QByteArray &key);

    State state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    ConnectionProfile profile() const { return m_profile; }
    NextmvService *service() const { return m_service.get(); }
    LocalServer *localServer() const { return m_local.get(); }
    QString localExecutable() const { return m_localExecutable; }
    // Stops a Local server this console started, unless it is to be kept.
    void shutdown();

Q_SIGNALS:
    void stateChanged(Api::ConnectionManager::State state, const QString &text);
    // A new service (the old one is deleted after this signal): views reload from it.
    void serviceChanged(Api::NextmvService *service);
    void needsKey(const Api::ConnectionProfile &profile, const QString &reason);
    // The sample app was installed on a fresh Local server.
    void sampleSeeded(const QString &appId);
    // The Local server has the sample app (seeded now or before); appExecutable is the sample
    // app this console installs from.
    void sampleAppReady(const QString &appExecutable, bool seeded);

private:
    void setState(State state, const QString &text);
    void useService(const QUrl &url, const QByteArray &key);
    void fail(const Error &error);

    ProfileStore &m_profiles;
    KeyStore &m_keys;
    QString m_localExecutable;
    QString m_localDataDir;
    ConnectionProfile m_profile;
    std::unique_ptr<LocalServer> m_local;
    std::unique_ptr<NextmvService> m_service;
    QPointer<SampleSeeder> m_seeder; // seeding m_service; deleted before m_service is replaced
    State m_state = State::Disconnected;
    QString m_stateText;
    int m_attempt = 0; // answers for an older connectTo() are ignored
};

} // namespace Api
