// Renames a run and edits its description.
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Ui {

class RunEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunEditDialog)

public:
    RunEditDialog(const QString &runId, const QString &name, const QString &description,
                  QWidget *parent = nullptr);

    QString name() const;
    QString description() const;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};

} // namespace Ui
