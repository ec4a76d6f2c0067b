// The Ensembles tab: the app's ensemble definitions, and a form for one: its run groups
// (instance, options over the instance's, repetitions) and its rules (statistic path offered
// from the app's runs, objective, tolerance) in evaluation order, reorderable. The API renames
// a definition but changes nothing else, so an existing one's groups and rules are read-only;
// Duplicate starts a new definition from them. Run… starts an ensemble run of the definition.
#pragma once

#include "api/dto/ensemble.h"
#include "ui/entities/entitytab.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Models {
class EnsembleRulesModel;
class EnsembleRunGroupsModel;
template<typename T>
class EntityListModel;
} // namespace Models

namespace Ui {

class EnsemblesTab final : public EntityTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnsemblesTab)

public:
    explicit EnsemblesTab(QWidget *parent = nullptr);

    Models::EnsembleRunGroupsModel *runGroups() const { return m_groups; }
    Models::EnsembleRulesModel *rules() const { return m_rules; }
    // Starts a new definition with this one's groups and rules (and a free ID).
    void duplicateCurrent();
    // The form as a definition (a new one's checks shown at their fields when they fail).
    std::optional<Api::EnsembleDefinition> definitionFromForm();
    void setNewId(const QString &id);
    void setName(const QString &name);

Q_SIGNALS:
    // Run… asks to start an ensemble run of the definition (the Runs tab's New Run dialog).
    void runRequested(const QString &definitionId);

protected:
    void load(Api::NextmvService &service, const QString &appId) override;
    void showItem(const QString &id) override;
    void startNew() override;
    void save() override;
    void removeCurrent() override;

private:
    void setEditable(bool editable);
    void loadChoices();
    void updateRuleButtons();

    Models::EntityListModel<Api::EnsembleDefinition> *m_definitions;
    Models::EnsembleRunGroupsModel *m_groups;
    Models::EnsembleRulesModel *m_rules;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_summary;
    QTableView *m_groupTable;
    QTableView *m_ruleTable;
    QPushButton *m_addGroup;
    QPushButton *m_removeGroup;
    QPushButton *m_addRule;
    QPushButton *m_removeRule;
    QPushButton *m_ruleUp;
    QPushButton *m_ruleDown;
    QPushButton *m_duplicate;
    QPushButton *m_run;
    bool m_creating = false;
    bool m_filling = false;
};

} // namespace Ui
