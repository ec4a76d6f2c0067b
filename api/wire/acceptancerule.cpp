// The verdict of one acceptance-test metric.
#include "acceptancerule.h"

#include <cmath>

namespace Api {

bool AcceptanceRule::isKnownOperator(const QString &op)
{
    for (const char *known : {"eq", "ne", "gt", "ge", "lt", "le"}) {
        if (op == QLatin1String(known))
            return true;
    }
    return false;
}

double AcceptanceRule::allowance(double control) const
{
    if (toleranceType == QLatin1String("absolute"))
        return std::abs(toleranceValue);
    if (toleranceType == QLatin1String("relative"))
        return std::abs(toleranceValue * control); // a zero control allows nothing
    return 0;
}

double AcceptanceRule::margin(double candidate, double control) const
{
    const double slack = allowance(control);
    if (op == QLatin1String("eq"))
        return slack - std::abs(candidate - control);
    if (op == QLatin1String("ne"))
        return std::abs(candidate - control) - slack;
    if (op == QLatin1String("gt") || op == QLatin1String("ge"))
        return candidate - (control - slack);
    if (op == QLatin1String("lt") || op == QLatin1String("le"))
        return (control + slack) - candidate;
    return 0;
}

bool AcceptanceRule::passes(double candidate, double control) const
{
    if (!isKnownOperator(op))
        return false;
    const double m = margin(candidate, control);
    // Strict operators need room beyond the threshold; the others accept it.
    const bool strict =
        op == QLatin1String("ne") || op == QLatin1String("gt") || op == QLatin1String("lt");
    return strict ? m > 0 : m >= 0;
}

} // namespace Api
