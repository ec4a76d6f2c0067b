// The two long transfers of runs: submitting a run from a file (JSON inline up to 5 MB; text
// and larger inputs through an upload URL, streamed from disk) and downloading a run's output or
// input to a file (through the download URL, streamed to disk).
#pragma once

#include "api/dto/managedinput.h"
#include "api/dto/run.h"
#include "backgroundfilewriter.h"
#include "nextmvservice.h"
#include "transfer.h"

#include <QFile>
#include <QPointer>

#include <atomic>
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
// An input that goes inline is read whole and parsed; any other is only checked, a chunk at a
// time in constant memory (a 1 GB input is never in memory). Stops early once `canceled`.
InputCheck checkInput(const RunInputSource &input, bool expectJson, bool loadInline,
                      const std::atomic_bool *canceled = nullptr);

// Base of the transfers that put a file behind an upload URL (run inputs, managed inputs).
class UploadTransfer : public Transfer
{
    Q_OBJECT

protected:
    UploadTransfer(NextmvClient &client, QString appId, QString title);

    // POST uploadurl, then PUT the file (streamed from disk) or the bytes with progress; then
    // `uploaded`.
    void upload(const RunInputSource &source,
                std::function<void(const QString &uploadId)> uploaded);
    // Checks the input on a worker thread, then continues on this thread (unless aborted).
    void checkThen(const RunInputSource &input, bool expectJson, bool loadInline,
                   std::function<void(const InputCheck &)> next);
    // Uploads the input while a worker thread checks it, so a large one costs the time of the
    // slower of the two rather than their sum; `done` runs once both are through. A failed
    // check stops the upload.
    void uploadChecked(const RunInputSource &input, bool expectJson,
                       std::function<void(const QString &uploadId, const InputCheck &)> done);
    void track(HttpCall *call);
    void abort() override;

    NextmvClient &m_client;
    const QString m_appId;
    std::unique_ptr<QIODevice> m_file; // the body being uploaded
    QPointer<HttpCall> m_call;
    int m_generation = 0; // bumps on abort/retry so stale worker results are ignored
    std::shared_ptr<std::atomic_bool> m_checkCanceled; // tells the running check to stop
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
    std::unique_ptr<BackgroundFileWriter> m_file;
    QPointer<HttpCall> m_call;
};

} // namespace Api
