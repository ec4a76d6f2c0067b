// Edits a name and a description.
#include "namedescriptiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Ui {

NameDescriptionDialog::NameDescriptionDialog(const QString &title, const QString &name,
                                             const QString &description, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_description(new QPlainTextEdit(description, this))
{
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(buttons);
}

QString NameDescriptionDialog::name() const
{
    return m_name->text().trimmed();
}

QString NameDescriptionDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

} // namespace Ui
