// Cancels a batch experiment the only way the Nextmv API allows: by canceling each of its runs
// that has not ended yet (the experiment then ends as canceled). Works the same against the
// local server and Nextmv Cloud.
#pragma once

#include "nextmvservice.h"

namespace Api {

// `done` gets how many runs were canceled, or the first error; it runs only while `context`
// is alive.
void cancelBatchExperiment(NextmvService &service, const QString &appId,
                           const QString &experimentId, QObject *context,
                           NextmvService::Callback<int> done);

} // namespace Api
