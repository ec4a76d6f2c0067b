// Distributional summaries of a statistic over runs, in the shape Nextmv's experiment results
// use: count, min, max, mean, std (sample, n−1), shifted geometric mean (shift 10) and the
// percentiles p01 … p99 (linear interpolation between order statistics, as numpy's default).
#pragma once

#include <QJsonObject>
#include <QList>

namespace Server {

struct Distribution
{
    static constexpr double geometricShift = 10.0;
    static const QList<int> percentiles; // 1, 5, 10, 25, 50, 75, 90, 95, 99

    int count = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    double std = 0;
    double shiftedGeometricMean = 0;
    QList<double> percentileValues; // in the order of `percentiles`

    static Distribution of(QList<double> values);
    static double percentile(const QList<double> &sorted, double p);

    // {"min","max","count","mean","std","shifted_geometric_mean":{"value","shift"},
    //  "percentiles":{"p01",…}} as in grouped_distributional_summaries.
    QJsonObject toJson() const;
};

} // namespace Server
