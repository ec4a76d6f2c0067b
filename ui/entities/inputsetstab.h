// The Input sets tab: the sets experiments run over, with their inputs; create one from
// selected managed inputs, from runs selected in the Runs tab, or by dropping a folder of JSON
// files (each is uploaded as an input, then the set is made); edit name and description.
#pragma once

#include "entitytab.h"

#include "api/dto/inputset.h"

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
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

class InputSetsTab final : public EntityTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputSetsTab)

public:
    explicit InputSetsTab(QWidget *parent = nullptr);

    void createFromRuns(const QStringList &runIds, const QString &name);
    void createFromInputs(const QStringList &inputIds, const QString &name);
    // Uploads every JSON file of the folder as a managed input, then makes the set of them.
    void createFromFolder(const QString &folder);

Q_SIGNALS:
    void inputSetCreated(const QString &id);

protected:
    void load(Api::NextmvService &service, const QString &appId) override;
    void showItem(const QString &id) override;
    void startNew() override;
    void save() override;
    void removeCurrent() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void create(const Api::InputSetRequest &request);

    Models::EntityListModel<Api::InputSet> *m_sets;
    QLabel *m_details;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QListWidget *m_inputs;
};

} // namespace Ui
