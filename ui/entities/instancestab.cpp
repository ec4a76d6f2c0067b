// The Instances tab.
#include "instancestab.h"

#include "api/client/nextmvservice.h"
#include "api/wire/createbody.h"
#include "api/wire/identifier.h"
#include "models/entitylistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

namespace Ui {

InstancesTab::InstancesTab(QWidget *parent)
    : EntityTab(new Models::InstanceListModel(Models::instanceColumns()), parent)
    , m_instances(static_cast<Models::InstanceListModel *>(m_model))
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_version(new QComboBox(this))
    , m_options(new QTableWidget(0, 2, this))
    , m_executionClass(new QLineEdit(this))
    , m_priority(new QSpinBox(this))
    , m_queuingDisabled(new QCheckBox(tr("Refuse runs when no capacity is free"), this))
    , m_secrets(new QLineEdit(this))
    , m_integration(new QLineEdit(this))
    , m_knownOptions(new QToolButton(this))
{
    m_knownOptions->setObjectName(QStringLiteral("knownOptions"));
    m_knownOptions->setText(tr("Add Known Option"));
    m_knownOptions->setPopupMode(QToolButton::InstantPopup);
    m_knownOptions->setMenu(new QMenu(m_knownOptions));
    m_knownOptions->setToolTip(tr("The options the selected version's app declares"));
    m_options->setHorizontalHeaderLabels({tr("Option"), tr("Value")});
    m_options->horizontalHeader()->setStretchLastSection(true);
    m_options->verticalHeader()->hide();
    m_priority->setRange(0, 9);
    m_priority->setSpecialValueText(tr("default (6)"));
    m_priority->setToolTip(tr("1 runs first, 9 last."));
    m_executionClass->setPlaceholderText(tr("e.g. 6c9500mb870s; the time limit is its suffix"));

    auto *addOption = new QPushButton(tr("Add Option"), this);
    auto *removeOption = new QPushButton(tr("Remove Option"), this);
    connect(addOption, &QPushButton::clicked, this, [this] {
        this->addOption({}, {});
        m_options->editItem(m_options->item(m_options->rowCount() - 1, 0));
    });
    connect(removeOption, &QPushButton::clicked, this, [this] {
        if (m_options->currentRow() >= 0) {
            m_options->removeRow(m_options->currentRow());
            markDirty();
        }
    });
    auto *optionButtons = new QHBoxLayout;
    optionButtons->addWidget(addOption);
    optionButtons->addWidget(removeOption);
    optionButtons->addWidget(m_knownOptions);
    optionButtons->addStretch(1);

    auto errorLabel = [this](const QString &field) {
        auto *label = new QLabel(this);
        registerField(field, label);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&ID:"), m_id);
    form->addRow(QString(), errorLabel(QStringLiteral("id")));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), errorLabel(QStringLiteral("name")));
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(QString(), errorLabel(QStringLiteral("version_id")));
    form->addRow(tr("&Options:"), m_options);
    form->addRow(QString(), optionButtons);
    form->addRow(QString(), errorLabel(QStringLiteral("configuration.options")));
    form->addRow(tr("&Execution class:"), m_executionClass);
    form->addRow(tr("&Queue priority:"), m_priority);
    form->addRow(QString(), errorLabel(QStringLiteral("configuration.queuing.priority")));
    form->addRow(QString(), m_queuingDisabled);
    form->addRow(tr("&Secrets collection:"), m_secrets);
    form->addRow(tr("&Integration:"), m_integration);
    formLayout()->addLayout(form);

    for (QLineEdit *edit : {m_id, m_name, m_executionClass, m_secrets, m_integration})
        connect(edit, &QLineEdit::textEdited, this, &InstancesTab::markDirty);
    connect(m_description, &QPlainTextEdit::textChanged, this, &InstancesTab::markDirty);
    connect(m_version, &QComboBox::currentIndexChanged, this, &InstancesTab::markDirty);
    connect(m_version, &QComboBox::currentIndexChanged, this,
            &InstancesTab::rebuildKnownOptionsMenu);
    connect(m_options, &QTableWidget::itemChanged, this, &InstancesTab::markDirty);
    connect(m_priority, &QSpinBox::valueChanged, this, &InstancesTab::markDirty);
    connect(m_queuingDisabled, &QCheckBox::toggled, this, &InstancesTab::markDirty);
    showItem({});
}

