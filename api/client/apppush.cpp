// Pushes local app code to an application as its new dev binary.
#include "apppush.h"

#include "httpcall.h"
#include "nextmvclient.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QtConcurrent>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace Api {

namespace {

constexpr qsizetype outputTailBytes = 64 * 1024;
constexpr int failureLines = 10;

void appendTail(QByteArray &tail, const QByteArray &more)
{
    tail += more;
    if (tail.size() > outputTailBytes)
        tail.remove(0, tail.size() - outputTailBytes);
}

// The last lines a failed command wrote, stderr first as the tooling reports it.
QString lastLines(const QByteArray &stderrTail, const QByteArray &stdoutTail)
{
    const QByteArray &chosen = stderrTail.trimmed().isEmpty() ? stdoutTail : stderrTail;
    QStringList lines = QString::fromLocal8Bit(chosen).trimmed().split(QLatin1Char('\n'));
    if (lines.size() > failureLines)
        lines = lines.mid(lines.size() - failureLines);
    const QString text = lines.join(QLatin1Char('\n')).trimmed();
    return text.isEmpty() ? AppPush::tr("(it printed nothing)") : text;
}

// What the bundle holds when the manifest selects files: the selection, the manifest itself
// (the tooling writes it into every bundle) and, for a python app, its pip requirements.
// Copies them under `stage` and returns their paths relative to it, or the error. Runs on a
// worker thread; `canceled` stops it between files.
Result<QStringList> stageSelection(const QString &folder, const AppManifest &manifest,
                                   const QString &stage, const std::atomic_bool &canceled)
{
    auto selected = manifest.selectFiles(folder);
    if (!selected)
        return selected.error();
    QStringList copied = selected.value(); // from the app folder
    QStringList written; // made here
    const QDir source(folder);
    const QDir target(stage);
    // Nextmv's tooling does more for python apps: it resolves the pip requirements with uv and
    // installs the packages (binary wheels for Linux, arm64 unless python.arch says amd64, for
    // Python 3.11 unless python.version says otherwise) into .nextmv/python/deps inside the
    // bundle, where the runtime finds them, and leaves a requirements.lock beside them. We
    // install nothing: the bundle carries the requirements file only, so on Nextmv Cloud the
    // app has just the packages its runtime image brings.
    if (manifest.type == QLatin1String("python")) {
        const QString requirements = QStringLiteral("requirements.txt");
        if (!manifest.pipRequirements.isEmpty() && !copied.contains(requirements)) {
            // A list of packages becomes requirements.txt, as the tooling writes it.
            QFile file(target.filePath(requirements));
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(manifest.pipRequirements.join(QLatin1Char('\n')).toUtf8() + '\n') < 0)
                return Error::io(AppPush::tr("Cannot write %1 into the bundle.").arg(requirements));
            written.append(requirements);
        }
        if (!manifest.pipRequirementsFile.isEmpty()) {
            const QString name = QDir::cleanPath(manifest.pipRequirementsFile);
            if (!QFileInfo(source.filePath(name)).isFile())
                return Error::validation(AppPush::tr("%1 names %2 as its pip requirements, but "
                                                     "the app folder has no such file.")
                                             .arg(AppManifest::fileName(), name));
            if (!copied.contains(name))
                copied.append(name);
        }
    }
    if (!copied.contains(AppManifest::fileName()))
        copied.append(AppManifest::fileName());
    for (const QString &file : std::as_const(copied)) {
        if (canceled)
            return Error{Error::Kind::Canceled, 0, AppPush::tr("Canceled."), {}};
        const QString to = target.filePath(file);
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(source.filePath(file), to))
            return Error::io(AppPush::tr("Cannot copy %1 into the bundle.").arg(file));
        QFile::setPermissions(to, QFileInfo(source.filePath(file)).permissions());
    }
    QStringList files = copied + written;
    files.sort();
    return files;
}

// Lets a killed (or finished) process go without waiting for it: it deletes itself once it
// has ended, so neither the GUI thread blocks nor a later attempt hears from it.
void retire(std::unique_ptr<QProcess> &owned)
{
    if (!owned)
        return;
    QProcess *process = owned.release();
    process->disconnect();
    if (process->state() == QProcess::NotRunning) {
        delete process;
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QObject::connect(process, &QProcess::errorOccurred, process, &QObject::deleteLater);
}

} // namespace

