// Light or dark: follows the platform (System) or forces a Fusion palette (Light, Dark), and
// tells whether the effective look is dark when that changes, whatever changed it. Widgets that
// draw their own colours (charts) follow the application palette, which this sets.
#pragma once

#include "ui/preferences/preferences.h"

#include <QObject>
#include <QPalette>

namespace Ui {

class ThemeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeController)

public:
    // Remembers the platform's style to return to it from a forced theme.
    explicit ThemeController(QObject *parent = nullptr);

    void setTheme(Preferences::Theme theme);
    Preferences::Theme theme() const { return m_theme; }
    bool isDark() const { return m_dark; }

    // Qt 6.4 has no QStyleHints::colorScheme(): a palette is dark when its text is lighter than
    // its window.
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();

Q_SIGNALS:
    void darkChanged(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateDark();

    Preferences::Theme m_theme = Preferences::Theme::System;
    QString m_platformStyle;
    bool m_dark;
};

} // namespace Ui
