// Reading one top-level string field without parsing: it agrees with QJsonDocument or says it
// cannot tell.
#include "api/wire/toplevelfield.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestTopLevelField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheParser_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("first") << QByteArray("{\"next_page_token\":\"cnVuczo1MA\",\"runs\":[]}");
        QTest::newRow("last") << QByteArray(
            "{\"runs\":[{\"id\":\"a\"}],\"next_page_token\":\"t2\"}");
        QTest::newRow("spaced") << QByteArray(
            "{ \"runs\" : [ ] ,\n \"next_page_token\" :\t\"t 3\" }");
        QTest::newRow("absent") << QByteArray("{\"runs\":[{\"id\":\"a\"}]}");
        QTest::newRow("null") << QByteArray("{\"runs\":[],\"next_page_token\":null}");
        QTest::newRow("empty") << QByteArray("{\"runs\":[],\"next_page_token\":\"\"}");
        QTest::newRow("escaped value")
            << QByteArray("{\"next_page_token\":\"a\\\"b\\\\c\\u00e9\\/d\",\"runs\":[]}");
        QTest::newRow("unicode") << QByteArray("{\"next_page_token\":\"p\xc3\xa4ge\"}");
        // The same key deeper down, or as a value, or inside a string, is not the field.
        QTest::newRow("nested key") << QByteArray("{\"runs\":[{\"options\":{\"next_page_token\":"
                                                  "\"evil\"}}],\"next_page_token\":\"good\"}");
        QTest::newRow("nested only")
            << QByteArray("{\"runs\":[{\"options\":{\"next_page_token\":\"evil\"}}]}");
        QTest::newRow("as a value") << QByteArray("{\"name\":\"next_page_token\",\"runs\":[]}");
        QTest::newRow("inside a string") << QByteArray(
            "{\"name\":\"x\\\",\\\"next_page_token\\\":\\\"evil\",\"next_page_token\":\"good\"}");
        QTest::newRow("backslash before quote")
            << QByteArray("{\"name\":\"x\\\\\",\"next_page_token\":\"good\"}");
        QTest::newRow("arrays of objects")
            << QByteArray("{\"a\":[[{\"b\":[1,2,{\"c\":\"}\"}]}]],\"next_page_token\":\"deep\"}");
    }

    void agreesWithTheParser()
    {
        QFETCH(QByteArray, json);
        const QJsonObject parsed = QJsonDocument::fromJson(json).object();
        const auto read = Api::topLevelStringField(json, "next_page_token");
        QVERIFY(read);
        QCOMPARE(*read, parsed.value(QStringLiteral("next_page_token")).toString());
    }

    void cannotTell_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[{\"next_page_token\":\"x\"}]");
        QTest::newRow("number value") << QByteArray("{\"next_page_token\":12}");
        QTest::newRow("cut in the value") << QByteArray("{\"next_page_token\":\"ab");
        QTest::newRow("cut before the end") << QByteArray("{\"runs\":[{\"id\":\"a\"}");
        QTest::newRow("no colon") << QByteArray("{\"next_page_token\" \"x\"}");
    }

    void cannotTell()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!Api::topLevelStringField(json, "next_page_token"));
    }
};

QTEST_GUILESS_MAIN(TestTopLevelField)
#include "tst_toplevelfield.moc"
