// The Inputs tab: managed inputs with their content (the same JSON viewer as runs); create by
// dropping one or many files (each becomes an input, large ones through the upload URL with
// progress) or from an existing run's input; edit name and description; delete.
#pragma once

#include "entitytab.h"

#include "api/dto/managedinput.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Api {
class NextmvService;
class Transfer;
} // namespace Api

namespace Models {
template<typename T>
class EntityListModel;
}

namespace Ui {

class JsonViewer;

class InputsTab final : public EntityTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputsTab)

public:
    explicit InputsTab(QWidget *parent = nullptr);

    // Each file becomes a managed input named after it; returns the transfers started.
    QList<Api::Transfer *> addFiles(const QStringList &paths);
    void addFromRun(const QString &runId);
    JsonViewer *viewer() const { return m_content; }
    QPushButton *runButton() const { return m_run; }

Q_SIGNALS:
    // "Run…": a new run reading this managed input.
    void runRequested(const QString &inputId, const QString &inputName);

protected:
    void load(Api::NextmvService &service, const QString &appId) override;
    void showItem(const QString &id) override;
    void startNew() override;
    void save() override;
    void removeCurrent() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    Models::EntityListModel<Api::ManagedInput> *m_inputs;
    QLabel *m_details;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    JsonViewer *m_content;
    QPushButton *m_run;
};

} // namespace Ui
