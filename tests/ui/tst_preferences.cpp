// The preferences as a user keeps them: each one survives a restart (a fresh QSettings on the
// same file), unset or broken values read as the defaults, the Local-server choice stays the
// ProfileStore's one setting, and the Preferences dialog shows what is stored and writes only on
// OK or Apply.
#include "api/session/connectionprofile.h"
#include "support/consolefixture.h"
#include "ui/preferences/preferences.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/runs/runstab.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using Theme = Ui::Preferences::Theme;

namespace {

// Preferences over their own settings file, as one run of the console sees them.
struct Stored
{
    explicit Stored(const QString &path)
        : settings(path, QSettings::IniFormat)
    {
    }
    QSettings settings;
    Api::ProfileStore profiles{settings};
    Ui::Preferences preferences{settings, profiles};
};

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(settingsFile()); }

    void defaultsWhenUnset()
    {
        Stored stored(settingsFile());
        const Ui::Preferences &p = stored.preferences;
        QCOMPARE(p.theme(), Theme::System);
        QCOMPARE(p.language(), QString());
        QCOMPARE(p.defaultConnection(), QString());
        QCOMPARE(p.startupConnection(), stored.profiles.lastProfile());
        QCOMPARE(p.pollSeconds(), Ui::Preferences::defaultPollSeconds);
        QCOMPARE(p.keepLocalServerRunning(), false);
    }

    void everyPreferenceSurvivesARestart()
    {
        const QString cloud = Api::ConnectionProfile::cloudName();
        {
            Stored stored(settingsFile());
            Ui::Preferences &p = stored.preferences;
            QSignalSpy themeChanged(&p, &Ui::Preferences::themeChanged);
            QSignalSpy pollChanged(&p, &Ui::Preferences::pollSecondsChanged);
            p.setTheme(Theme::Dark);
            p.setTheme(Theme::Dark); // no change, no signal
            p.setLanguage(QStringLiteral("en"));
            p.setDefaultConnection(cloud);
            p.setPollSeconds(42);
            p.setKeepLocalServerRunning(true);
            QCOMPARE(themeChanged.size(), 1);
            QCOMPARE(themeChanged.first().first().value<Theme>(), Theme::Dark);
            QCOMPARE(pollChanged.size(), 1);
            QCOMPARE(pollChanged.first().first().toInt(), 42);
        }
        Stored restarted(settingsFile());
        const Ui::Preferences &p = restarted.preferences;
        QCOMPARE(p.theme(), Theme::Dark);
        QCOMPARE(p.language(), QStringLiteral("en"));
        QCOMPARE(p.defaultConnection(), cloud);
        QCOMPARE(p.startupConnection(), cloud);
        QCOMPARE(p.pollSeconds(), 42);
        QCOMPARE(p.keepLocalServerRunning(), true);

        restarted.preferences.setTheme(Theme::Light);
        restarted.settings.sync();
        QCOMPARE(Stored(settingsFile()).preferences.theme(), Theme::Light);
    }

    void brokenValuesReadAsDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown theme") << "preferences/theme" << QVariant(QStringLiteral("Purple"));
        QTest::newRow("theme as number") << "preferences/theme" << QVariant(2);
        QTest::newRow("untranslated language")
            << "preferences/language" << QVariant(QStringLiteral("xx"));
        QTest::newRow("removed connection")
            << "preferences/defaultConnection" << QVariant(QStringLiteral("Gone"));
        QTest::newRow("interval not a number")
            << "preferences/pollSeconds" << QVariant(QStringLiteral("often"));
        QTest::newRow("interval too short") << "preferences/pollSeconds" << QVariant(1);
        QTest::newRow("interval too long") << "preferences/pollSeconds" << QVariant(100000);
    }

    void brokenValuesReadAsDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        Stored stored(settingsFile());
        stored.settings.setValue(key, value);
        const Ui::Preferences &p = stored.preferences;
        QCOMPARE(p.theme(), Theme::System);
        QCOMPARE(p.language(), QString());
        QCOMPARE(p.defaultConnection(), QString());
        QCOMPARE(p.startupConnection(), stored.profiles.lastProfile());
        QCOMPARE(p.pollSeconds(), Ui::Preferences::defaultPollSeconds);
    }

    void intervalIsKeptInRange()
    {
        Stored stored(settingsFile());
        stored.preferences.setPollSeconds(1);
        QCOMPARE(stored.preferences.pollSeconds(), Ui::Preferences::minPollSeconds);
        stored.preferences.setPollSeconds(99999);
        QCOMPARE(stored.preferences.pollSeconds(), Ui::Preferences::maxPollSeconds);
    }

    // The File menu and the dialog change one setting, the one the console reads at exit.
    void keepLocalServerIsTheProfileStoresSetting()
    {
        Stored stored(settingsFile());
        QSignalSpy changed(&stored.preferences, &Ui::Preferences::keepLocalServerRunningChanged);
        stored.preferences.setKeepLocalServerRunning(true);
        QVERIFY(stored.profiles.keepLocalServerRunning());
        QCOMPARE(changed.size(), 1);
        stored.profiles.setKeepLocalServerRunning(false);
        QVERIFY(!stored.preferences.keepLocalServerRunning());
    }

    void englishIsAlwaysOffered()
    {
        QCOMPARE(Ui::Preferences::availableLanguages().value(0), QStringLiteral("en"));
    }

    // What changes in Preferences takes effect in the open window at once.
    void windowFollowsChangesLive()
    {
        TestSupport::ConsoleFixture console;
        Ui::Preferences &p = console.preferences;
        QCOMPARE(console.window.runsTab()->autoRefreshSeconds(),
                 Ui::Preferences::defaultPollSeconds);
        p.setPollSeconds(40);
        QCOMPARE(console.window.runsTab()->autoRefreshSeconds(), 40);

        auto *keep = console.window.findChild<QAction *>(QStringLiteral("keepLocalServer"));
        QVERIFY(keep && keep->isCheckable() && !keep->isChecked());
        keep->trigger(); // File → Keep Local Server Running After Exit
        QVERIFY(p.keepLocalServerRunning());
        QVERIFY(console.profiles.keepLocalServerRunning());
        p.setKeepLocalServerRunning(false); // from the dialog
        QVERIFY(!keep->isChecked());
    }

    void dialogShowsStoredValuesAndWritesOnOk()
    {
        Stored stored(settingsFile());
        Ui::Preferences &p = stored.preferences;
        p.setTheme(Theme::Light);
        p.setPollSeconds(30);
        p.setDefaultConnection(Api::ConnectionProfile::localName());

        Ui::PreferencesDialog dialog(p);
        dialog.show();
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        auto *connection = dialog.findChild<QComboBox *>(QStringLiteral("defaultConnection"));
        auto *poll = dialog.findChild<QSpinBox *>(QStringLiteral("pollSeconds"));
        auto *keep = dialog.findChild<QCheckBox *>(QStringLiteral("keepLocalServerRunning"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(theme && language && connection && poll && keep && note);
        QCOMPARE(theme->currentData().value<Theme>(), Theme::Light);
        QCOMPARE(language->currentData().toString(), QString()); // System
        QCOMPARE(connection->currentData().toString(), Api::ConnectionProfile::localName());
        QCOMPARE(poll->value(), 30);
        QVERIFY(!keep->isChecked());
        QVERIFY(!note->isVisible());

        theme->setCurrentIndex(theme->findData(QVariant::fromValue(Theme::Dark)));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QVERIFY(note->isVisible()); // no switching languages live
        connection->setCurrentIndex(0); // Last used
        poll->setValue(120);
        keep->setChecked(true);
        QCOMPARE(p.theme(), Theme::Light); // nothing written before OK
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(p.theme(), Theme::Dark);
        QCOMPARE(p.language(), QStringLiteral("en"));
        QCOMPARE(p.defaultConnection(), QString());
        QCOMPARE(p.pollSeconds(), 120);
        QVERIFY(p.keepLocalServerRunning());
    }

    void dialogCancelDiscardsAndApplyWrites()
    {
        Stored stored(settingsFile());
        Ui::Preferences &p = stored.preferences;
        {
            Ui::PreferencesDialog dialog(p);
            dialog.show();
            dialog.findChild<QSpinBox *>(QStringLiteral("pollSeconds"))->setValue(200);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
            QCOMPARE(p.pollSeconds(), Ui::Preferences::defaultPollSeconds);
        }
        Ui::PreferencesDialog dialog(p);
        dialog.show();
        dialog.findChild<QSpinBox *>(QStringLiteral("pollSeconds"))->setValue(200);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(p.pollSeconds(), 200);
        QVERIFY(dialog.isVisible()); // Apply keeps it open
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
