// The Ensembles tab.
#include "ensemblestab.h"

#include "api/client/nextmvservice.h"
#include "api/wire/createbody.h"
#include "api/wire/identifier.h"
#include "models/ensembles/ensembledefinitionmodels.h"
#include "models/entitylistmodel.h"
#include "ui/widgets/choicedelegate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

namespace {

QTableView *editableTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setItemDelegate(new ChoiceDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch();
    return row;
}

int currentRow(const QTableView *table)
{
    return table->currentIndex().isValid() ? table->currentIndex().row() : -1;
}

} // namespace

EnsemblesTab::EnsemblesTab(QWidget *parent)
    : EntityTab(new Models::EnsembleListModel(Models::ensembleColumns()), parent)
    , m_definitions(static_cast<Models::EnsembleListModel *>(m_model))
    , m_groups(new Models::EnsembleRunGroupsModel(this))
    , m_rules(new Models::EnsembleRulesModel(this))
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_groupTable(editableTable(m_groups, QStringLiteral("runGroups"), this))
    , m_ruleTable(editableTable(m_rules, QStringLiteral("rules"), this))
    , m_addGroup(new QPushButton(tr("Add Group"), this))
    , m_removeGroup(new QPushButton(tr("Remove Group"), this))
    , m_addRule(new QPushButton(tr("Add Rule"), this))
    , m_removeRule(new QPushButton(tr("Remove Rule"), this))
    , m_ruleUp(new QPushButton(tr("Move Up"), this))
    , m_ruleDown(new QPushButton(tr("Move Down"), this))
    , m_duplicate(new QPushButton(tr("Duplicate as New…"), this))
    , m_run(new QPushButton(tr("Run…"), this))
{
    m_id->setObjectName(QStringLiteral("ensembleId"));
    m_name->setObjectName(QStringLiteral("ensembleName"));
    m_summary->setObjectName(QStringLiteral("ensembleSummary"));
    m_summary->setWordWrap(true);
    m_duplicate->setObjectName(QStringLiteral("duplicateEnsemble"));
    m_run->setObjectName(QStringLiteral("runEnsemble"));
    m_run->setToolTip(tr("Start an ensemble run: every group's runs, and the best child by the "
                         "rules becomes the run's answer"));
    m_ruleUp->setObjectName(QStringLiteral("ruleUp"));
    m_ruleDown->setObjectName(QStringLiteral("ruleDown"));
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4);

    auto *idError = new QLabel(this);
    auto *nameError = new QLabel(this);
    auto *groupsError = new QLabel(this);
    auto *rulesError = new QLabel(this);
    registerField(QStringLiteral("id"), idError);
    registerField(QStringLiteral("name"), nameError);
    registerField(QStringLiteral("run_groups"), groupsError);
    registerField(QStringLiteral("rules"), rulesError);

    auto *form = new QFormLayout;
    form->addRow(tr("&ID:"), m_id);
    form->addRow(QString(), idError);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("&Description:"), m_description);
    formLayout()->addLayout(form);
    formLayout()->addWidget(m_summary);
    formLayout()->addWidget(new QLabel(tr("Run groups (each runs its repetitions):"), this));
    formLayout()->addWidget(m_groupTable, 1);
    formLayout()->addLayout(buttonRow({m_addGroup, m_removeGroup}));
    formLayout()->addWidget(groupsError);
    formLayout()->addWidget(
        new QLabel(tr("Rules, first to last: each keeps the runs within tolerance of the best; "
                      "the next decides among those, then the earliest run:"),
                   this));
    formLayout()->addWidget(m_ruleTable, 1);
    formLayout()->addLayout(buttonRow({m_addRule, m_removeRule, m_ruleUp, m_ruleDown}));
    formLayout()->addWidget(rulesError);
    formLayout()->addLayout(buttonRow({m_duplicate, m_run}));

    const auto edited = [this] {
        if (!m_filling)
            setDirty(true);
    };
    connect(m_id, &QLineEdit::textEdited, this, edited);
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this, edited] {
        if (m_description->hasFocus())
            edited();
    });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_groups),
                                      static_cast<QAbstractItemModel *>(m_rules)}) {
        connect(model, &QAbstractItemModel::dataChanged, this, edited);
        connect(model, &QAbstractItemModel::rowsInserted, this, edited);
        connect(model, &QAbstractItemModel::rowsRemoved, this, edited);
        connect(model, &QAbstractItemModel::rowsMoved, this, edited);
    }
    connect(m_addGroup, &QPushButton::clicked, this, [this] { m_groups->addGroup(); });
    connect(m_removeGroup, &QPushButton::clicked, this,
            [this] { m_groups->removeGroup(currentRow(m_groupTable)); });
    connect(m_addRule, &QPushButton::clicked, this, [this] { m_rules->addRule(); });
    connect(m_removeRule, &QPushButton::clicked, this,
            [this] { m_rules->removeRule(currentRow(m_ruleTable)); });
    for (QPushButton *button : {m_ruleUp, m_ruleDown}) {
        connect(button, &QPushButton::clicked, this, [this, button] {
            const int row = currentRow(m_ruleTable);
            const int delta = button == m_ruleUp ? -1 : 1;
            if (m_rules->moveRule(row, delta))
                m_ruleTable->setCurrentIndex(m_rules->index(row + delta, 0));
        });
    }
    // Moving or adding rules can move the current row without a currentRowChanged.
    connect(m_ruleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EnsemblesTab::updateRuleButtons);
    connect(m_rules, &QAbstractItemModel::rowsMoved, this, &EnsemblesTab::updateRuleButtons);
    connect(m_rules, &QAbstractItemModel::rowsInserted, this, &EnsemblesTab::updateRuleButtons);
    connect(m_rules, &QAbstractItemModel::rowsRemoved, this, &EnsemblesTab::updateRuleButtons);
    connect(m_rules, &QAbstractItemModel::modelReset, this, &EnsemblesTab::updateRuleButtons);
    connect(m_duplicate, &QPushButton::clicked, this, &EnsemblesTab::duplicateCurrent);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT runRequested(currentId());
    });
    showItem({});
}

