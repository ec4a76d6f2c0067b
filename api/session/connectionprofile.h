// Where the console connects: the built-in Local server, Nextmv Cloud, or a custom endpoint.
// Profiles are kept in QSettings; their API keys never are (see KeyStore).
#pragma once

#include "api/wire/result.h"

#include <QList>
#include <QUrl>

class QSettings;

namespace Api {

struct ConnectionProfile
{
    enum class Kind { Local, Cloud, Custom };

    QString name;
    Kind kind = Kind::Custom;
    QUrl endpoint; // empty for Local: the URL is known once the server runs

    static QString localName();
    static QString cloudName();
    static ConnectionProfile local();
    static ConnectionProfile cloud();

    // Keys travel in a header: anything but loopback must be https.
    static Result<void> validateEndpoint(const QUrl &url);
};

class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings);

    // Local and Nextmv Cloud first, then the custom ones by name.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    Result<void> saveCustom(const ConnectionProfile &profile);
    void removeCustom(const QString &name);

    QString lastProfile() const;
    void setLastProfile(const QString &name);
    QString lastApplication(const QString &profile) const;
    void setLastApplication(const QString &profile, const QString &appId);
    // Whether a Local server started by the console stays up after it quits.
    bool keepLocalServerRunning() const;
    void setKeepLocalServerRunning(bool keep);

private:
    void writeCustom(const QList<ConnectionProfile> &custom);

    QSettings &m_settings;
};

} // namespace Api
