// Submitting runs from files and downloading run payloads, with progress and cancel.
#include "runtransfers.h"

#include "httpcall.h"
#include "nextmvclient.h"

#include "api/wire/jsonsyntaxcheck.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>

#include <optional>

namespace Api {

namespace {

QString jsonUrlField(const QByteArray &body, const char *object)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (object)
        return root.value(QLatin1String(object)).toObject().value(QStringLiteral("url")).toString();
    return root.value(QStringLiteral("url")).toString();
}

} // namespace

UploadTransfer::UploadTransfer(NextmvClient &client, QString appId, QString title)
    : Transfer(Direction::Upload, std::move(title))
    , m_client(client)
    , m_appId(std::move(appId))
{
}

void UploadTransfer::track(HttpCall *call)
{
    m_call = call;
    connect(call, &HttpCall::failed, this, [this](const Error &error) {
        if (m_checkCanceled)
            *m_checkCanceled = true; // no use reading the rest of a large input
        fail(error);
    });
}

void UploadTransfer::abort()
{
    ++m_generation;
    if (m_checkCanceled)
        *m_checkCanceled = true;
    if (m_call)
        m_call->abort();
    // Calls Qt queued before the abort may still read the body: it goes after the reply does.
    if (m_file)
        m_file.release()->deleteLater();
}

void UploadTransfer::checkThen(const RunInputSource &input, bool expectJson, bool loadInline,
                               std::function<void(const InputCheck &)> next)
{
    const int generation = ++m_generation;
    m_checkCanceled = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<InputCheck>(this);
    connect(watcher, &QFutureWatcher<InputCheck>::finished, this,
            [this, watcher, generation, next] {
                watcher->deleteLater();
                if (generation != m_generation || state() != State::Running)
                    return;
                const InputCheck check = watcher->result();
                if (!check.error.isEmpty()) {
                    abort(); // the upload beside it, if any
                    fail(Error::validation(check.error));
                } else {
                    next(check);
                }
            });
    watcher->setFuture(
        QtConcurrent::run([input, expectJson, loadInline, canceled = m_checkCanceled] {
            return checkInput(input, expectJson, loadInline, canceled.get());
        }));
}

void UploadTransfer::uploadChecked(
    const RunInputSource &input, bool expectJson,
    std::function<void(const QString &uploadId, const InputCheck &)> done)
{
    struct Join
    {
        std::optional<QString> uploadId;
        std::optional<InputCheck> check;
    };
    auto join = std::make_shared<Join>();
    auto doneIfBoth = [join, done] {
        if (join->uploadId && join->check)
            done(*join->uploadId, *join->check);
    };
    checkThen(input, expectJson, false, [join, doneIfBoth](const InputCheck &check) {
        join->check = check;
        doneIfBoth();
    });
    upload(input, [join, doneIfBoth](const QString &uploadId) {
        join->uploadId = uploadId;
        doneIfBoth();
    });
}

void UploadTransfer::upload(const RunInputSource &source,
                            std::function<void(const QString &uploadId)> uploaded)
{
    HttpCall *call = m_client.newCall(
        m_client.spec("POST", NextmvClient::appPath(m_appId, QStringLiteral("/runs/uploadurl"))));
    track(call);
    connect(call, &HttpCall::succeeded, this, [this, source, uploaded](const HttpAnswer &answer) {
        const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
        const QString uploadId = object.value(QStringLiteral("upload_id")).toString();
        const QUrl url(object.value(QStringLiteral("upload_url")).toString());
        if (uploadId.isEmpty() || !url.isValid()) {
            fail(Error::decode(tr("The server did not return an upload URL.")));
            return;
        }
        if (source.filePath.isEmpty()) {
            auto buffer = std::make_unique<QBuffer>();
            buffer->setData(source.content);
            m_file = std::move(buffer);
        } else {
            m_file = std::make_unique<QFile>(source.filePath);
        }
        if (!m_file->open(QIODevice::ReadOnly)) {
            fail(Error::io(tr("Cannot read %1: %2").arg(source.filePath, m_file->errorString())));
            return;
        }
        HttpSpec s;
        s.method = "PUT";
        s.url = url;
        s.bodyDevice = m_file.get(); // streamed from disk, never loaded whole
        s.contentType = "application/octet-stream";
        s.sendApiKey = false;
        s.timeoutMs = 60000;
        HttpCall *put = m_client.newCall(std::move(s));
        track(put);
        const qint64 size = m_file->size();
        connect(put, &HttpCall::progress, this, [this, size](qint64 done, qint64 total) {
            // Qt reports (0, 0) once the body is sent; leave the last step (registering what
            // was uploaded) visible as not quite finished.
            if (total > 0)
                setProgress(std::min(done, size - 1), size);
        });
        connect(put, &HttpCall::succeeded, this, [this, uploadId, uploaded](const HttpAnswer &) {
            m_file.reset();
            uploaded(uploadId);
        });
        put->start();
    });
    call->start();
}