AppPush::AppPush(NextmvClient &client, QString appId, QString path)
    : Transfer(Direction::Upload, tr("Push %1").arg(QFileInfo(path).fileName()))
    , m_client(client)
    , m_appId(std::move(appId))
    , m_path(std::move(path))
{
    m_commandTimer.setSingleShot(true);
    connect(&m_commandTimer, &QTimer::timeout, this, [this] {
        m_commandTimedOut = true;
        stopCommand();
    });
}

AppPush::~AppPush()
{
    abort();
}

void AppPush::track(HttpCall *call)
{
    m_call = call;
    connect(call, &HttpCall::failed, this, [this](const Error &error) { fail(error); });
}

void AppPush::run()
{
    ++m_attempt;
    m_manifest.reset();
    m_requirements = {};
    const QFileInfo source(m_path);
    if (!source.exists()) {
        fail(Error::io(tr("%1 does not exist.").arg(m_path)));
        return;
    }
    m_stage = std::make_shared<QTemporaryDir>();
    if (!m_stage->isValid()) {
        fail(Error::io(tr("Cannot create a temporary folder to pack the app in.")));
        return;
    }
    m_folder = source.absoluteFilePath();
    if (source.isFile()) {
        // A single executable becomes ./main, the app contract's default entrypoint.
        if (!source.isExecutable()) {
            fail(Error::validation(tr("%1 is not an executable program; push its folder (with "
                                      "app.yaml) instead.")
                                       .arg(source.fileName())));
            return;
        }
        m_folder = m_stage->filePath(QStringLiteral("app"));
        QDir().mkpath(m_folder);
        const QString main = QDir(m_folder).filePath(QStringLiteral("main"));
        if (!QFile::copy(source.absoluteFilePath(), main)) {
            fail(Error::io(tr("Cannot stage %1.").arg(m_path)));
            return;
        }
        QFile::setPermissions(main, QFile::permissions(main) | QFile::ExeOwner | QFile::ReadOwner);
        m_requirements = {
            {QStringLiteral("executable_type"), QStringLiteral("binary")},
            {QStringLiteral("runtime"), AppManifest::defaultRuntime(QStringLiteral("binary"))}};
        pack();
        return;
    }
    auto manifest = AppManifest::readFolder(m_folder);
    if (!manifest) {
        fail(manifest.error());
        return;
    }
    m_manifest = std::move(manifest).value();
    if (!m_manifest) {
        // No manifest: what the folder holds says which kind of app it is.
        QString type = QStringLiteral("binary");
        if (QFileInfo::exists(QDir(m_folder).filePath(QStringLiteral("main.py"))))
            type = QStringLiteral("python");
        else if (QFileInfo::exists(QDir(m_folder).filePath(QStringLiteral("main.jar"))))
            type = QStringLiteral("java");
        m_requirements = {{QStringLiteral("executable_type"), type},
                          {QStringLiteral("runtime"), AppManifest::defaultRuntime(type)}};
        pack();
        return;
    }
    m_requirements = m_manifest->requirements();
    // The tooling's order: the build command, then the pre-push command, then packing.
    if (!m_manifest->buildCommand.isEmpty())
        runCommand(Step::Build);
    else if (!m_manifest->prePush.isEmpty())
        runCommand(Step::PrePush);
    else
        pack();
}

