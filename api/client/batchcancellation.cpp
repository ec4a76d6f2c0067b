// Cancels a batch experiment run by run.
#include "batchcancellation.h"

#include <memory>
#include <optional>

namespace Api {

void cancelBatchExperiment(NextmvService &service, const QString &appId,
                           const QString &experimentId, QObject *context,
                           NextmvService::Callback<int> done)
{
    service.batchExperimentRuns(
        appId, experimentId, context,
        [&service, appId, context, done](const Result<QList<RunSummary>> &runs) {
            if (!runs) {
                done(runs.error());
                return;
            }
            QStringList unfinished;
            for (const RunSummary &run : runs.value()) {
                if (!isTerminal(run.status))
                    unfinished.append(run.id);
            }
            if (unfinished.isEmpty()) {
                done(0);
                return;
            }
            struct Tally
            {
                qsizetype pending = 0;
                int canceled = 0;
                std::optional<Error> firstError;
            };
            auto tally = std::make_shared<Tally>();
            tally->pending = unfinished.size();
            for (const QString &runId : std::as_const(unfinished)) {
                service.cancelRun(appId, runId, context, [tally, done](const Result<bool> &r) {
                    // A run that ended meanwhile refuses the cancel (409); that is not a failure.
                    if (r)
                        ++tally->canceled;
                    else if (r.error().httpStatus != 409 && !tally->firstError)
                        tally->firstError = r.error();
                    if (--tally->pending > 0)
                        return;
                    if (tally->firstError && tally->canceled == 0)
                        done(*tally->firstError);
                    else
                        done(tally->canceled);
                });
            }
        });
}

} // namespace Api
