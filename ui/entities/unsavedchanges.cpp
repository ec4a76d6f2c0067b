// The one question every form with unsaved edits asks before they could be lost.
#include "unsavedchanges.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Ui {

UnsavedChoice askAboutUnsavedChanges(QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("Ui::UnsavedChanges", "Unsaved Changes"),
                    QCoreApplication::translate("Ui::UnsavedChanges",
                                                "The form has changes that are not saved."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

} // namespace Ui
