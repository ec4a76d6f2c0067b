// Edits the name and description of something (a run, an experiment): the dialog behind every
// "Rename…".
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Ui {

class NameDescriptionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameDescriptionDialog)

public:
    NameDescriptionDialog(const QString &title, const QString &name, const QString &description,
                          QWidget *parent = nullptr);

    QString name() const;
    QString description() const;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
};

} // namespace Ui