void AppPush::runCommand(Step step)
{
    const quint64 attempt = m_attempt;
    m_command = std::make_unique<QProcess>();
    m_commandStdout.clear();
    m_commandStderr.clear();
    m_commandTimedOut = false;
    QProcess *process = m_command.get();
    process->setWorkingDirectory(m_folder);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString program;
    QStringList arguments;
    if (step == Step::Build) {
        // Run directly, not through a shell, split at spaces (no quoting), with the
        // manifest's build.environment on top of ours: as the tooling runs it.
        arguments = m_manifest->buildCommand.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        program = arguments.takeFirst();
        for (const auto &[name, value] : m_manifest->buildEnvironment)
            environment.insert(name, value);
    } else {
        // Through the shell: bash -c where a Unix shell is in use, else cmd /c on Windows and
        // sh -c elsewhere.
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        if (environment.contains(QStringLiteral("SHELL")) && !bash.isEmpty()) {
            program = bash;
            arguments = {QStringLiteral("-c"), m_manifest->prePush};
        } else {
#ifdef Q_OS_WIN
            program = QStringLiteral("cmd");
            arguments = {QStringLiteral("/c"), m_manifest->prePush};
#else
            program = QStringLiteral("sh");
            arguments = {QStringLiteral("-c"), m_manifest->prePush};
#endif
        }
    }
    process->setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    // Its own process group, so that a cancel or the time limit also stops what it started.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    connect(process, &QProcess::readyReadStandardOutput, this,
            [this, process] { appendTail(m_commandStdout, process->readAllStandardOutput()); });
    connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { appendTail(m_commandStderr, process->readAllStandardError()); });
    connect(process, &QProcess::finished, this,
            [this, attempt, step](int exitCode, QProcess::ExitStatus status) {
                if (attempt == m_attempt)
                    commandFinished(step, exitCode, status);
            });
    connect(process, &QProcess::errorOccurred, this,
            [this, attempt, step, program](QProcess::ProcessError error) {
                if (attempt != m_attempt || error != QProcess::FailedToStart)
                    return;
                m_commandTimer.stop();
                const QString reason = m_command->errorString();
                fail(Error::validation(step == Step::Build
                                           ? tr("Cannot run the build command of %1 (%2): %3")
                                                 .arg(AppManifest::fileName(), program, reason)
                                           : tr("Cannot run the pre-push command of %1 (%2): %3")
                                                 .arg(AppManifest::fileName(), program, reason)));
            });
    m_commandTimer.start(m_commandTimeLimit);
    process->start(program, arguments);
}

void AppPush::commandFinished(Step step, int exitCode, QProcess::ExitStatus status)
{
    m_commandTimer.stop();
    appendTail(m_commandStdout, m_command->readAllStandardOutput());
    appendTail(m_commandStderr, m_command->readAllStandardError());
    const QString command = step == Step::Build ? m_manifest->buildCommand : m_manifest->prePush;
    const QString output = lastLines(m_commandStderr, m_commandStdout);
    const QString seconds = QString::number(double(m_commandTimeLimit.count()) / 1000.0);
    const bool build = step == Step::Build;
    if (m_commandTimedOut) {
        fail(Error::validation(
            (build ? tr("The build command \"%1\" did not finish within %2 s and was stopped:\n%3")
                   : tr("The pre-push command \"%1\" did not finish within %2 s and was "
                        "stopped:\n%3"))
                .arg(command, seconds, output)));
        return;
    }
    if (status != QProcess::NormalExit) {
        fail(Error::validation((build ? tr("The build command \"%1\" crashed:\n%2")
                                      : tr("The pre-push command \"%1\" crashed:\n%2"))
                                   .arg(command, output)));
        return;
    }
    if (exitCode != 0) {
        fail(Error::validation(
            (build ? tr("The build command \"%1\" failed with exit code %2:\n%3")
                   : tr("The pre-push command \"%1\" failed with exit code %2:\n%3"))
                .arg(command, QString::number(exitCode), output)));
        return;
    }
    if (step == Step::Build && !m_manifest->prePush.isEmpty())
        runCommand(Step::PrePush);
    else
        pack();
}

void AppPush::stopCommand()
{
    m_commandTimer.stop();
    if (!m_command || m_command->state() == QProcess::NotRunning)
        return;
#ifdef Q_OS_UNIX
    if (const qint64 pid = m_command->processId(); pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    m_command->kill();
}

void AppPush::pack()
{
    setProgress(0, -1);
    const QString bundle = m_stage->filePath(QStringLiteral("app.tar.gz"));
    if (!m_manifest || !m_manifest->files) {
        // No selection: the whole folder, as before manifests were read.
        startTar(
            {QStringLiteral("-czf"), bundle, QStringLiteral("-C"), m_folder, QStringLiteral(".")});
        return;
    }
    // Selecting and copying the files touches the disk: a worker thread does it.
    const quint64 attempt = m_attempt;
    m_packCanceled = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcher<Result<QStringList>>::finished, this,
            [this, watcher, attempt, bundle] {
                watcher->deleteLater();
                const Result<QStringList> staged = watcher->result();
                if (attempt != m_attempt)
                    return;
                if (!staged) {
                    fail(staged.error());
                    return;
                }
                const QString list = m_stage->filePath(QStringLiteral("files.lst"));
                QFile file(list);
                if (!file.open(QIODevice::WriteOnly) ||
                    file.write(staged->join(QChar(0)).toUtf8() + '\0') < 0) {
                    fail(Error::io(tr("Cannot write the list of files to pack.")));
                    return;
                }
                file.close();
                // Names from a NUL-separated list: no name is taken for an option.
                startTar({QStringLiteral("-czf"), bundle, QStringLiteral("-C"),
                          m_stage->filePath(QStringLiteral("app")), QStringLiteral("--null"),
                          QStringLiteral("-T"), list});
            });
    const std::shared_ptr<QTemporaryDir> stage = m_stage;
    const std::shared_ptr<std::atomic_bool> canceled = m_packCanceled;
    const QString folder = m_folder;
    const AppManifest manifest = *m_manifest;
    watcher->setFuture(QtConcurrent::run([stage, canceled, folder, manifest] {
        const QString target = stage->filePath(QStringLiteral("app"));
        if (!QDir().mkpath(target))
            return Result<QStringList>(
                Error::io(AppPush::tr("Cannot create a temporary folder to pack the app in.")));
        return stageSelection(folder, manifest, target, *canceled);
    }));
}

