// The one question every form with unsaved edits asks before they could be lost.
#pragma once

#include <functional>

class QWidget;

namespace Ui {

enum class UnsavedChoice { Save, Discard, Cancel };

// Asks Save, Discard or Cancel in a window-modal box opened with open(), so polls and answers
// keep arriving while it waits, and returns at once; `answered` runs with the choice (Cancel
// when the box is closed otherwise). While `parent` already has this question open, a second
// one is not asked and `answered` never runs: the open one decides.
void askAboutUnsavedChanges(QWidget *parent, std::function<void(UnsavedChoice)> answered);

} // namespace Ui