void InstancesTab::markDirty()
{
    if (!m_filling && (m_creating || !currentId().isEmpty()))
        setDirty(true);
}

void InstancesTab::load(Api::NextmvService &service, const QString &appId)
{
    m_instances->setLoader([&service, appId](QObject *context, auto done) {
        return service.listInstances(appId, context, done);
    });
    loadVersions();
    service.listApplications(this, [this, appId](const Api::Result<QList<Api::Application>> &apps) {
        if (!apps)
            return;
        for (const Api::Application &app : apps.value()) {
            if (app.id == appId)
                m_defaultInstance = app.defaultInstance;
        }
    });
}

void InstancesTab::loadVersions()
{
    const QString appId = m_appId;
    m_service->listVersions(
        appId, this, [this, appId](const Api::Result<QList<Api::Version>> &versions) {
            if (!versions || appId != m_appId)
                return;
            m_filling = true;
            m_versionList = versions.value();
            const QString current = m_version->currentData().toString();
            m_version->clear();
            for (const Api::Version &v : versions.value())
                m_version->addItem(v.name == v.id ? v.id : tr("%1 (%2)").arg(v.name, v.id), v.id);
            m_version->setCurrentIndex(std::max(0, m_version->findData(current)));
            m_filling = false;
        });
}

QList<Api::OptionSpec> InstancesTab::knownOptions() const
{
    const QString versionId = m_version->currentData().toString();
    for (const Api::Version &v : m_versionList) {
        if (v.id == versionId)
            return v.executable.optionSpecs();
    }
    return {};
}

void InstancesTab::rebuildKnownOptionsMenu()
{
    QMenu *menu = m_knownOptions->menu();
    menu->clear();
    const QList<Api::OptionSpec> specs = knownOptions();
    m_knownOptions->setEnabled(!specs.isEmpty());
    for (const Api::OptionSpec &spec : specs) {
        QAction *action = menu->addAction(tr("%1 (%2)").arg(spec.name, spec.type));
        action->setToolTip(spec.description);
        connect(action, &QAction::triggered, this, [this, spec] {
            addOption(spec.name, spec.defaultValue);
            markDirty();
        });
    }
}

void InstancesTab::addOption(const QString &name, const QString &value)
{
    const int row = m_options->rowCount();
    m_options->insertRow(row);
    m_options->setItem(row, 0, new QTableWidgetItem(name));
    m_options->setItem(row, 1, new QTableWidgetItem(value));
}

void InstancesTab::showItem(const QString &id)
{
    m_filling = true;
    m_creating = false;
    const int row = m_instances->rowOf(id);
    const Api::Instance instance = row >= 0 ? m_instances->item(row) : Api::Instance{};
    m_id->setText(instance.id);
    m_id->setReadOnly(true);
    m_name->setText(instance.name);
    m_description->setPlainText(instance.description);
    m_version->setCurrentIndex(std::max(0, m_version->findData(instance.versionId)));
    m_options->setRowCount(0);
    const QJsonObject &options = instance.configuration.options;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        addOption(it.key(), it.value().toString());
    const Api::InstanceConfiguration &c = instance.configuration;
    m_executionClass->setText(c.executionClass);
    m_priority->setValue(c.queuingPriority.value_or(0));
    m_queuingDisabled->setChecked(c.queuingDisabled);
    m_secrets->setText(c.secretsCollectionId);
    m_integration->setText(c.integrationId);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_description, m_version, m_options,
                                                       m_executionClass, m_priority,
                                                       m_queuingDisabled, m_secrets, m_integration})
        w->setEnabled(row >= 0);
    m_filling = false;
}

