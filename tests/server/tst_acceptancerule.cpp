// Acceptance verdicts for every operator and both tolerance kinds, with the edge cases: equal
// values, and a zero control with a relative tolerance (which then allows nothing).
#include "server/experiments/acceptance.h"
#include "server/experiments/distribution.h"

#include <QTest>

using Server::AcceptanceRule;

class TestAcceptanceRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("tolerance");
        QTest::addColumn<double>("amount");
        QTest::addColumn<double>("candidate");
        QTest::addColumn<double>("control");
        QTest::addColumn<bool>("passes");
        QTest::newRow("ge better") << "ge"
                                   << "" << 0.0 << 11.0 << 10.0 << true;
        QTest::newRow("ge equal") << "ge"
                                  << "" << 0.0 << 10.0 << 10.0 << true;
        QTest::newRow("ge worse") << "ge"
                                  << "" << 0.0 << 9.0 << 10.0 << false;
        QTest::newRow("ge worse within absolute") << "ge"
                                                  << "absolute" << 1.0 << 9.0 << 10.0 << true;
        QTest::newRow("ge worse within relative") << "ge"
                                                  << "relative" << 0.1 << 9.0 << 10.0 << true;
        QTest::newRow("ge worse beyond relative") << "ge"
                                                  << "relative" << 0.05 << 9.0 << 10.0 << false;
        QTest::newRow("gt equal") << "gt"
                                  << "" << 0.0 << 10.0 << 10.0 << false;
        QTest::newRow("gt equal with tolerance") << "gt"
                                                 << "absolute" << 0.5 << 10.0 << 10.0 << true;
        QTest::newRow("le lower") << "le"
                                  << "" << 0.0 << 9.0 << 10.0 << true;
        QTest::newRow("le higher within") << "le"
                                          << "absolute" << 2.0 << 11.0 << 10.0 << true;
        QTest::newRow("lt equal") << "lt"
                                  << "" << 0.0 << 10.0 << 10.0 << false;
        QTest::newRow("lt higher beyond relative") << "lt"
                                                   << "relative" << 0.05 << 10.6 << 10.0 << false;
        QTest::newRow("eq equal") << "eq"
                                  << "" << 0.0 << 10.0 << 10.0 << true;
        QTest::newRow("eq within") << "eq"
                                   << "absolute" << 0.5 << 10.4 << 10.0 << true;
        QTest::newRow("eq beyond") << "eq"
                                   << "absolute" << 0.5 << 10.6 << 10.0 << false;
        QTest::newRow("ne equal") << "ne"
                                  << "" << 0.0 << 10.0 << 10.0 << false;
        QTest::newRow("ne different beyond") << "ne"
                                             << "relative" << 0.01 << 10.5 << 10.0 << true;
        QTest::newRow("zero control, relative") << "ge"
                                                << "relative" << 0.5 << -0.1 << 0.0 << false;
        QTest::newRow("zero control, relative, equal") << "ge"
                                                       << "relative" << 0.5 << 0.0 << 0.0 << true;
        QTest::newRow("negative control, relative") << "ge"
                                                    << "relative" << 0.1 << -10.5 << -10.0 << true;
    }

    void verdicts()
    {
        QFETCH(QString, op);
        QFETCH(QString, tolerance);
        QFETCH(double, amount);
        QFETCH(double, candidate);
        QFETCH(double, control);
        QFETCH(bool, passes);
        QCOMPARE((AcceptanceRule{op, tolerance, amount}.passes(candidate, control)), passes);
    }

    void margins()
    {
        // Positive inside the threshold, negative outside, in the statistic's units.
        QCOMPARE((AcceptanceRule{"ge", "absolute", 1.0}.margin(9.5, 10.0)), 0.5);
        QCOMPARE((AcceptanceRule{"ge", "", 0.0}.margin(8.0, 10.0)), -2.0);
        QCOMPARE((AcceptanceRule{"le", "relative", 0.1}.margin(10.5, 10.0)), 0.5);
        QCOMPARE((AcceptanceRule{"eq", "absolute", 2.0}.margin(11.0, 10.0)), 1.0);
        QCOMPARE((AcceptanceRule{"ne", "", 0.0}.margin(7.0, 10.0)), 3.0);
        QCOMPARE((AcceptanceRule{"gt", "", 0.0}.margin(10.0, 10.0)), 0.0);
    }

    void statisticsByName()
    {
        const Server::Distribution d = Server::Distribution::of({1, 2, 3, 4});
        QCOMPARE(*Server::statisticValue(d, QStringLiteral("mean")), 2.5);
        QCOMPARE(*Server::statisticValue(d, QStringLiteral("max")), 4.0);
        QCOMPARE(*Server::statisticValue(d, QStringLiteral("p50")), 2.5);
        QVERIFY(!Server::statisticValue(d, QStringLiteral("p42")));
        QVERIFY(!Server::statisticValue(d, QStringLiteral("median")));
        QVERIFY(!AcceptanceRule::isKnownOperator(QStringLiteral("gte")));
    }
};

QTEST_GUILESS_MAIN(TestAcceptanceRule)
#include "tst_acceptancerule.moc"
