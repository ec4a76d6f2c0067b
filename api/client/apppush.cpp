// Pushes local app code to an application as its new dev binary.
#include "apppush.h"

#include "api/wire/appmanifest.h"
#include "httpcall.h"
#include "nextmvclient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace Api {

AppPush::AppPush(NextmvClient &client, QString appId, QString path)
    : Transfer(Direction::Upload, tr("Push %1").arg(QFileInfo(path).fileName()))
    , m_client(client)
    , m_appId(std::move(appId))
    , m_path(std::move(path))
{
}

void AppPush::track(HttpCall *call)
{
    m_call = call;
    connect(call, &HttpCall::failed, this, [this](const Error &error) { fail(error); });
}

void AppPush::run()
{
    const QFileInfo source(m_path);
    if (!source.exists()) {
        fail(Error::io(tr("%1 does not exist.").arg(m_path)));
        return;
    }
    m_stage = std::make_unique<QTemporaryDir>();
    QString folder = source.absoluteFilePath();
    if (source.isFile()) {
        // A single executable becomes ./main, the app contract's default entrypoint.
        if (!source.isExecutable()) {
            fail(Error::validation(tr("%1 is not an executable program; push its folder (with "
                                      "app.yaml) instead.")
                                       .arg(source.fileName())));
            return;
        }
        folder = m_stage->filePath(QStringLiteral("app"));
        QDir().mkpath(folder);
        const QString main = QDir(folder).filePath(QStringLiteral("main"));
        if (!QFile::copy(source.absoluteFilePath(), main)) {
            fail(Error::io(tr("Cannot stage %1.").arg(m_path)));
            return;
        }
        QFile::setPermissions(main, QFile::permissions(main) | QFile::ExeOwner | QFile::ReadOwner);
    }
    m_requirements = requirementsFromFolder(folder);
    m_requirements.remove(QStringLiteral("runtime"));
    m_requirements.insert(QStringLiteral("runtime"),
                          m_requirements.value(QStringLiteral("executable_type")).toString() ==
                                  QLatin1String("python")
                              ? QStringLiteral("ghcr.io/nextmv-io/runtime/python:3.11")
                              : QStringLiteral("ghcr.io/nextmv-io/runtime/default:latest"));
    // tar is on every supported OS (Windows 10+ ships bsdtar) and packs off the GUI thread.
    m_tar = std::make_unique<QProcess>();
    m_tar->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_tar.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (state() != State::Running)
            return;
        if (status != QProcess::NormalExit || code != 0) {
            fail(Error::io(tr("Packing the app failed: %1")
                               .arg(QString::fromLocal8Bit(m_tar->readAll()).trimmed())));
            return;
        }
        upload();
    });
    connect(m_tar.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && state() == State::Running)
            fail(Error::io(tr("Cannot run tar to pack the app: %1").arg(m_tar->errorString())));
    });
    m_tar->start(QStringLiteral("tar"),
                 {QStringLiteral("-czf"), m_stage->filePath(QStringLiteral("app.tar.gz")),
                  QStringLiteral("-C"), folder, QStringLiteral(".")});
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
    if (m_tar)
        m_tar->kill();
    if (m_call)
        m_call->abort();
    m_bundle.reset();
}

} // namespace Api
