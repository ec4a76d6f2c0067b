// Shadow and switchback tests in the shape the experiment charts and summary table take: their
// results are grouped distributional summaries like a batch experiment's, so the same box
// plots, percentile ladder, per-input chart and table show them.
#pragma once

#include "api/dto/experiment.h"
#include "api/dto/shadowtest.h"
#include "api/dto/switchbacktest.h"

namespace Models::OnlineTestResults {

// Instances: the baseline first, then the candidates. For a shadow test the per-input groups
// pair each baseline run with its shadow runs.
Api::BatchExperiment of(const Api::ShadowTest &test);
Api::BatchExperiment of(const Api::SwitchbackTest &test);

} // namespace Models::OnlineTestResults
