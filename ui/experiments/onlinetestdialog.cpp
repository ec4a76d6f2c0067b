// The shared part of the online test dialogs.
#include "onlinetestdialog.h"

#include "api/wire/createbody.h"

#include "api/client/nextmvservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

OnlineTestDialog::OnlineTestDialog(Api::NextmvService &service, const QString &appId,
                                   const QString &idPrefix, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_appId(appId)
    , m_generalError(new QLabel(this))
    , m_errors(m_generalError)
    , m_form(new QFormLayout)
    , m_id(new QLineEdit(Api::newEntityId(idPrefix), this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_id->setObjectName(QStringLiteral("testId"));
    m_name->setObjectName(QStringLiteral("testName"));
    m_description->setObjectName(QStringLiteral("testDescription"));
    m_description->setTabChangesFocus(true);
    // A few lines, in text lines rather than pixels.
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4);
    addField(tr("&ID:"), m_id, QStringLiteral("id"));
    addField(tr("&Name:"), m_name, QStringLiteral("name"));
    addField(tr("&Description:"), m_description, QStringLiteral("description"));

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // until the instances are in
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OnlineTestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OnlineTestDialog::reject);

    m_service.listInstances(m_appId, this, [this](const auto &instances) {
        if (!instances) {
            m_errors.show(instances.error());
            return;
        }
        QStringList ids;
        for (const auto &instance : instances.value())
            ids.append(instance.id);
        std::sort(ids.begin(), ids.end());
        setInstances(ids);
        if (ids.size() < 2)
            m_errors.showAt(
                {},
                tr("A test compares two instances; this app has %n.", nullptr, int(ids.size())));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ids.size() >= 2);
    });
}

void OnlineTestDialog::addField(const QString &label, QWidget *field, const QString &wireName)
{
    auto *error = new QLabel(this);
    m_errors.registerField(wireName, error);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(field);
    column->addWidget(error);
    m_form->addRow(label, column);
}

void OnlineTestDialog::finishLayout(const QString &createText)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(createText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);
}

QString OnlineTestDialog::id() const
{
    return m_id->text().trimmed();
}

QString OnlineTestDialog::name() const
{
    return m_name->text().trimmed();
}

QString OnlineTestDialog::description() const
{
    return m_description->toPlainText();
}

void OnlineTestDialog::accept()
{
    if (m_creating)
        return;
    m_errors.clear();
    if (name().isEmpty()) {
        m_errors.showAt(QStringLiteral("name"), tr("Give the test a name."));
        return;
    }
    m_creating = send();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_creating);
}

void OnlineTestDialog::finishCreate(const Api::Result<QString> &createdId)
{
    m_creating = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!createdId) {
        m_errors.show(createdId.error());
        return;
    }
    Q_EMIT testCreated(createdId.value());
    QDialog::accept();
}

} // namespace Ui
