// Adds or edits a custom connection (name, https endpoint, API key), or asks for the key of
// an existing one. Says plainly when the key can only be kept for this session.
#pragma once

#include "api/session/connectionprofile.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Ui {

class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    enum class Mode { NewConnection, KeyOnly };

    ConnectionDialog(Mode mode, const Api::ConnectionProfile &profile, bool keysPersist,
                     const QString &reason, QWidget *parent = nullptr);

    Api::ConnectionProfile profile() const;
    QByteArray apiKey() const;
    void accept() override;

private:
    const Mode m_mode;
    Api::ConnectionProfile m_profile;
    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_key;
    QLabel *m_error;
};

} // namespace Ui
