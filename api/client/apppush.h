// Pushes local app code to an application as its new dev binary, over HTTP exactly as Nextmv's
// tooling does: pack the folder (or a single executable as ./main) into app.tar.gz, get the
// binary upload URL, PUT the bundle, then PUT the requirements. Versions made afterwards
// snapshot this code.
#pragma once

#include "transfer.h"

#include <QFile>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace Api {

class HttpCall;
class NextmvClient;

class AppPush final : public Transfer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPush)

public:
    AppPush(NextmvClient &client, QString appId, QString path);

protected:
    void run() override;
    void abort() override;

private:
    void pack();
    void upload();
    void activate();
    void track(HttpCall *call);

    NextmvClient &m_client;
    const QString m_appId;
    const QString m_path;
    std::unique_ptr<QTemporaryDir> m_stage;
    std::unique_ptr<QProcess> m_tar;
    std::unique_ptr<QFile> m_bundle;
    QJsonObject m_requirements;
    QPointer<HttpCall> m_call;
};

} // namespace Api
