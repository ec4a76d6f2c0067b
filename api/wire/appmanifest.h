// What a pushed app folder needs to run (the "requirements" of the push flow), read from its
// app.yaml manifest or guessed from its files. Shared by the console's push and the server's.
#pragma once

#include <QJsonObject>
#include <QString>

namespace Api {

// executable_type (python | java | go | binary), runtime, and entrypoint / working_directory
// when the manifest names them.
QJsonObject requirementsFromFolder(const QString &folder);

} // namespace Api
