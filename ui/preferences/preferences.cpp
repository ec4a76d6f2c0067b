// The user's preferences over QSettings.
#include "preferences.h"

#include "translations/translationcatalog.h"

#include "api/session/connectionprofile.h"

#include <QMetaEnum>
#include <QSettings>

#include <algorithm>

namespace Ui {

namespace {

const QString themeKey = QStringLiteral("preferences/theme");
const QString languageKey = QStringLiteral("preferences/language");
const QString defaultConnectionKey = QStringLiteral("preferences/defaultConnection");
const QString pollSecondsKey = QStringLiteral("preferences/pollSeconds");

// Stored by name ("Dark"), so the file stays readable and survives reordering the enum.
QMetaEnum themeEnum()
{
    return QMetaEnum::fromType<Preferences::Theme>();
}

} // namespace

Preferences::Preferences(QSettings &settings, Api::ProfileStore &profiles, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(profiles)
{
}

Preferences::Theme Preferences::theme() const
{
    bool ok = false;
    const int value =
        themeEnum().keyToValue(m_settings.value(themeKey).toString().toLatin1().constData(), &ok);
    return ok ? Theme(value) : Theme::System;
}

void Preferences::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    m_settings.setValue(themeKey, QString::fromLatin1(themeEnum().valueToKey(int(theme))));
    Q_EMIT themeChanged(theme);
}

QString Preferences::language() const
{
    const QString language = m_settings.value(languageKey).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void Preferences::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings.setValue(languageKey, language);
    Q_EMIT languageChanged(language);
}

QString Preferences::defaultConnection() const
{
    const QString name = m_settings.value(defaultConnectionKey).toString();
    return m_profiles.profile(name) ? name : QString(); // a removed connection: the last used
}

void Preferences::setDefaultConnection(const QString &profileName)
{
    m_settings.setValue(defaultConnectionKey, profileName);
}

QString Preferences::startupConnection() const
{
    const QString chosen = defaultConnection();
    return chosen.isEmpty() ? m_profiles.lastProfile() : chosen;
}

int Preferences::pollSeconds() const
{
    bool ok = false;
    const int seconds = m_settings.value(pollSecondsKey).toInt(&ok);
    return ok && seconds >= minPollSeconds && seconds <= maxPollSeconds ? seconds
                                                                        : defaultPollSeconds;
}

void Preferences::setPollSeconds(int seconds)
{
    seconds = std::clamp(seconds, minPollSeconds, maxPollSeconds);
    if (seconds == pollSeconds())
        return;
    m_settings.setValue(pollSecondsKey, seconds);
    Q_EMIT pollSecondsChanged(seconds);
}

bool Preferences::keepLocalServerRunning() const
{
    return m_profiles.keepLocalServerRunning();
}

void Preferences::setKeepLocalServerRunning(bool keep)
{
    if (keep == keepLocalServerRunning())
        return;
    m_profiles.setKeepLocalServerRunning(keep);
    Q_EMIT keepLocalServerRunningChanged(keep);
}

QStringList Preferences::connections() const
{
    QStringList names;
    for (const Api::ConnectionProfile &profile : m_profiles.profiles())
        names.append(profile.name);
    return names;
}

QStringList Preferences::availableLanguages()
{
    return I18n::TranslationCatalog::availableLanguages();
}

} // namespace Ui
