// Inline or downloaded, by size.
#include "api/client/payloadfetch.h"

#include "api/client/transfer.h"

namespace Api {

PendingCall PayloadFetch::start(QObject *context,
                                std::function<void(const Result<FetchedPayload> &)> done)
{
    const bool output = payload == RunPayload::Output;
    if (knownSize > NextmvService::inlinePayloadLimit) {
        Transfer *transfer = output ? service.downloadRunOutput(appId, runId, downloadPath)
                                    : service.downloadRunInput(appId, runId, downloadPath);
        const QString path = downloadPath;
        QObject::connect(transfer, &Transfer::finished, context, [transfer, path, done] {
            if (transfer->state() == Transfer::State::Succeeded)
                done(FetchedPayload{{}, path});
            else
                done(transfer->error());
        });
        if (transferSink)
            transferSink(transfer);
        else
            transfer->setParent(context);
        transfer->start();
        return {};
    }
    auto inlineDone = [done](const Result<QByteArray> &bytes) {
        if (bytes)
            done(FetchedPayload{bytes.value(), {}});
        else
            done(bytes.error());
    };
    return output ? service.runOutput(appId, runId, context, inlineDone)
                  : service.runInput(appId, runId, context, inlineDone);
}

} // namespace Api