void InstancesTab::startNew()
{
    // No current row while creating, so picking any row afterwards passes the unsaved guard.
    table()->selectionModel()->clear();
    showItem({});
    m_creating = true;
    m_id->setReadOnly(false);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_description, m_version, m_options,
                                                       m_executionClass, m_priority,
                                                       m_queuingDisabled, m_secrets, m_integration})
        w->setEnabled(true);
    // An ID made up the way Nextmv's SDK does, shown so it can be changed before it is final.
    m_id->setText(Api::newEntityId(QStringLiteral("instance")));
    m_id->setFocus();
    m_id->selectAll();
    setDirty(true);
}

std::optional<Api::Instance> InstancesTab::instanceFromForm()
{
    const int row = m_instances->rowOf(currentId());
    // Editing keeps every field the form does not show (round-trip safe).
    Api::Instance instance = !m_creating && row >= 0 ? m_instances->item(row) : Api::Instance{};
    instance.applicationId = m_appId;
    instance.id = m_id->text().trimmed();
    instance.name = m_name->text().trimmed();
    instance.description = m_description->toPlainText().trimmed();
    instance.versionId = m_version->currentData().toString();
    if (m_creating && !instance.id.isEmpty() && !Api::isValidId(instance.id)) {
        showError(Api::Error::validation(QStringLiteral("'id': %1.").arg(Api::idRuleText())));
        return std::nullopt;
    }
    if (instance.versionId.isEmpty()) {
        showError(Api::Error::validation(tr("'version_id': choose the version to run.")));
        return std::nullopt;
    }
    QJsonObject options;
    for (int r = 0; r < m_options->rowCount(); ++r) {
        const QString name =
            m_options->item(r, 0) ? m_options->item(r, 0)->text().trimmed() : QString();
        const QString value = m_options->item(r, 1) ? m_options->item(r, 1)->text() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        if (name.isEmpty() || name.contains(QLatin1Char(' ')) || options.contains(name)) {
            showError(Api::Error::validation(
                tr("'configuration.options': each option needs a unique name without spaces "
                   "('%1').")
                    .arg(name)));
            return std::nullopt;
        }
        for (const Api::OptionSpec &spec : knownOptions()) {
            if (spec.name != name)
                continue;
            if (const QString problem = spec.checkValue(value); !problem.isEmpty()) {
                showError(
                    Api::Error::validation(QStringLiteral("'configuration.options': ") + problem));
                return std::nullopt;
            }
        }
        options.insert(name, value);
    }
    Api::InstanceConfiguration &c = instance.configuration;
    c.options = options;
    c.executionClass = m_executionClass->text().trimmed();
    c.queuingPriority =
        m_priority->value() > 0 ? std::optional<int>(m_priority->value()) : std::nullopt;
    c.queuingDisabled = m_queuingDisabled->isChecked();
    c.secretsCollectionId = m_secrets->text().trimmed();
    c.integrationId = m_integration->text().trimmed();
    return instance;
}

void InstancesTab::save()
{
    if (!m_service)
        return;
    const auto instance = instanceFromForm();
    if (!instance)
        return;
    auto done = [this](const Api::Result<Api::Instance> &saved) {
        if (!saved) {
            showError(saved.error());
            return;
        }
        m_creating = false;
        setDirty(false);
        reloadAndSelect(saved->id);
    };
    if (m_creating)
        m_service->createInstance(m_appId, *instance, this, done);
    else
        m_service->updateInstance(*instance, this, done);
}

void InstancesTab::removeCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_service)
        return;
    const QString consequences = id == m_defaultInstance
        ? tr("It is the application's default instance: the server will refuse until another "
             "default is chosen in App Settings.")
        : tr("Runs already made on it are kept.");
    askThenDelete(tr("instance %1").arg(id), consequences, [this, id] {
        m_service->deleteInstance(m_appId, id, this, [this](const Api::Result<bool> &deleted) {
            if (!deleted) {
                showError(deleted.error());
                return;
            }
            m_instances->reload();
        });
    });
}

} // namespace Ui
