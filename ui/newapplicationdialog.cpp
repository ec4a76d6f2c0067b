// Creates an application and reports the server's refusal in place.
#include "newapplicationdialog.h"

#include "api/client/nextmvservice.h"
#include "api/wire/createbody.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Ui {

NewApplicationDialog::NewApplicationDialog(Api::NextmvService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(new QLineEdit(Api::newEntityId(QStringLiteral("app")), this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_errors(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Application"));
    m_name->setPlaceholderText(tr("The ID when empty"));
    QPushButton *create = m_buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    create->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewApplicationDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_id, &QLineEdit::textChanged, this,
            [create](const QString &id) { create->setEnabled(!id.trimmed().isEmpty()); });
    auto *form = new QFormLayout(this);
    // A refusal naming a field shows under it; anything else above the buttons.
    const auto addField = [this, form](const QString &label, QWidget *field,
                                       const QString &wireName) {
        form->addRow(label, field);
        auto *error = new QLabel(this);
        form->addRow(QString(), error);
        m_errors.registerField(wireName, error);
    };
    addField(tr("&ID:"), m_id, QStringLiteral("id"));
    addField(tr("&Name:"), m_name, QStringLiteral("name"));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(m_errors.general());
    form->addRow(m_buttons);
}

QString NewApplicationDialog::errorText() const
{
    return m_errors.text();
}

void NewApplicationDialog::create()
{
    Api::Application app;
    app.id = m_id->text().trimmed();
    app.name = m_name->text().trimmed();
    app.description = m_description->toPlainText().trimmed();
    m_buttons->setEnabled(false);
    m_errors.clear();
    m_call = m_service.createApplication(app, this, [this](const auto &made) {
        m_buttons->setEnabled(true);
        if (!made) {
            m_errors.show(made.error());
            return;
        }
        Q_EMIT created(made->id);
        accept();
    });
}

} // namespace Ui
