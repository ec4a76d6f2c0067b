// The Versions tab: the app's versions with what code each snapshots; create one from the
// current dev binary (pushing a local app folder or executable first, picked or dropped), edit
// name and description, delete, and compare two versions side by side.
#pragma once

#include "entitytab.h"

#include "api/dto/version.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Api {
class NextmvService;
class Transfer;
} // namespace Api

namespace Models {
template<typename T>
class EntityListModel;
}

namespace Ui {

class VersionsTab final : public EntityTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsTab)

public:
    explicit VersionsTab(QWidget *parent = nullptr);

    // Creates a version, pushing the code at pushPath first when it is given.
    void createVersion(const QString &id, const QString &name, const QString &description,
                       const QString &pushPath);
    void compareSelected();

Q_SIGNALS:
    void versionCreated(const QString &id);

protected:
    void load(Api::NextmvService &service, const QString &appId) override;
    void showItem(const QString &id) override;
    void startNew() override;
    void save() override;
    void removeCurrent() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openNewDialog(const QString &pushPath);

    Models::EntityListModel<Api::Version> *m_versions;
    QLabel *m_id;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_dates;
    QLabel *m_executable;
    QPlainTextEdit *m_requirements;
    QPushButton *m_compare;
};

} // namespace Ui
