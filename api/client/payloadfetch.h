// A run's output or input, however large: asked for inline up to the service's inline limit,
// else downloaded to a file (a Transfer, which the caller shows and may cancel) and handed
// over as that file's path, so the caller reads it off the GUI thread.
#pragma once

#include "api/client/nextmvservice.h"

#include <functional>

namespace Api {

struct FetchedPayload
{
    QByteArray bytes; // the payload, when it came inline
    QString filePath; // else the file it was downloaded to
};

enum class RunPayload { Output, Input };

struct PayloadFetch
{
    NextmvService &service;
    QString appId;
    QString runId;
    RunPayload payload = RunPayload::Output;
    qint64 knownSize = 0; // from the run's metadata: picks inline or download
    QString downloadPath; // where a large payload goes
    // Receives the transfer of a large payload before it starts (to show it); when empty,
    // the transfer belongs to `context`.
    std::function<void(Transfer *)> transferSink;

    // `done` runs on `context`'s thread while it lives. The call of an inline payload is
    // returned (cancel it to stop); a download is stopped through its transfer.
    PendingCall start(QObject *context, std::function<void(const Result<FetchedPayload> &)> done);
};

} // namespace Api
