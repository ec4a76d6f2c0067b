// The two long transfers of runs: submitting a run from a file (inline up to 5 MB, else
// through an upload URL, streamed from disk) and downloading a run's output or input to a
// file (through the download URL, streamed to disk).
#pragma once

#include "dto/run.h"
#include "nextmvservice.h"
#include "transfer.h"

#include <QFile>
#include <QPointer>
#include <QSaveFile>

#include <memory>

namespace Api {

class HttpCall;
class NextmvClient;

class RunSubmission final : public Transfer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSubmission)

public:
    RunSubmission(NextmvClient &client, QString appId, QString instanceId, RunInputSource input,
                  RunRequest request);

    // The JSON check runs on a worker thread: inputs can be large.
    struct InputCheck
    {
        bool isJson = false;
        QString error;
        QByteArray inlineBytes; // filled when the input goes inline
    };
    static InputCheck checkInput(const RunInputSource &input, bool expectJson, bool loadInline);

protected:
    void run() override;
    void abort() override;

private:
    void submitInline(const QByteArray &input, bool isJson);
    void requestUploadUrl();
    void upload(const QString &uploadId, const QUrl &url);
    void createRunFromUpload(const QString &uploadId);
    // POST .../runs with the body; succeeds with the new run's ID. Not started yet.
    HttpCall *postRun(const QByteArray &body);
    void track(HttpCall *call);

    NextmvClient &m_client;
    const QString m_appId;
    const QString m_instanceId;
    const RunInputSource m_input;
    const RunRequest m_request;
    std::unique_ptr<QFile> m_file;
    QPointer<HttpCall> m_call;
    int m_generation = 0; // bumps on abort/retry so stale worker results are ignored
};

class PayloadDownload final : public Transfer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadDownload)

public:
    enum class Payload { Output, Input };
    PayloadDownload(NextmvClient &client, QString appId, QString runId, Payload payload,
                    QString filePath);

protected:
    void run() override;
    void abort() override;

private:
    void fetch(const QUrl &url);

    NextmvClient &m_client;
    const QString m_appId;
    const QString m_runId;
    const Payload m_payload;
    const QString m_filePath;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<HttpCall> m_call;
};

} // namespace Api
