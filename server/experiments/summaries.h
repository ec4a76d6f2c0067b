// grouped_distributional_summaries of an experiment's runs (batch, shadow and switchback share
// the shape, so the console draws them with the same charts): one group per instance (and
// version, and option set when runs used one), one per input and instance, each with a
// distribution of every numeric statistic the succeeded runs report plus run.duration.ms.
#pragma once

#include "server/store/datastore.h"

#include <QJsonArray>

#include <functional>

namespace Server {

// Names a run's input for the per-input groups (group key inputID). Runs that should line up in
// one per-input group get the same name: the batch input, or a shadow test's baseline run.
using InputKeyOf = std::function<QString(const RunRecord &)>;

// Without inputKeyOf there are no per-input groups.
QJsonArray groupedSummaries(const QList<RunRecord> &runs, const InputKeyOf &inputKeyOf = {});

} // namespace Server
