// Saving text the user exports (CSV tables): asks where, writes it whole or not at all.
#pragma once

#include <QString>

class QWidget;

namespace Ui::TextExport {

// Writes atomically (QSaveFile); the error message, empty on success.
QString write(const QString &path, const QByteArray &bytes);

// Asks for a file name, suggesting `suggestedName` under Documents; empty when cancelled.
QString askPath(QWidget *parent, const QString &title, const QString &suggestedName,
                const QString &filter);

// Asks for a file name under Documents (suggested), then writes; reports a failure in a
// message box. False when the user cancelled or the write failed.
bool askAndWrite(QWidget *parent, const QString &title, const QString &suggestedName,
                 const QString &filter, const QByteArray &bytes);

} // namespace Ui::TextExport