void AppPush::startTar(const QStringList &arguments)
{
    const quint64 attempt = m_attempt;
    // tar is on every supported OS (Windows 10+ ships bsdtar) and packs off the GUI thread.
    m_tar = std::make_unique<QProcess>();
    m_tar->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_tar.get(), &QProcess::finished, this,
            [this, attempt](int code, QProcess::ExitStatus status) {
                if (attempt != m_attempt || state() != State::Running)
                    return;
                if (status != QProcess::NormalExit || code != 0) {
                    fail(Error::io(tr("Packing the app failed: %1")
                                       .arg(QString::fromLocal8Bit(m_tar->readAll()).trimmed())));
                    return;
                }
                upload();
            });
    connect(
        m_tar.get(), &QProcess::errorOccurred, this, [this, attempt](QProcess::ProcessError error) {
            if (attempt == m_attempt && error == QProcess::FailedToStart &&
                state() == State::Running)
                fail(Error::io(tr("Cannot run tar to pack the app: %1").arg(m_tar->errorString())));
        });
    m_tar->start(QStringLiteral("tar"), arguments);
}

void AppPush::upload()
{
    HttpCall *call = m_client.newCall(
        m_client.spec("GET", NextmvClient::appPath(m_appId, QStringLiteral("/binary"))));
    track(call);
    connect(call, &HttpCall::succeeded, this, [this](const HttpAnswer &answer) {
        const QUrl url(QJsonDocument::fromJson(answer.body)
                           .object()
                           .value(QStringLiteral("upload_url"))
                           .toString());
        if (!url.isValid()) {
            fail(Error::decode(tr("The server did not return an upload URL.")));
            return;
        }
        m_bundle = std::make_unique<QFile>(m_stage->filePath(QStringLiteral("app.tar.gz")));
        if (!m_bundle->open(QIODevice::ReadOnly)) {
            fail(Error::io(m_bundle->errorString()));
            return;
        }
        HttpSpec s;
        s.method = "PUT";
        s.url = url;
        s.bodyDevice = m_bundle.get();
        s.contentType = "application/octet-stream";
        s.sendApiKey = false;
        s.timeoutMs = 60000;
        HttpCall *put = m_client.newCall(std::move(s));
        track(put);
        const qint64 size = m_bundle->size();
        connect(put, &HttpCall::progress, this, [this, size](qint64 done, qint64 total) {
            if (total > 0)
                setProgress(std::min(done, size - 1), size);
        });
        connect(put, &HttpCall::succeeded, this, [this](const HttpAnswer &) { activate(); });
        put->start();
    });
    call->start();
}

void AppPush::activate()
{
    m_bundle.reset();
    HttpSpec s = m_client.spec("PUT", NextmvClient::appPath(m_appId, QStringLiteral("/binary")));
    s.body = QJsonDocument(QJsonObject{{QStringLiteral("requirements"), m_requirements}})
                 .toJson(QJsonDocument::Compact);
    HttpCall *call = m_client.newCall(std::move(s));
    track(call);
    connect(call, &HttpCall::succeeded, this, [this](const HttpAnswer &answer) {
        succeed(
            QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("id")).toString());
    });
    call->start();
}

void AppPush::abort()
{
    ++m_attempt;
    stopCommand();
    retire(m_command);
    if (m_packCanceled)
        *m_packCanceled = true;
    if (m_tar)
        m_tar->kill();
    retire(m_tar);
    if (m_call)
        m_call->abort();
    m_bundle.reset();
}

} // namespace Api