QString RunSubmission::title(const QString &instanceId, const RunInputSource &input,
                             const RunRequest &request)
{
    if (!input.filePath.isEmpty())
        return tr("New run from %1").arg(QFileInfo(input.filePath).fileName());
    if (!request.ensembleDefinitionId.isEmpty())
        return tr("New ensemble run of %1").arg(request.ensembleDefinitionId);
    return tr("New run on %1").arg(instanceId);
}

RunSubmission::RunSubmission(NextmvClient &client, QString appId, QString instanceId,
                             RunInputSource input, RunRequest request)
    : UploadTransfer(client, std::move(appId), title(instanceId, input, request))
    , m_instanceId(std::move(instanceId))
    , m_input(std::move(input))
    , m_request(std::move(request))
{
}

namespace {

// The streaming check of an input that is uploaded rather than sent inline.
InputCheck checkStreaming(const RunInputSource &input, bool expectJson,
                          const std::atomic_bool *canceled)
{
    InputCheck check;
    JsonSyntaxCheck syntax;
    bool blank = true; // white space only, so far
    auto take = [&](QByteArrayView bytes) {
        if (blank && !bytes.trimmed().isEmpty())
            blank = false;
        return syntax.feed(bytes);
    };
    if (input.filePath.isEmpty()) {
        take(input.content);
    } else {
        QFile file(input.filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            check.error =
                UploadTransfer::tr("Cannot read %1: %2").arg(input.filePath, file.errorString());
            return check;
        }
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        qint64 read = 0;
        while ((read = file.read(buffer.data(), buffer.size())) > 0) {
            if (canceled && *canceled)
                return check;
            take(QByteArrayView(buffer.constData(), read));
            if (syntax.failed() && !blank)
                break; // the verdict is in: no use reading the rest
        }
        if (read < 0) {
            check.error =
                UploadTransfer::tr("Cannot read %1: %2").arg(input.filePath, file.errorString());
            return check;
        }
    }
    if (blank) {
        check.error = UploadTransfer::tr("The input is empty.");
        return check;
    }
    check.isJson = syntax.finish();
    if (expectJson && !check.isJson) {
        check.error = UploadTransfer::tr("The input is not valid JSON: %1 at byte %2.")
                          .arg(syntax.error().errorString())
                          .arg(syntax.error().offset);
    }
    return check;
}

} // namespace

InputCheck checkInput(const RunInputSource &input, bool expectJson, bool loadInline,
                      const std::atomic_bool *canceled)
{
    if (!loadInline)
        return checkStreaming(input, expectJson, canceled);
    InputCheck check;
    QByteArray bytes = input.content;
    if (!input.filePath.isEmpty()) {
        QFile file(input.filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            check.error =
                UploadTransfer::tr("Cannot read %1: %2").arg(input.filePath, file.errorString());
            return check;
        }
        bytes = file.readAll();
    }
    if (bytes.trimmed().isEmpty()) {
        check.error = UploadTransfer::tr("The input is empty.");
        return check;
    }
    QJsonParseError error{};
    QJsonDocument::fromJson(bytes, &error);
    check.isJson = error.error == QJsonParseError::NoError;
    if (expectJson && !check.isJson) {
        check.error = UploadTransfer::tr("The input is not valid JSON: %1 at byte %2.")
                          .arg(error.errorString())
                          .arg(error.offset);
        return check;
    }
    check.inlineBytes = std::move(bytes);
    return check;
}

