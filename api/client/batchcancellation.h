// Cancels a batch experiment the only way the Nextmv API allows: by canceling each of its runs
// that has not ended yet (the experiment then ends as canceled). Works the same against the
// local server and Nextmv Cloud.
#pragma once

#include "nextmvservice.h"

namespace Api {

// `done` gets how many runs were canceled (runs that ended meanwhile are not counted), or the
// first error when none could be canceled; every failed request also reaches requestFailed().
// It runs only while `context` is alive.
void cancelBatchExperiment(NextmvService &service, const QString &appId,
                           const QString &experimentId, QObject *context,
                           NextmvService::Callback<int> done);

} // namespace Api
