// Statistics of a distribution by their Nextmv names, for acceptance-test metrics; the rule that
// compares them lives in api/ (Api::AcceptanceRule) so the console shows the same margins.
#pragma once

#include "api/wire/acceptancerule.h"

#include <QString>

#include <optional>

namespace Server {

using Api::AcceptanceRule;

// A statistic of a distribution by its Nextmv name (min, max, mean, std,
// shifted_geometric_mean, p01 … p99); nullopt for unknown names.
struct Distribution;
std::optional<double> statisticValue(const Distribution &distribution, const QString &name);

} // namespace Server