void EnsemblesTab::load(Api::NextmvService &service, const QString &appId)
{
    m_definitions->setLoader([&service, appId](QObject *context, auto done) {
        return service.listEnsembleDefinitions(appId, context, done);
    });
    loadChoices();
}

void EnsemblesTab::loadChoices()
{
    if (!m_service || m_appId.isEmpty())
        return;
    const QString appId = m_appId;
    m_service->listInstances(appId, this, [this, appId](const auto &instances) {
        if (!instances || appId != m_appId)
            return;
        QStringList ids;
        for (const Api::Instance &instance : instances.value())
            ids.append(instance.id);
        m_groups->setInstances(ids);
    });
    // The statistics the app's newest runs report are the paths worth offering.
    m_service->listRuns(appId, {}, this, [this, appId](const Api::Result<Api::RunPage> &page) {
        if (!page || appId != m_appId)
            return;
        QStringList paths;
        for (const Api::RunSummary &run : page->runs) {
            for (const Api::Indicator &indicator : run.statistics) {
                if (!paths.contains(indicator.name))
                    paths.append(indicator.name);
            }
        }
        paths.sort();
        m_rules->setStatisticPaths(paths);
    });
}

void EnsemblesTab::setEditable(bool editable)
{
    m_id->setReadOnly(!editable);
    m_groups->setReadOnly(!editable);
    m_rules->setReadOnly(!editable);
    for (QPushButton *button : {m_addGroup, m_removeGroup, m_addRule, m_removeRule})
        button->setEnabled(editable);
    updateRuleButtons();
}

void EnsemblesTab::updateRuleButtons()
{
    const int row = currentRow(m_ruleTable);
    const bool editable = m_creating;
    m_ruleUp->setEnabled(editable && row > 0);
    m_ruleDown->setEnabled(editable && row >= 0 && row + 1 < m_rules->rowCount());
}

void EnsemblesTab::showItem(const QString &id)
{
    m_filling = true;
    m_creating = false;
    const int row = m_definitions->rowOf(id);
    const Api::EnsembleDefinition definition =
        row >= 0 ? m_definitions->item(row) : Api::EnsembleDefinition{};
    m_id->setText(definition.id);
    m_name->setText(definition.name);
    m_description->setPlainText(definition.description);
    m_groups->setGroups(definition.runGroups);
    m_rules->setRules(definition.rules);
    setEditable(false);
    m_name->setEnabled(row >= 0);
    m_description->setEnabled(row >= 0);
    m_duplicate->setEnabled(row >= 0);
    m_run->setEnabled(row >= 0);
    m_summary->setText(row >= 0
                           ? tr("Its run groups and rules are fixed once made (the API renames a "
                                "definition, nothing more): Duplicate as New to change them.")
                           : tr("Select an ensemble definition, or make one with New…."));
    m_filling = false;
}

