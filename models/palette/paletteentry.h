// One thing the command palette can find and do: an action of the menus, or an item of a tab
// (a run, an experiment, a version, …) that activating opens.
#pragma once

#include <QString>

#include <functional>

namespace Models {

struct PaletteEntry
{
    // Also the order of entries that score the same: actions first, then the tabs' items.
    enum class Kind { Action, Run, Experiment, Version, Instance, Input, InputSet, Ensemble };

    Kind kind = Kind::Action;
    QString title; // what is matched first and shown large: an action's text, an item's name
    QString detail; // also matched: an item's ID, an action's menu path and shortcut
    std::function<void()> activate;
    bool enabled = true;
};

} // namespace Models
