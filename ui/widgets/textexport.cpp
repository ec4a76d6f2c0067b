// Saving exported text.
#include "ui/widgets/textexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ui::TextExport {

QString write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("Ui::TextExport", "Could not write %1: %2")
            .arg(path, file.errorString());
    return {};
}

QString askPath(QWidget *parent, const QString &title, const QString &suggestedName,
                const QString &filter)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggestedName);
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

bool askAndWrite(QWidget *parent, const QString &title, const QString &suggestedName,
                 const QString &filter, const QByteArray &bytes)
{
    const QString path = askPath(parent, title, suggestedName, filter);
    if (path.isEmpty())
        return false;
    const QString error = write(path, bytes);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    return true;
}

} // namespace Ui::TextExport
