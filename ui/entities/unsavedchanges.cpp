// The one question every form with unsaved edits asks before they could be lost.
#include "unsavedchanges.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Ui {

void askAboutUnsavedChanges(QWidget *parent, std::function<void(UnsavedChoice)> answered)
{
    const QString name = QStringLiteral("unsavedChanges");
    const auto *open = parent->findChild<QMessageBox *>(name, Qt::FindDirectChildrenOnly);
    if (open && open->isVisible())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, QCoreApplication::translate("Ui::UnsavedChanges", "Unsaved Changes"),
        QCoreApplication::translate("Ui::UnsavedChanges",
                                    "The form has changes that are not saved."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setObjectName(name);
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, answered = std::move(answered)] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            answered(UnsavedChoice::Save);
            break;
        case QMessageBox::Discard:
            answered(UnsavedChoice::Discard);
            break;
        default:
            answered(UnsavedChoice::Cancel);
            break;
        }
    });
    box->open();
}

} // namespace Ui
