// What New Shadow Test and New Switchback Test share: ID, name and description, the app's
// instances (loaded when the dialog opens), errors under the field they name, and a create
// request that keeps the dialog open with the server's reason when it is refused.
#pragma once

#include "api/wire/result.h"
#include "ui/widgets/fielderrors.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Api {
class NextmvService;
}

namespace Ui {

class OnlineTestDialog : public QDialog
{
    Q_OBJECT

public:
    void accept() override;
    QString errorText() const { return m_errors.text(); }

Q_SIGNALS:
    void testCreated(const QString &id);

protected:
    // `idPrefix` makes the suggested ID the way Nextmv's SDK does ("shadow-…").
    OnlineTestDialog(Api::NextmvService &service, const QString &appId, const QString &idPrefix,
                     QWidget *parent);

    // Adds a labelled field with an error line under it for messages about `wireName`.
    void addField(const QString &label, QWidget *field, const QString &wireName);
    // Ends the form: the general error line and the buttons (Create is `createText`).
    void finishLayout(const QString &createText);
    // Called once the app's instances are known (sorted by ID).
    virtual void setInstances(const QStringList &instanceIds) = 0;
    // Checks the form (showing what is wrong with showAt) and sends the request; its answer
    // goes to finishCreate.
    virtual bool send() = 0;
    void finishCreate(const Api::Result<QString> &createdId);

    QString id() const;
    QString name() const;
    QString description() const;

    Api::NextmvService &m_service;
    const QString m_appId;
    QLabel *const m_generalError; // before m_errors, which is made with it
    FieldErrors m_errors;

private:
    QFormLayout *m_form;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QDialogButtonBox *m_buttons;
    bool m_creating = false;
};

} // namespace Ui
