// Pushes local app code to an application as its new dev binary the way Nextmv's tooling
// (nextmv-py's Application.push) does: read app.yaml, run its build command and then its
// pre-push command in the app folder, pack the files the manifest selects (plus the manifest)
// into app.tar.gz, get the binary upload URL, PUT the bundle, then PUT the requirements the
// manifest describes. A folder without app.yaml, or a single executable (as ./main), is packed
// whole. Versions made afterwards snapshot this code.
#pragma once

#include "api/wire/appmanifest.h"
#include "transfer.h"

#include <QFile>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace Api {

class HttpCall;
class NextmvClient;

class AppPush final : public Transfer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPush)

public:
    static constexpr std::chrono::milliseconds defaultCommandTimeLimit = std::chrono::minutes(10);

    AppPush(NextmvClient &client, QString appId, QString path);
    ~AppPush() override;

    // How long the build command and the pre-push command may each run before the push fails.
    void setCommandTimeLimit(std::chrono::milliseconds limit) { m_commandTimeLimit = limit; }

protected:
    void run() override;
    void abort() override;

private:
    enum class Step { Build, PrePush };

    void runCommand(Step step);
    void commandFinished(Step step, int exitCode, QProcess::ExitStatus status);
    void stopCommand();
    void pack();
    void startTar(const QStringList &arguments);
    void upload();
    void activate();
    void track(HttpCall *call);

    NextmvClient &m_client;
    const QString m_appId;
    const QString m_path;
    std::chrono::milliseconds m_commandTimeLimit = defaultCommandTimeLimit;
    // Bumped by every start and abort: answers of an earlier attempt are ignored.
    quint64 m_attempt = 0;
    QString m_folder; // what is packed: the app folder, or a staged copy of one executable
    std::optional<AppManifest> m_manifest;
    std::shared_ptr<QTemporaryDir> m_stage; // shared with the packing worker
    std::shared_ptr<std::atomic_bool> m_packCanceled;
    std::unique_ptr<QProcess> m_command;
    QTimer m_commandTimer;
    bool m_commandTimedOut = false;
    QByteArray m_commandStdout; // the last bytes of each channel, for the failure message
    QByteArray m_commandStderr;
    std::unique_ptr<QProcess> m_tar;
    std::unique_ptr<QFile> m_bundle;
    QJsonObject m_requirements;
    QPointer<HttpCall> m_call;
};

} // namespace Api
