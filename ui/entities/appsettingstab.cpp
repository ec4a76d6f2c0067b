// The App Settings tab.
#include "appsettingstab.h"
#include "ui/widgets/statuscolors.h"

#include "unsavedchanges.h"

#include "api/client/nextmvservice.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

AppSettingsTab::AppSettingsTab(QWidget *parent)
    : QWidget(parent)
    , m_id(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_defaultInstance(new QComboBox(this))
    , m_defaultExperimentInstance(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_delete(new QPushButton(tr("Delete Application…"), this))
{
    StatusColors::makeErrorLabel(m_error);
    auto *form = new QFormLayout;
    form->addRow(tr("ID:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Default &instance:"), m_defaultInstance);
    form->addRow(tr("Default e&xperiment instance:"), m_defaultExperimentInstance);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    for (QComboBox *box : {m_defaultInstance, m_defaultExperimentInstance})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_delete, &QPushButton::clicked, this, &AppSettingsTab::deleteApplication);
    setDirty(false);
}

void AppSettingsTab::confirmLeave(std::function<void()> proceed)
{
    if (!m_dirty) {
        proceed();
        return;
    }
    askAboutUnsavedChanges(this, [this, proceed = std::move(proceed)](UnsavedChoice choice) {
        switch (choice) {
        case UnsavedChoice::Save:
            save(proceed); // stays until the save lands, and for good when it is refused
            break;
        case UnsavedChoice::Discard:
            load();
            setDirty(false);
            proceed();
            break;
        case UnsavedChoice::Cancel:
            break;
        }
    });
}

void AppSettingsTab::setService(Api::NextmvService *service)
{
    m_service = service;
    m_appId.clear();
}

void AppSettingsTab::setApplication(const QString &appId)
{
    m_appId = appId;
    load();
}

void AppSettingsTab::setDirty(bool dirty)
{
    if (m_filling)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty);
}

void AppSettingsTab::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString AppSettingsTab::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AppSettingsTab::load()
{
    if (!m_service || m_appId.isEmpty())
        return;
    const QString appId = m_appId;
    m_service->listApplications(
        this, [this, appId](const Api::Result<QList<Api::Application>> &apps) {
            if (!apps || appId != m_appId)
                return;
            for (const Api::Application &app : apps.value()) {
                if (app.id != appId)
                    continue;
                m_app = app;
                m_service->listInstances(
                    appId, this, [this, appId](const Api::Result<QList<Api::Instance>> &list) {
                        if (!list || appId != m_appId)
                            return;
                        m_filling = true;
                        m_id->setText(m_app.id);
                        m_name->setText(m_app.name);
                        m_description->setPlainText(m_app.description);
                        for (QComboBox *box : {m_defaultInstance, m_defaultExperimentInstance}) {
                            box->clear();
                            box->addItem(tr("latest (the pushed dev binary)"),
                                         QStringLiteral("latest"));
                            for (const Api::Instance &instance : list.value())
                                box->addItem(instance.id, instance.id);
                        }
                        m_defaultExperimentInstance->insertItem(0, tr("none"), QString());
                        m_defaultInstance->setCurrentIndex(
                            std::max(0, m_defaultInstance->findData(m_app.defaultInstance)));
                        m_defaultExperimentInstance->setCurrentIndex(
                            std::max(0,
                                     m_defaultExperimentInstance->findData(
                                         m_app.defaultExperimentInstance)));
                        m_filling = false;
                        setDirty(false);
                        showError({});
                    });
            }
        });
}

void AppSettingsTab::save(std::function<void()> saved)
{
    if (!m_service || m_app.id.isEmpty())
        return;
    Api::Application app = m_app; // keeps every field the form does not show
    app.name = m_name->text().trimmed();
    app.description = m_description->toPlainText().trimmed();
    app.defaultInstance = m_defaultInstance->currentData().toString();
    app.defaultExperimentInstance = m_defaultExperimentInstance->currentData().toString();
    if (app.name.isEmpty()) {
        showError(tr("The application needs a name."));
        return;
    }
    m_service->updateApplication(
        app, this, [this, saved = std::move(saved)](const Api::Result<Api::Application> &updated) {
            if (!updated) {
                showError(updated.error().message);
                return;
            }
            m_app = updated.value();
            setDirty(false);
            showError({});
            Q_EMIT applicationChanged(m_app.id);
            if (saved)
                saved();
        });
}

void AppSettingsTab::deleteApplication()
{
    if (!m_service || m_app.id.isEmpty())
        return;
    const QString appId = m_app.id;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("deleteApplication"));
    dialog->setWindowTitle(tr("Delete Application"));
    auto *text = new QLabel(tr("This deletes <b>%1</b> with all its versions, instances, runs, "
                               "inputs and experiments. It cannot be undone.<br>Type the "
                               "application ID to confirm:")
                                .arg(appId.toHtmlEscaped()),
                            dialog);
    text->setWordWrap(true);
    auto *typed = new QLineEdit(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *confirm = buttons->button(QDialogButtonBox::Ok);
    confirm->setText(tr("Delete Forever"));
    confirm->setEnabled(false);
    connect(typed, &QLineEdit::textChanged, dialog,
            [confirm, appId](const QString &t) { confirm->setEnabled(t == appId); });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(typed);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, typed, appId, service = m_service] {
        // The connection or application may have changed while the dialog was open.
        if (typed->text() != appId || m_service != service || m_appId != appId)
            return;
        m_service->deleteApplication(appId, this, [this, appId](const Api::Result<bool> &deleted) {
            if (!deleted) {
                showError(deleted.error().message);
                return;
            }
            m_app = {};
            m_appId.clear();
            Q_EMIT applicationDeleted(appId);
        });
    });
    dialog->open(); // window-modal, returning at once: polls and answers keep arriving
}

} // namespace Ui
