// Pushed app code on disk and the app contract's command line.
#include "executablestore.h"

#include "server/store/privatefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace Server {

namespace {

// A bundle that takes longer to unpack than this is refused.
constexpr int tarTimeoutMs = 120 * 1000;

bool copyRecursively(const QString &source, const QString &target)
{
    const QDir sourceDir(source);
    if (!PrivateFiles::makePath(target))
        return false;
    QDirIterator it(source, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString destination = QDir(target).filePath(sourceDir.relativeFilePath(path));
        if (info.isDir()) {
            if (!PrivateFiles::makePath(destination))
                return false;
        } else if (!QFile::copy(path, destination)) {
            return false;
        } else {
            QFile::setPermissions(destination, PrivateFiles::ownerOnly(info.permissions()));
        }
    }
    return true;
}

// True when the relative path stays inside its folder (no "..", not absolute).
bool isContained(const QString &relative)
{
    const QString clean = QDir::cleanPath(relative);
    return !QDir::isAbsolutePath(clean) && clean != QLatin1String("..") &&
        !clean.startsWith(QLatin1String("../"));
}

QString executableName(const QString &base)
{
#ifdef Q_OS_WIN
    return base + QStringLiteral(".exe");
#else
    return base;
#endif
}

QString pythonProgram()
{
    for (const char *name : {"python3", "python"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return QStringLiteral("python3");
}

} // namespace

ExecutableStore::ExecutableStore(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_running(std::make_unique<QObject>())
{
}

ExecutableStore::~ExecutableStore()
{
    // Unpacks still running report to no one: their handlers' context is being torn down.
    for (QProcess *tar : m_running->findChildren<QProcess *>()) {
        tar->disconnect();
        tar->kill();
        tar->waitForFinished(5000);
    }
}

QString ExecutableStore::absolute(const QString &relative) const
{
    return QDir(m_dataDir).filePath(relative);
}

std::unique_ptr<QProcess> ExecutableStore::startTar(const QString &id, const QString &tarGzPath,
                                                    Api::Error &error) const
{
    const QString relative = QStringLiteral("executables/") + id;
    const QString target = absolute(relative);
    if (!QDir().mkpath(target)) {
        error = Api::Error::io(QStringLiteral("cannot create %1").arg(target));
        return nullptr;
    }
    // tar ships with every supported OS (Windows 10+ included) and handles gzip for us.
    auto tar = std::make_unique<QProcess>();
    tar->setProcessChannelMode(QProcess::MergedChannels);
    tar->setProperty("relative", relative);
    tar->setProperty("target", target);
    tar->start(QStringLiteral("tar"),
               {QStringLiteral("-xzf"), tarGzPath, QStringLiteral("-C"), target});
    return tar;
}

Api::Result<QString> ExecutableStore::tarResult(QProcess &tar)
{
    if (tar.state() == QProcess::NotRunning && tar.exitStatus() == QProcess::NormalExit &&
        tar.error() == QProcess::UnknownError && tar.exitCode() == 0)
        return tar.property("relative").toString();
    const QString output = QString::fromLocal8Bit(tar.readAll()).trimmed();
    QDir(tar.property("target").toString()).removeRecursively();
    return Api::Error::validation(
        QStringLiteral("the pushed bundle is not a valid .tar.gz archive: %1")
            .arg(output.isEmpty() ? tar.errorString() : output));
}

void ExecutableStore::importBundle(const QString &id, const QString &tarGzPath,
                                   std::function<void(Api::Result<QString>)> done)
{
    Api::Error error;
    auto started = startTar(id, tarGzPath, error);
    if (!started) {
        done(error);
        return;
    }
    QProcess *tar = started.release();
    tar->setParent(m_running.get());
    auto finish = [tar, done = std::move(done)] {
        if (tar->property("reported").toBool())
            return;
        tar->setProperty("reported", true);
        tar->deleteLater();
        done(tarResult(*tar));
    };
    QObject::connect(tar, &QProcess::finished, tar, finish);
    QObject::connect(tar, &QProcess::errorOccurred, tar, [tar, finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish();
    });
    QTimer::singleShot(tarTimeoutMs, tar, [tar] { tar->kill(); });
}

Api::Result<QString> ExecutableStore::importDirectory(const QString &id, const QString &sourceDir)
{
    const QString relative = QStringLiteral("executables/") + id;
    if (!copyRecursively(sourceDir, absolute(relative))) {
        QDir(absolute(relative)).removeRecursively();
        return Api::Error::io(QStringLiteral("cannot copy %1").arg(sourceDir));
    }
    return relative;
}

Api::Result<QString> ExecutableStore::importExecutable(const QString &id,
                                                       const QString &executablePath)
{
    const QString relative = QStringLiteral("executables/") + id;
    const QString target = absolute(relative);
    if (!PrivateFiles::makePath(target))
        return Api::Error::io(QStringLiteral("cannot create %1").arg(target));
    const QString destination = QDir(target).filePath(executableName(QStringLiteral("main")));
    if (!QFile::copy(executablePath, destination))
        return Api::Error::io(QStringLiteral("cannot copy %1").arg(executablePath));
    // QFile::copy gives the copy the source's permissions, group and other bits included.
    QFile::setPermissions(destination,
                          PrivateFiles::ownerOnly(QFile::permissions(destination)) |
                              QFile::ExeOwner | QFile::ReadOwner);
    return relative;
}

Api::Result<AppCommand> ExecutableStore::command(const QString &directory,
                                                 const QJsonObject &requirements) const
{
    const QString root = absolute(directory);
    const QString type = requirements.value(QStringLiteral("executable_type")).toString();
    QString workingDir = requirements.value(QStringLiteral("working_directory")).toString();
    QString entrypoint = requirements.value(QStringLiteral("entrypoint")).toString();
    if (workingDir.isEmpty())
        workingDir = QStringLiteral(".");
    if (!isContained(workingDir) || (!entrypoint.isEmpty() && !isContained(entrypoint)))
        return Api::Error::validation(
            QStringLiteral("entrypoint and working directory must stay inside the app folder"));

    AppCommand cmd;
    cmd.workingDirectory = QDir::cleanPath(QDir(root).filePath(workingDir));
    if (type == QLatin1String("python")) {
        if (entrypoint.isEmpty())
            entrypoint = QStringLiteral("main.py");
        cmd.program = pythonProgram();
        cmd.arguments = {QDir(root).filePath(entrypoint)};
    } else if (type == QLatin1String("java")) {
        if (entrypoint.isEmpty())
            entrypoint = QStringLiteral("main.jar");
        cmd.program = QStringLiteral("java");
        cmd.arguments = {QStringLiteral("-XX:MaxRAMPercentage=90"), QStringLiteral("-jar"),
                         QDir(root).filePath(entrypoint)};
    } else {
        if (entrypoint.isEmpty())
            entrypoint = executableName(QStringLiteral("main"));
        cmd.program = QDir::cleanPath(QDir(root).filePath(entrypoint));
        if (!QFileInfo(cmd.program).isExecutable())
            return Api::Error::validation(
                QStringLiteral("the app has no executable '%1'").arg(entrypoint));
    }
    return cmd;
}

QStringList ExecutableStore::optionArguments(const QJsonObject &requirements,
                                             const QJsonObject &options)
{
    QStringList parts;
    const QJsonArray declared = requirements.value(QStringLiteral("options"))
                                    .toObject()
                                    .value(QStringLiteral("format"))
                                    .toObject()
                                    .value(QStringLiteral("template"))
                                    .toArray();
    for (const QJsonValue &part : declared)
        parts.append(part.toString());
    if (parts.isEmpty())
        parts = {QStringLiteral("-{{name}}"), QStringLiteral("{{value}}")};
    QStringList arguments;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        const QString value = it.value().toString();
        for (const QString &part : std::as_const(parts)) {
            // One pass, so a name or value holding "{{value}}" stays as it is.
            QString argument;
            for (qsizetype i = 0; i < part.size();) {
                if (part.mid(i, 8) == QLatin1String("{{name}}")) {
                    argument += it.key();
                    i += 8;
                } else if (part.mid(i, 9) == QLatin1String("{{value}}")) {
                    argument += value;
                    i += 9;
                } else {
                    argument += part.at(i++);
                }
            }
            arguments.append(argument);
        }
    }
    return arguments;
}

} // namespace Server
