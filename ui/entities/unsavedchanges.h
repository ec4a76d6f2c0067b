// The one question every form with unsaved edits asks before they could be lost.
#pragma once

class QWidget;

namespace Ui {

enum class UnsavedChoice { Save, Discard, Cancel };

UnsavedChoice askAboutUnsavedChanges(QWidget *parent);

} // namespace Ui
