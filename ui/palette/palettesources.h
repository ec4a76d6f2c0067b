// What the main window's command palette lists: every enabled action of the menus, and the
// items the tabs have loaded (runs, experiments, versions, instances, inputs, input sets,
// ensemble definitions), each opening its item in its tab.
#pragma once

#include "models/palette/paletteentry.h"

#include <QList>

class QMenuBar;

namespace Ui {

class CommandPalette;
class MainWindow;

namespace PaletteSources {

// The enabled, visible actions reachable from the menu bar (through submenus), titled without
// their mnemonic's '&', with the menu path and the shortcut as detail; activating triggers them.
QList<Models::PaletteEntry> menuActions(const QMenuBar *menuBar);

// Gives the palette the window's menu actions and its tabs' items.
void install(CommandPalette &palette, MainWindow &window);

} // namespace PaletteSources

} // namespace Ui
