// The Instances tab: each instance's version and run configuration in a form — options as a
// typed name/value table, execution class, queuing, secrets collection, integration — checked
// before sending; create, edit and delete, never losing unsaved edits silently.
#pragma once

#include "entitytab.h"

#include "api/dto/instance.h"
#include "api/dto/version.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace Api {
class NextmvService;
}

namespace Models {
template<typename T>
class EntityListModel;
}

namespace Ui {

class InstancesTab final : public EntityTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesTab)

public:
    explicit InstancesTab(QWidget *parent = nullptr);

    // The form's widgets, for tests that fill it as a user would.
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *versionBox() const { return m_version; }
    QTableWidget *optionsTable() const { return m_options; }
    void addOption(const QString &name, const QString &value);

protected:
    void load(Api::NextmvService &service, const QString &appId) override;
    void showItem(const QString &id) override;
    void startNew() override;
    void save() override;
    void removeCurrent() override;

private:
    void loadVersions();
    QList<Api::OptionSpec> knownOptions() const;
    void rebuildKnownOptionsMenu();
    std::optional<Api::Instance> instanceFromForm();
    void markDirty();

    Models::EntityListModel<Api::Instance> *m_instances;
    QString m_defaultInstance;
    bool m_creating = false;
    bool m_filling = false;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_version;
    QTableWidget *m_options;
    QLineEdit *m_executionClass;
    QSpinBox *m_priority;
    QCheckBox *m_queuingDisabled;
    QLineEdit *m_secrets;
    QLineEdit *m_integration;
    QList<Api::Version> m_versionList;
    QToolButton *m_knownOptions;
};

} // namespace Ui
