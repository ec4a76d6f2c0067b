// Statistics of a distribution by their Nextmv names.
#include "acceptance.h"

#include "distribution.h"

namespace Server {

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
