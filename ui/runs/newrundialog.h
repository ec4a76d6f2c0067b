// Starts a new run: the instance (or an ensemble definition, whose run groups name the
// instances), options as name/value pairs, name and description, and the input — a JSON file
// (dropped, or picked) or pasted JSON. Validates before it lets the user go.
#pragma once

#include "api/client/nextmvservice.h"
#include "api/dto/ensemble.h"
#include "api/dto/instance.h"
#include "api/dto/run.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace Ui {

class NewRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRunDialog)

public:
    explicit NewRunDialog(QWidget *parent = nullptr);

    void setInstances(const QList<Api::Instance> &instances, const QString &preferred);
    // Offered after the instances; `preferred` is chosen when given.
    void setEnsembles(const QList<Api::EnsembleDefinition> &definitions,
                      const QString &preferred = {});
    void setInputFile(const QString &path);
    void setPastedInput(const QString &text);
    // The run reads a managed input the server keeps: no file, no paste.
    void setManagedInput(const QString &inputId, const QString &name);
    void setName(const QString &name);
    void addOption(const QString &name, const QString &value);

    QString instanceId() const; // empty for an ensemble run
    QString ensembleDefinitionId() const; // empty for a run on an instance
    Api::RunInputSource input() const;
    Api::RunRequest request() const;

    void accept() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString validationError() const;

    QComboBox *m_instance;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QTableWidget *m_options;
    QTabWidget *m_inputTabs;
    QLineEdit *m_file;
    QPlainTextEdit *m_paste;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_managedInputId;
};

} // namespace Ui
