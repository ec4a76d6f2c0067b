// Experiment statistics against values computed by hand.
#include "server/experiments/distribution.h"

#include <QTest>

#include <cmath>

using Server::Distribution;

class TestDistribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryOfKnownValues()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32/7.
        const Distribution d = Distribution::of({4, 2, 9, 4, 5, 7, 4, 5});
        QCOMPARE(d.count, 8);
        QCOMPARE(d.min, 2.0);
        QCOMPARE(d.max, 9.0);
        QCOMPARE(d.mean, 5.0);
        QVERIFY(std::abs(d.std - std::sqrt(32.0 / 7.0)) < 1e-12);
        // exp(mean(ln(x + 10))) - 10, by hand: ln 12, ln 14 ×3, ln 15 ×2, ln 17, ln 19.
        const double logs =
            std::log(12) + 3 * std::log(14) + 2 * std::log(15) + std::log(17) + std::log(19);
        QVERIFY(std::abs(d.shiftedGeometricMean - (std::exp(logs / 8) - 10)) < 1e-12);
        // Percentiles with linear interpolation: p50 between the 4th and 5th values (4, 5).
        QCOMPARE(Distribution::percentile({2, 4, 4, 4, 5, 5, 7, 9}, 50), 4.5);
        QCOMPARE(Distribution::percentile({2, 4, 4, 4, 5, 5, 7, 9}, 25), 4.0);
        QVERIFY(std::abs(Distribution::percentile({2, 4, 4, 4, 5, 5, 7, 9}, 99) - 8.86) < 1e-9);
        QCOMPARE(d.percentileValues.first(), Distribution::percentile({2, 4, 4, 4, 5, 5, 7, 9}, 1));
    }

    void edgeCases()
    {
        const Distribution one = Distribution::of({3});
        QCOMPARE(one.std, 0.0);
        QCOMPARE(one.percentileValues.at(4), 3.0);
        QCOMPARE(Distribution::of({}).count, 0);
        // Below -shift the geometric mean is undefined and left out of the JSON.
        const QJsonObject json = Distribution::of({-20, 1}).toJson();
        QVERIFY(!json.value(QStringLiteral("shifted_geometric_mean"))
                     .toObject()
                     .contains(QStringLiteral("value")));
        QVERIFY(
            json.value(QStringLiteral("percentiles")).toObject().contains(QStringLiteral("p05")));
    }
};

QTEST_GUILESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
