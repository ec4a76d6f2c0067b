// New Input Set: an ID (made up as Nextmv's SDK does, editable), a name, and where the inputs
// come from: chosen managed inputs, or the runs of an instance in a time window (at most N).
#pragma once

#include "api/dto/inputset.h"
#include "api/dto/instance.h"
#include "api/dto/managedinput.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;

namespace Ui {

class NewInputSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewInputSetDialog)

public:
    enum Source { ManagedInputs, InstanceRuns };

    NewInputSetDialog(const QList<Api::ManagedInput> &inputs, const QList<Api::Instance> &instances,
                      QWidget *parent = nullptr);

    void setSource(Source source);
    void selectInputs(const QStringList &ids);
    void setInstanceWindow(const QString &instanceId, const QDateTime &start, const QDateTime &end,
                           int maximumRuns);
    QLineEdit *nameField() const { return m_name; }
    Api::InputSetRequest request() const;

    void accept() override;

private:
    QString validationError() const;

    QLineEdit *m_id;
    QLineEdit *m_name;
    QTabWidget *m_sources;
    QListWidget *m_inputs;
    QComboBox *m_instance;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QSpinBox *m_maximumRuns;
    QLabel *m_error;
};

} // namespace Ui
