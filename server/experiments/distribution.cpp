// Distributional summaries of a statistic over runs.
#include "distribution.h"

#include <algorithm>
#include <cmath>

namespace Server {

const QList<int> Distribution::percentiles{1, 5, 10, 25, 50, 75, 90, 95, 99};

double Distribution::percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double position = p / 100.0 * double(sorted.size() - 1);
    const qsizetype lower = qsizetype(std::floor(position));
    const qsizetype upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = position - double(lower);
    return sorted.at(lower) + (sorted.at(upper) - sorted.at(lower)) * fraction;
}

Distribution Distribution::of(QList<double> values)
{
    Distribution d;
    d.count = int(values.size());
    if (values.isEmpty())
        return d;
    std::sort(values.begin(), values.end());
    d.min = values.first();
    d.max = values.last();
    double sum = 0;
    double logSum = 0;
    bool geometricDefined = true;
    for (double v : std::as_const(values)) {
        sum += v;
        if (v + geometricShift <= 0)
            geometricDefined = false;
        else
            logSum += std::log(v + geometricShift);
    }
    d.mean = sum / d.count;
    double squares = 0;
    for (double v : std::as_const(values))
        squares += (v - d.mean) * (v - d.mean);
    d.std = d.count > 1 ? std::sqrt(squares / (d.count - 1)) : 0;
    d.shiftedGeometricMean =
        geometricDefined ? std::exp(logSum / d.count) - geometricShift : std::nan("");
    for (int p : percentiles)
        d.percentileValues.append(percentile(values, p));
    return d;
}

QJsonObject Distribution::toJson() const
{
    QJsonObject percentileObject;
    for (qsizetype i = 0; i < percentiles.size(); ++i)
        percentileObject.insert(
            QStringLiteral("p%1").arg(percentiles.at(i), 2, 10, QLatin1Char('0')),
            percentileValues.value(i));
    QJsonObject sgm{{QStringLiteral("shift"), geometricShift}};
    if (!std::isnan(shiftedGeometricMean))
        sgm.insert(QStringLiteral("value"), shiftedGeometricMean);
    return {{QStringLiteral("count"), count},
            {QStringLiteral("min"), min},
            {QStringLiteral("max"), max},
            {QStringLiteral("mean"), mean},
            {QStringLiteral("std"), std},
            {QStringLiteral("shifted_geometric_mean"), sgm},
            {QStringLiteral("percentiles"), percentileObject}};
}

} // namespace Server
