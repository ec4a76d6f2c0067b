// The console's icons: the application's own, and those of its actions, taken from the
// desktop's icon theme where it has them and from NextDesk's bundled copies where it has not.
#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ui::Icons {

// What an action does, not what its icon looks like: the theme decides that.
enum class ActionIcon {
    New,
    Open,
    Save, // also downloading a run's output or an input to a file
    Upload, // importing a file as an input or an app bundle
    Export,
    Copy,
    Delete,
    Find, // also the command palette
    NewRun,
    Rerun,
    Refresh,
    Cancel,
    NewExperiment,
    Compare,
    Connect,
    Server,
    Settings,
    About,
    Quit,
};

// Every value of ActionIcon, in declaration order.
QList<ActionIcon> allActionIcons();

// The freedesktop icon names asked of the desktop's theme, in order of preference.
QStringList themeNames(ActionIcon which);
// The bundled SVG shown when the theme has none of those names (no theme on Windows, macOS and
// offscreen; a theme that lacks the icon elsewhere).
QString fallbackPath(ActionIcon which);

// The icon for a menu entry, toolbar button or push button doing `which`.
QIcon action(ActionIcon which);

// NextDesk's own icon, from the PNGs rendered for each hicolor size.
QIcon application();

} // namespace Ui::Icons
