// File → New Application: ID (made up as Nextmv's SDK does, editable), name and description.
// Creates the application itself and stays open, showing the server's answer, when refused.
#pragma once

#include "api/client/pendingcall.h"
#include "ui/widgets/fielderrors.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Api {
class NextmvService;
}

namespace Ui {

class NewApplicationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewApplicationDialog)

public:
    NewApplicationDialog(Api::NextmvService &service, QWidget *parent = nullptr);

    QLineEdit *idField() const { return m_id; }
    QLineEdit *nameField() const { return m_name; }
    QString errorText() const;

Q_SIGNALS:
    void created(const QString &appId);

private:
    void create();

    Api::NextmvService &m_service;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    FieldErrors m_errors;
    QDialogButtonBox *m_buttons;
    Api::PendingCall m_call;
};

} // namespace Ui