void RunSubmission::run()
{
    const qint64 size =
        m_input.filePath.isEmpty() ? m_input.content.size() : QFileInfo(m_input.filePath).size();
    if (!m_input.filePath.isEmpty() && !QFileInfo::exists(m_input.filePath)) {
        fail(Error::io(tr("%1 does not exist.").arg(m_input.filePath)));
        return;
    }
    setProgress(0, size);
    const bool expectJson = m_input.filePath.isEmpty() ||
        m_input.filePath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const bool smallEnough = size <= NextmvService::inlinePayloadLimit;
    // As Nextmv's SDK does: only a small JSON input goes inline; text is always uploaded
    // and declared as text, since the cloud takes a JSON string input as JSON.
    if (!smallEnough) {
        uploadChecked(m_input, expectJson,
                      [this](const QString &uploadId, const InputCheck &check) {
                          createRunFromUpload(uploadId, check.isJson);
                      });
        return;
    }
    checkThen(m_input, expectJson, true, [this](const InputCheck &check) {
        if (check.isJson)
            submitInline(check.inlineBytes);
        else
            upload(m_input,
                   [this](const QString &uploadId) { createRunFromUpload(uploadId, false); });
    });
}

void RunSubmission::submitInline(const QByteArray &input)
{
    RunRequest request = m_request;
    request.input.reset();
    request.uploadId.clear();
    request.format.input = QStringLiteral("json");
    // The input is spliced in as it is: it was checked to be JSON and need not be re-encoded.
    QByteArray payload = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    payload.chop(1);
    payload += payload.endsWith('{') ? "\"input\":" : ",\"input\":";
    payload += input.trimmed();
    payload += '}';
    HttpCall *call = postRun(payload);
    const qint64 size = payload.size();
    connect(call, &HttpCall::progress, this, [this, size](qint64 done, qint64 total) {
        if (total > 0)
            setProgress(std::min(done, size), size);
    });
    call->start();
}

HttpCall *RunSubmission::postRun(const QByteArray &body)
{
    HttpSpec s = m_client.spec("POST", NextmvClient::appPath(m_appId, QStringLiteral("/runs")),
                               m_instanceId.isEmpty() ? QString()
                                                      : QStringLiteral("instance_id=") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(m_instanceId)));
    s.body = body;
    HttpCall *call = m_client.newCall(std::move(s));
    track(call);
    connect(call, &HttpCall::succeeded, this, [this](const HttpAnswer &answer) {
        const QString id = QJsonDocument::fromJson(answer.body)
                               .object()
                               .value(QStringLiteral("run_id"))
                               .toString();
        if (id.isEmpty())
            fail(Error::decode(tr("The server did not return a run ID.")));
        else
            succeed(id);
    });
    return call;
}

