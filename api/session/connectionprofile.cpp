// Connection profiles and their storage in QSettings.
#include "connectionprofile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSettings>

namespace Api {

namespace {
const QString customGroup = QStringLiteral("connections/custom");
} // namespace

QString ConnectionProfile::localName()
{
    return QCoreApplication::translate("Api::ConnectionProfile", "Local");
}

QString ConnectionProfile::cloudName()
{
    return QCoreApplication::translate("Api::ConnectionProfile", "Nextmv Cloud");
}

ConnectionProfile ConnectionProfile::local()
{
    return {localName(), Kind::Local, {}};
}

ConnectionProfile ConnectionProfile::cloud()
{
    return {cloudName(), Kind::Cloud, QUrl(QStringLiteral("https://api.cloud.nextmv.io"))};
}

Result<void> ConnectionProfile::validateEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Error::validation(QCoreApplication::translate(
            "Api::ConnectionProfile", "Enter a URL such as https://api.cloud.nextmv.io."));
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (url.scheme() == QLatin1String("http") && !loopback)
        return Error::validation(QCoreApplication::translate(
            "Api::ConnectionProfile",
            "Only https is allowed for servers other than this computer: the API key would "
            "travel unencrypted."));
    return {};
}

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> list{ConnectionProfile::local(), ConnectionProfile::cloud()};
    const int count = m_settings.beginReadArray(customGroup);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        list.append({m_settings.value(QStringLiteral("name")).toString(),
                     ConnectionProfile::Kind::Custom,
                     QUrl(m_settings.value(QStringLiteral("endpoint")).toString())});
    }
    m_settings.endArray();
    return list;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

Result<void> ProfileStore::saveCustom(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return Error::validation(
            QCoreApplication::translate("Api::ConnectionProfile", "The connection needs a name."));
    if (auto valid = ConnectionProfile::validateEndpoint(profile.endpoint); !valid)
        return valid;
    QList<ConnectionProfile> custom;
    for (const ConnectionProfile &p : profiles()) {
        if (p.kind == ConnectionProfile::Kind::Custom && p.name != profile.name)
            custom.append(p);
        else if (p.kind != ConnectionProfile::Kind::Custom && p.name == profile.name)
            return Error::validation(QCoreApplication::translate("Api::ConnectionProfile",
                                                                 "'%1' is a built-in connection.")
                                         .arg(profile.name));
    }
    custom.append(profile);
    writeCustom(custom);
    return {};
}

void ProfileStore::removeCustom(const QString &name)
{
    QList<ConnectionProfile> custom;
    for (const ConnectionProfile &p : profiles()) {
        if (p.kind == ConnectionProfile::Kind::Custom && p.name != name)
            custom.append(p);
    }
    writeCustom(custom);
}

void ProfileStore::writeCustom(const QList<ConnectionProfile> &custom)
{
    m_settings.remove(customGroup);
    m_settings.beginWriteArray(customGroup, int(custom.size()));
    for (int i = 0; i < custom.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), custom.at(i).name);
        m_settings.setValue(QStringLiteral("endpoint"), custom.at(i).endpoint.toString());
    }
    m_settings.endArray();
}

QString ProfileStore::lastProfile() const
{
    return m_settings.value(QStringLiteral("connections/last"), ConnectionProfile::localName())
        .toString();
}

void ProfileStore::setLastProfile(const QString &name)
{
    m_settings.setValue(QStringLiteral("connections/last"), name);
}

QString ProfileStore::lastApplication(const QString &profile) const
{
    return m_settings.value(QStringLiteral("connections/app/") + profile).toString();
}

void ProfileStore::setLastApplication(const QString &profile, const QString &appId)
{
    m_settings.setValue(QStringLiteral("connections/app/") + profile, appId);
}

bool ProfileStore::keepLocalServerRunning() const
{
    return m_settings.value(QStringLiteral("connections/keepLocalServer"), false).toBool();
}

void ProfileStore::setKeepLocalServerRunning(bool keep)
{
    m_settings.setValue(QStringLiteral("connections/keepLocalServer"), keep);
}

} // namespace Api
