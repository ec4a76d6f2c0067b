// The verdict of one acceptance-test metric: does the candidate's statistic compare to the
// control's as the operator asks, within the tolerance? A tolerance lets the candidate be
// worse by up to that much (absolute, or relative to the control's value: 0.05 = 5 %).
#pragma once

#include <QString>

#include <optional>

namespace Server {

struct AcceptanceRule
{
    QString op = QStringLiteral("ge"); // eq, ne, gt, ge, lt, le
    QString toleranceType = QStringLiteral(""); // absolute, relative, or "" (none)
    double toleranceValue = 0;

    static bool isKnownOperator(const QString &op);
    // The allowance in the statistic's own units.
    double allowance(double control) const;
    bool passes(double candidate, double control) const;
};

// A statistic of a distribution by its Nextmv name (min, max, mean, std,
// shifted_geometric_mean, p01 … p99); nullopt for unknown names.
struct Distribution;
std::optional<double> statisticValue(const Distribution &distribution, const QString &name);

} // namespace Server
