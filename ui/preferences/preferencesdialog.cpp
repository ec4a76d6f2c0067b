// The Preferences dialog.
#include "preferencesdialog.h"

#include "preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

PreferencesDialog::PreferencesDialog(Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(
          new QLabel(tr("A new language takes effect when NextDesk starts again."), this))
    , m_defaultConnection(new QComboBox(this))
    , m_pollSeconds(new QSpinBox(this))
    , m_keepLocalServer(
          new QCheckBox(tr("&Keep the Local server running after NextDesk quits"), this))
{
    setWindowTitle(tr("Preferences"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), QVariant::fromValue(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), QVariant::fromValue(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(Preferences::Theme::Dark));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System"), QString());
    for (const QString &language : Preferences::availableLanguages()) {
        const QLocale locale(language);
        // Each language in its own words, so that a user who cannot read this one finds theirs.
        m_language->addItem(language == QLatin1String("en") ? QStringLiteral("English")
                                                            : locale.nativeLanguageName(),
                            language);
    }
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() !=
                                   m_preferences.language());
    });

    m_defaultConnection->setObjectName(QStringLiteral("defaultConnection"));
    m_defaultConnection->addItem(tr("Last used"), QString());
    for (const QString &name : m_preferences.connections())
        m_defaultConnection->addItem(name, name);

    m_pollSeconds->setObjectName(QStringLiteral("pollSeconds"));
    m_pollSeconds->setRange(Preferences::minPollSeconds, Preferences::maxPollSeconds);
    m_pollSeconds->setSuffix(tr(" s", "seconds"));
    m_pollSeconds->setToolTip(
        tr("How often the run list asks the server for runs started elsewhere."));
    m_keepLocalServer->setObjectName(QStringLiteral("keepLocalServerRunning"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("Default &connection:"), m_defaultConnection);
    form->addRow(tr("Refresh run lists &every:"), m_pollSeconds);
    form->addRow(QString(), m_keepLocalServer);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    // Top to bottom, as the form reads.
    setTabOrder(m_theme, m_language);
    setTabOrder(m_language, m_defaultConnection);
    setTabOrder(m_defaultConnection, m_pollSeconds);
    setTabOrder(m_pollSeconds, m_keepLocalServer);
    setTabOrder(m_keepLocalServer, buttons);
    load();
}

void PreferencesDialog::load()
{
    m_theme->setCurrentIndex(m_theme->findData(QVariant::fromValue(m_preferences.theme())));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_preferences.language())));
    m_defaultConnection->setCurrentIndex(
        std::max(0, m_defaultConnection->findData(m_preferences.defaultConnection())));
    m_pollSeconds->setValue(m_preferences.pollSeconds());
    m_keepLocalServer->setChecked(m_preferences.keepLocalServerRunning());
}

void PreferencesDialog::apply()
{
    m_preferences.setTheme(m_theme->currentData().value<Preferences::Theme>());
    m_preferences.setLanguage(m_language->currentData().toString());
    m_preferences.setDefaultConnection(m_defaultConnection->currentData().toString());
    m_preferences.setPollSeconds(m_pollSeconds->value());
    m_preferences.setKeepLocalServerRunning(m_keepLocalServer->isChecked());
}

} // namespace Ui
