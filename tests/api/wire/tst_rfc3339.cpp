// RFC3339 parsing and formatting: the forms the Nextmv SDK sends and the form we emit.
#include "api/wire/rfc3339.h"

#include <QTest>
#include <QTimeZone>

class TestRfc3339 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatClientsSend_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs");
        const qint64 base = QDateTime(QDate(2024, 1, 5), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("Z") << "2024-01-05T00:00:00Z" << base;
        QTest::newRow("offset") << "2024-01-05T02:00:00+02:00" << base;
        QTest::newRow("negative offset") << "2024-01-04T19:00:00-05:00" << base;
        QTest::newRow("naive is UTC") << "2024-01-05T00:00:00" << base;
        QTest::newRow("nanoseconds") << "2024-01-05T00:00:00.123456789Z" << base + 123;
        QTest::newRow("one digit") << "2024-01-05T00:00:00.5Z" << base + 500;
    }

    void parsesWhatClientsSend()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const auto parsed = Api::Rfc3339::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->toMSecsSinceEpoch(), msecs);
    }

    void refusesNonsense_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("date only") << "2024-01-05";
        QTest::newRow("bad month") << "2024-13-05T00:00:00Z";
        QTest::newRow("words") << "yesterday";
        QTest::newRow("offset into the year 10000") << "9999-12-31T23:59:59.99-14:00";
    }

    void refusesNonsense()
    {
        QFETCH(QString, text);
        QVERIFY(!Api::Rfc3339::parse(text));
    }

    // format()'s shape is read without the regular expression; a leading space (trimmed) takes
    // the general reading, which must say the same.
    void readsTheCanonicalShapeAsTheGeneralReadingDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("milliseconds") << "2026-11-26T10:00:00.123Z";
        QTest::newRow("no fraction") << "2026-11-26T10:00:00Z";
        QTest::newRow("nine digits") << "2026-11-26T10:00:00.987654321Z";
        QTest::newRow("two digits") << "2026-11-26T10:00:00.12Z";
        QTest::newRow("ten digits") << "2026-11-26T10:00:00.1234567890Z";
        QTest::newRow("leap day") << "2024-02-29T23:59:59.999Z";
        QTest::newRow("no leap day") << "2026-02-29T00:00:00Z";
        QTest::newRow("hour 24") << "2026-11-26T24:00:00Z";
        QTest::newRow("empty fraction") << "2026-11-26T10:00:00.Z";
        QTest::newRow("sign in a field") << "2026-+1-26T10:00:00Z";
        QTest::newRow("lowercase z") << "2026-11-26T10:00:00.123z";
        QTest::newRow("offset") << "2026-11-26T10:00:00.123+01:00";
        QTest::newRow("full-width digit") << QStringLiteral("2026-11-26T10:00:0\uFF11Z");
    }

    void readsTheCanonicalShapeAsTheGeneralReadingDoes()
    {
        QFETCH(QString, text);
        const auto fast = Api::Rfc3339::parse(text);
        const auto general = Api::Rfc3339::parse(QLatin1Char(' ') + text);
        QCOMPARE(fast.has_value(), general.has_value());
        if (fast) {
            QCOMPARE(*fast, *general);
            QCOMPARE(fast->timeSpec(), Qt::UTC);
        }
    }

    void formatsUtcWithZ()
    {
        const QDateTime local(QDate(2026, 11, 26), QTime(11, 0, 0, 123), QTimeZone(3600));
        QCOMPARE(Api::Rfc3339::format(local), QStringLiteral("2026-11-26T10:00:00.123Z"));
        QCOMPARE(Api::Rfc3339::parse(Api::Rfc3339::format(local))->toMSecsSinceEpoch(),
                 local.toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestRfc3339)
#include "tst_rfc3339.moc"
