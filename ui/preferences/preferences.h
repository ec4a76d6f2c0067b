// The user's preferences (theme, language, default connection, how often run lists refresh,
// whether the Local server outlives the console), typed over QSettings. Whether the Local server
// keeps running belongs to Api::ProfileStore; this only passes it through, so both stay one.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace Api {
class ProfileStore;
}

namespace Ui {

class Preferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    static constexpr int defaultPollSeconds = 15;
    static constexpr int minPollSeconds = 5;
    static constexpr int maxPollSeconds = 300;

    Preferences(QSettings &settings, Api::ProfileStore &profiles, QObject *parent = nullptr);

    Theme theme() const;
    void setTheme(Theme theme);
    // A language with a translation (see availableLanguages()), or empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);
    // The connection the console opens at start; empty: the one used last.
    QString defaultConnection() const;
    void setDefaultConnection(const QString &profileName);
    // The default connection, or the last used one when there is none.
    QString startupConnection() const;
    // How often the run lists ask the server for runs started elsewhere.
    int pollSeconds() const;
    void setPollSeconds(int seconds);
    bool keepLocalServerRunning() const;
    void setKeepLocalServerRunning(bool keep);

    // The names of the saved connections, for choosing the default.
    QStringList connections() const;
    // "en" (the source language) and each language the console has a translation for, found
    // at run time (I18n::TranslationCatalog).
    static QStringList availableLanguages();

Q_SIGNALS:
    void themeChanged(Ui::Preferences::Theme theme);
    void languageChanged(const QString &language);
    void pollSecondsChanged(int seconds);
    void keepLocalServerRunningChanged(bool keep);

private:
    QSettings &m_settings;
    Api::ProfileStore &m_profiles;
};

} // namespace Ui