void EnsemblesTab::startNew()
{
    table()->selectionModel()->clear();
    showItem({});
    m_creating = true;
    m_name->setEnabled(true);
    m_description->setEnabled(true);
    setEditable(true);
    m_summary->setText(tr("A new definition: name it, add run groups and rules, then Save."));
    if (m_groups->rowCount() == 0)
        m_groups->addGroup();
    if (m_rules->rowCount() == 0)
        m_rules->addRule();
    m_id->setText(Api::newEntityId(QStringLiteral("ensemble"))); // as Nextmv's SDK makes one
    m_id->setFocus();
    setDirty(true);
}

void EnsemblesTab::duplicateCurrent()
{
    const int row = m_definitions->rowOf(currentId());
    if (row < 0)
        return;
    confirmLeave([this, source = m_definitions->item(row)] {
        startNew();
        m_filling = true;
        m_name->setText(tr("Copy of %1").arg(source.name.isEmpty() ? source.id : source.name));
        m_description->setPlainText(source.description);
        m_groups->setGroups(source.runGroups);
        m_rules->setRules(source.rules);
        m_filling = false;
    });
}

void EnsemblesTab::setNewId(const QString &id)
{
    m_id->setText(id);
}

void EnsemblesTab::setName(const QString &name)
{
    m_name->setText(name);
    setDirty(true);
}

std::optional<Api::EnsembleDefinition> EnsemblesTab::definitionFromForm()
{
    clearErrors();
    Api::EnsembleDefinition definition;
    const int row = m_definitions->rowOf(currentId());
    if (!m_creating && row >= 0)
        definition = m_definitions->item(row);
    definition.applicationId = m_appId;
    definition.name = m_name->text().trimmed();
    definition.description = m_description->toPlainText().trimmed();
    if (!m_creating)
        return definition;
    definition.id = m_id->text().trimmed();
    definition.runGroups = m_groups->groups();
    definition.rules = m_rules->rules();
    const auto refuse = [this](const char *field, const QString &message) {
        showError(
            Api::Error::validation(QStringLiteral("'%1': %2").arg(QLatin1String(field), message)));
        return std::nullopt;
    };
    if (definition.id.isEmpty() || !Api::isValidId(definition.id))
        return refuse("id", Api::idRuleText() + QLatin1Char('.'));
    if (definition.name.isEmpty())
        definition.name = definition.id;
    if (definition.runGroups.isEmpty())
        return refuse("run_groups", tr("add at least one run group."));
    for (const Api::EnsembleRunGroup &group : std::as_const(definition.runGroups)) {
        if (group.instanceId.isEmpty())
            return refuse("run_groups", tr("group %1 needs an instance.").arg(group.id));
    }
    if (definition.rules.isEmpty())
        return refuse("rules", tr("add at least one rule."));
    return definition;
}

void EnsemblesTab::save()
{
    if (!m_service)
        return;
    const auto definition = definitionFromForm();
    if (!definition)
        return;
    auto done = [this](const Api::Result<Api::EnsembleDefinition> &saved) {
        if (!saved) {
            showError(saved.error());
            return;
        }
        m_creating = false;
        setDirty(false);
        reloadAndSelect(saved->id);
    };
    if (m_creating)
        m_service->createEnsembleDefinition(m_appId, *definition, this, done);
    else
        m_service->updateEnsembleDefinition(m_appId, definition->id, definition->name,
                                            definition->description, this, done);
}

void EnsemblesTab::removeCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_service)
        return;
    askThenDelete(tr("ensemble definition %1").arg(id),
                  tr("Ensemble runs already made from it are kept."), [this, id] {
                      m_service->deleteEnsembleDefinition(m_appId, id, this,
                                                          [this](const Api::Result<bool> &gone) {
                                                              if (!gone) {
                                                                  showError(gone.error());
                                                                  return;
                                                              }
                                                              m_definitions->reload();
                                                          });
                  });
}

} // namespace Ui
