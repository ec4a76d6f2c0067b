// An app's app.yaml manifest read the way Nextmv's tooling (nextmv-py's Manifest and push)
// reads it: what to build, which files make the bundle, and the "requirements" a push sends.
// Shared by the console's push and the server's.
#pragma once

#include "api/wire/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Api {

class AppManifest
{
    Q_DECLARE_TR_FUNCTIONS(Api::AppManifest)

public:
    static QString fileName() { return QStringLiteral("app.yaml"); }

    QString type = QStringLiteral("python"); // python | go | java | binary (tooling default)
    QString runtime; // as written; empty when the manifest names none
    // Glob patterns in order; "!" excludes, "dir/" means "dir/*". nullopt: no "files" key.
    std::optional<QStringList> files;
    QString pipRequirementsFile; // python.pip-requirements naming a file
    QStringList pipRequirements; // python.pip-requirements as a list of packages
    QString buildCommand; // run without a shell, split on spaces
    QList<std::pair<QString, QString>> buildEnvironment; // for the build command only
    QString prePush; // run through the shell after the build command
    QString entrypoint; // execution.entrypoint
    QString workingDirectory; // execution.cwd
    QJsonObject ioConfiguration; // configuration.content as the push sends it; empty if none
    QJsonObject options; // configuration.options as the push sends it; empty if none

    // Errors name the line: "line 7: …".
    static Result<AppManifest> parse(const QByteArray &yaml);
    // The folder's app.yaml; nullopt when it has none. Errors start with "app.yaml: ".
    static Result<std::optional<AppManifest>> readFolder(const QString &folder);

    // The runtime image of each type when the manifest names none, and the entrypoint a
    // type runs when execution.entrypoint is not given.
    static QString defaultRuntime(const QString &type);
    static QString defaultEntrypoint(const QString &type);

    // The body of PUT {app}/binary's "requirements": executable_type, runtime, and
    // io_configuration, options, entrypoint, working_directory when the manifest has them.
    QJsonObject requirements() const;

    // The files "files" selects under `folder`: relative, '/'-separated, sorted; refused when
    // a pattern matches nothing or the entrypoint is not among them (the tooling's checks).
    Result<QStringList> selectFiles(const QString &folder) const;
};

// The requirements a folder pushed with "nextdesk-server push" runs with: from its manifest,
// or guessed from its files (main.py: python, main.jar: java, else binary); runtime "local".
QJsonObject requirementsFromFolder(const QString &folder);

} // namespace Api