void RunSubmission::createRunFromUpload(const QString &uploadId, bool isJson)
{
    RunRequest request = m_request;
    request.input.reset();
    request.uploadId = uploadId;
    request.format.input = isJson ? QStringLiteral("json") : QStringLiteral("text");
    HttpCall *call = postRun(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    call->start();
}

InputUpload::InputUpload(NextmvClient &client, QString appId, ManagedInput input, QString filePath)
    : UploadTransfer(client, std::move(appId),
                     tr("New input from %1").arg(QFileInfo(filePath).fileName()))
    , m_input(std::move(input))
    , m_filePath(std::move(filePath))
{
}

void InputUpload::run()
{
    if (!QFileInfo::exists(m_filePath)) {
        fail(Error::io(tr("%1 does not exist.").arg(m_filePath)));
        return;
    }
    setProgress(0, QFileInfo(m_filePath).size());
    const bool expectJson = m_input.format.input == QLatin1String("json");
    uploadChecked(
        {m_filePath, {}}, expectJson, [this](const QString &uploadId, const InputCheck &) {
            QJsonObject body = m_input.toCreateJson();
            body.remove(QStringLiteral("run_id")); // the content is the uploaded file
            body.insert(QStringLiteral("upload_id"), uploadId);
            HttpSpec s =
                m_client.spec("POST", NextmvClient::appPath(m_appId, QStringLiteral("/inputs")));
            s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            HttpCall *call = m_client.newCall(std::move(s));
            track(call);
            connect(call, &HttpCall::succeeded, this, [this](const HttpAnswer &answer) {
                const QString id = QJsonDocument::fromJson(answer.body)
                                       .object()
                                       .value(QStringLiteral("id"))
                                       .toString();
                if (id.isEmpty())
                    fail(Error::decode(tr("The server did not return the input's ID.")));
                else
                    succeed(id);
            });
            call->start();
        });
}

PayloadDownload::PayloadDownload(NextmvClient &client, QString appId, QString runId,
                                 Payload payload, QString filePath)
    : Transfer(Direction::Download,
               payload == Payload::Output ? tr("Output of %1").arg(runId)
                                          : tr("Input of %1").arg(runId))
    , m_client(client)
    , m_appId(std::move(appId))
    , m_runId(std::move(runId))
    , m_payload(payload)
    , m_filePath(std::move(filePath))
{
}

void PayloadDownload::run()
{
    const QString encodedRun = QString::fromLatin1(QUrl::toPercentEncoding(m_runId));
    const QString path = m_payload == Payload::Output
        ? NextmvClient::appPath(m_appId, QStringLiteral("/runs/") + encodedRun)
        : NextmvClient::appPath(m_appId,
                                QStringLiteral("/runs/") + encodedRun + QStringLiteral("/input"));
    HttpCall *call = m_client.newCall(m_client.spec("GET", path, QStringLiteral("format=url")));
    m_call = call;
    connect(call, &HttpCall::failed, this, [this](const Error &error) { fail(error); });
    connect(call, &HttpCall::succeeded, this, [this](const HttpAnswer &answer) {
        const QString url =
            jsonUrlField(answer.body, m_payload == Payload::Output ? "output" : nullptr);
        if (url.isEmpty())
            fail(Error::decode(tr("The server did not return a download URL.")));
        else
            fetch(QUrl(url));
    });
    call->start();
}

void PayloadDownload::fetch(const QUrl &url)
{
    // Written on a worker thread: a busy disk must not freeze the window.
    m_file = std::make_unique<BackgroundFileWriter>(m_filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(Error::io(tr("Cannot write %1: %2").arg(m_filePath, m_file->errorString())));
        return;
    }
    HttpSpec s;
    s.url = url;
    s.sendApiKey = false;
    s.sink = m_file.get(); // streamed to disk as it arrives
    s.timeoutMs = 60000;
    HttpCall *call = m_client.newCall(std::move(s));
    m_call = call;
    connect(call, &HttpCall::progress, this, &PayloadDownload::setProgress);
    connect(call, &HttpCall::failed, this, [this](const Error &error) {
        m_file->cancelWriting();
        m_file.reset();
        fail(error);
    });
    connect(call, &HttpCall::succeeded, this, [this](const HttpAnswer &) {
        // The file appears complete or not at all.
        m_file->commit(this, [this](const QString &error) {
            m_file.reset();
            if (error.isEmpty())
                succeed(m_filePath);
            else
                fail(Error::io(tr("Cannot write %1: %2").arg(m_filePath, error)));
        });
    });
    call->start();
}

void PayloadDownload::abort()
{
    if (m_call)
        m_call->abort();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

} // namespace Api
