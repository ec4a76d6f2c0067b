// Edit → Preferences: shows the stored preferences and writes the changed ones on OK or Apply;
// Cancel leaves them as they were.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Ui {

class Preferences;

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Preferences &preferences, QWidget *parent = nullptr);

    // Writes what the form shows.
    void apply();

private:
    void load();

    Preferences &m_preferences;
    QComboBox *m_theme;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_defaultConnection;
    QSpinBox *m_pollSeconds;
    QCheckBox *m_keepLocalServer;
};

} // namespace Ui
