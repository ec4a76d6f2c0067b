// Adds a custom connection, or asks for a connection's API key.
#include "connectiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Ui {

ConnectionDialog::ConnectionDialog(Mode mode, const Api::ConnectionProfile &profile,
                                   bool keysPersist, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_profile(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_endpoint(new QLineEdit(profile.endpoint.toString(), this))
    , m_key(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(mode == Mode::KeyOnly ? tr("API Key for %1").arg(profile.name)
                                         : tr("New Connection"));
    m_key->setEchoMode(QLineEdit::Password);
    m_endpoint->setPlaceholderText(QStringLiteral("https://api.cloud.nextmv.io"));
    m_error->setWordWrap(true);
    m_error->setVisible(!reason.isEmpty());
    m_error->setText(reason);
    auto *storage =
        new QLabel(keysPersist ? tr("The key is stored in your system keychain.")
                               : tr("No system keychain is available: the key is kept only "
                                    "until NextDesk quits, never written to disk."),
                   this);
    storage->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    if (mode == Mode::NewConnection) {
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Endpoint:"), m_endpoint);
    } else {
        m_name->hide();
        m_endpoint->hide();
        form->addRow(new QLabel(profile.endpoint.toString(), this));
    }
    form->addRow(tr("API &key:"), m_key);
    form->addRow(storage);
    form->addRow(m_error);
    form->addRow(buttons);
}

Api::ConnectionProfile ConnectionDialog::profile() const
{
    if (m_mode == Mode::KeyOnly)
        return m_profile;
    return {m_name->text().trimmed(), Api::ConnectionProfile::Kind::Custom,
            QUrl::fromUserInput(m_endpoint->text().trimmed())};
}

QByteArray ConnectionDialog::apiKey() const
{
    return m_key->text().trimmed().toUtf8();
}

void ConnectionDialog::accept()
{
    QString error;
    if (m_mode == Mode::NewConnection && profile().name.isEmpty())
        error = tr("Give the connection a name.");
    else if (auto valid = Api::ConnectionProfile::validateEndpoint(profile().endpoint); !valid)
        error = valid.error().message;
    else if (apiKey().isEmpty())
        error = tr("Enter the API key.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Ui
