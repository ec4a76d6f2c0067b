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
    }

    void refusesNonsense()
    {
        QFETCH(QString, text);
        QVERIFY(!Api::Rfc3339::parse(text));
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
