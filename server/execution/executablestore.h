// Pushed app code on disk: each push becomes an immutable folder under
// <data-dir>/executables/<id>/, so versions that snapshot it never change. Also knows how the
// app contract turns a folder + requirements into a command line.
#pragma once

#include "api/wire/result.h"

#include <QJsonObject>
#include <QStringList>

namespace Server {

struct AppCommand
{
    QString program;
    QStringList arguments;
    QString workingDirectory;
};

class ExecutableStore
{
    Q_DISABLE_COPY_MOVE(ExecutableStore)

public:
    explicit ExecutableStore(QString dataDir);

    // Each returns the new folder, relative to the data dir.
    Api::Result<QString> importBundle(const QString &id, const QString &tarGzPath);
    Api::Result<QString> importDirectory(const QString &id, const QString &sourceDir);
    Api::Result<QString> importExecutable(const QString &id, const QString &executablePath);

    // binary/go -> ./main, python -> python3 ./main.py, java -> java -jar main.jar, with the
    // manifest's entrypoint and working directory honoured.
    Api::Result<AppCommand> command(const QString &directory,
                                    const QJsonObject &requirements) const;
    // A run's options as arguments: each option through the pushed manifest's options format
    // (requirements.options.format.template, e.g. ["--{{name}}={{value}}"]), or as
    // "-name value" when the app declares none.
    static QStringList optionArguments(const QJsonObject &requirements, const QJsonObject &options);

private:
    QString absolute(const QString &relative) const;

    const QString m_dataDir;
};

} // namespace Server
