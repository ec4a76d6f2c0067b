// The verdict of one acceptance-test metric.
#include "acceptance.h"

#include "distribution.h"

#include <cmath>

namespace Server {

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

bool AcceptanceRule::passes(double candidate, double control) const
{
    const double slack = allowance(control);
    if (op == QLatin1String("eq"))
        return std::abs(candidate - control) <= slack;
    if (op == QLatin1String("ne"))
        return std::abs(candidate - control) > slack;
    if (op == QLatin1String("gt"))
        return candidate > control - slack;
    if (op == QLatin1String("ge"))
        return candidate >= control - slack;
    if (op == QLatin1String("lt"))
        return candidate < control + slack;
    if (op == QLatin1String("le"))
        return candidate <= control + slack;
    return false;
}

std::optional<double> statisticValue(const Distribution &d, const QString &name)
{
    if (name == QLatin1String("min"))
        return d.min;
    if (name == QLatin1String("max"))
        return d.max;
    if (name == QLatin1String("mean"))
        return d.mean;
    if (name == QLatin1String("std"))
        return d.std;
    if (name == QLatin1String("shifted_geometric_mean"))
        return d.shiftedGeometricMean;
    if (name.size() == 3 && name.startsWith(QLatin1Char('p'))) {
        const qsizetype index = Distribution::percentiles.indexOf(name.mid(1).toInt());
        if (index >= 0 && index < d.percentileValues.size())
            return d.percentileValues.at(index);
    }
    return std::nullopt;
}

} // namespace Server
