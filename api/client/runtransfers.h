// The two long transfers of runs: submitting a run from a file (JSON inline up to 5 MB; text
// and larger inputs through an upload URL, streamed from disk) and downloading a run's output or
// input to a file (through the download URL, streamed to disk).
#pragma once

#include "api/dto/managedinput.h"
#include "api/dto/run.h"
#include "nextmvservice.h"
#include "transfer.h"

#include <QFile>
#include <QPointer>
#include <QSaveFile>

#include <functional>
#include <memory>

namespace Api {

class HttpCall;
class NextmvClient;

// What the worker-thread check of an input found.
struct InputCheck
{
    bool isJson = false;
    QString error;
    QByteArray inlineBytes; // filled when the input goes inline
};
InputCheck checkInput(const RunInputSource &input, bool expectJson, bool loadInline);

// Base of the transfers that put a file behind an upload URL (run inputs, managed inputs).
class UploadTransfer : public Transfer
{
    Q_OBJECT

protected:
    UploadTransfer(NextmvClient &client, QString appId, QString title);

    // POST uploadurl, then PUT the file streamed from disk with progress; then `uploaded`.
    void uploadFile(const QString &path, std::function<void(const QString &uploadId)> uploaded);
    // The same for a file or for bytes in memory.
    void upload(const RunInputSource &source,
                std::function<void(const QString &uploadId)> uploaded);
    // Checks the input on a worker thread, then continues on this thread (unless aborted).
    void checkThen(const RunInputSource &input, bool expectJson, bool loadInline,
                   std::function<void(const InputCheck &)> next);
    void track(HttpCall *call);
    void abort() override;

    NextmvClient &m_client;
    const QString m_appId;
    std::unique_ptr<QIODevice> m_file; // the body being uploaded
    QPointer<HttpCall> m_call;
    int m_generation = 0; // bumps on abort/retry so stale worker results are ignored
};

class RunSubmission final : public UploadTransfer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSubmission)

public:
    RunSubmission(NextmvClient &client, QString appId, QString instanceId, RunInputSource input,
                  RunRequest request);

protected:
    void run() override;

private:
    // What the Transfers panel calls it.
    static QString title(const QString &instanceId, const RunInputSource &input,
                         const RunRequest &request);
    void submitInline(const QByteArray &input);
    void createRunFromUpload(const QString &uploadId, bool isJson);
    // POST .../runs with the body; succeeds with the new run's ID. Not started yet.
    HttpCall *postRun(const QByteArray &body);

    const QString m_instanceId;
    const RunInputSource m_input;
    const RunRequest m_request;
};

// A file becomes a managed input: checked, uploaded through the upload URL, then registered.
class InputUpload final : public UploadTransfer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputUpload)

public:
    InputUpload(NextmvClient &client, QString appId, ManagedInput input, QString filePath);

protected:
    void run() override;

private:
    const ManagedInput m_input;
    const QString m_filePath;
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
