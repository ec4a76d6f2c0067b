// Pushed app code on disk: each push becomes an immutable folder under
// <data-dir>/executables/<id>/, so versions that snapshot it never change. Also knows how the
// app contract turns a folder + requirements into a command line.
#pragma once

#include "api/wire/result.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

class QObject;
class QProcess;

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
    ~ExecutableStore();

    // Unpacks a .tar.gz without blocking (tar may take a while): `done` gets the new folder,
    // relative to the data dir, from the event loop when tar ends, never after the store is
    // gone.
    void importBundle(const QString &id, const QString &tarGzPath,
                      std::function<void(Api::Result<QString>)> done);
    // Each returns the new folder, relative to the data dir.
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
    // Starts tar unpacking into the bundle's folder; null (with the error) when impossible.
    std::unique_ptr<QProcess> startTar(const QString &id, const QString &tarGzPath,
                                       Api::Error &error) const;
    static Api::Result<QString> tarResult(QProcess &tar);

    const QString m_dataDir;
    const std::unique_ptr<QObject> m_running; // parent of the tar processes in flight
};

} // namespace Server
