// The streaming JSON check must take exactly what QJsonDocument::fromJson takes (the console
// checks large inputs with it and small ones with QJsonDocument), however the bytes are cut.
#include "api/wire/jsonsyntaxcheck.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using Api::JsonSyntaxCheck;

namespace {

bool qtTakes(const QByteArray &bytes)
{
    QJsonParseError error{};
    QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError;
}

// The check fed `bytes` in pieces of `piece` bytes (0: whole).
JsonSyntaxCheck checked(const QByteArray &bytes, qsizetype piece = 0)
{
    JsonSyntaxCheck check;
    if (piece <= 0)
        piece = std::max<qsizetype>(1, bytes.size());
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        check.feed(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
    check.finish();
    return check;
}

QByteArray nested(int depth, const QByteArray &open, const QByteArray &inner,
                  const QByteArray &close)
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

} // namespace

class TestJsonSyntaxCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QList<QByteArray> cases = {
            // Top level and white space.
            "{}",
            "[]",
            "1",
            "\"s\"",
            "true",
            "",
            "  ",
            "\t[\r\n]",
            "\x0b[]",
            "[]\x0c",
            "[1] x",
            "{\"a\":1}{}",
            "[1]\n\n",
            QByteArray("[1]\0", 4),
            "\xef\xbb\xbf[1]",
            "\xef\xbb[1]",
            "\xef[1]",
            // Numbers, read as leniently as Qt reads them.
            "[0]",
            "[-0]",
            "[1.]",
            "[.5]",
            "[-.5]",
            "[.]",
            "[-.]",
            "[.e1]",
            "[1.e5]",
            "[0.]",
            "[-0.e-1]",
            "[00]",
            "[01]",
            "[-01]",
            "[1e]",
            "[1e+]",
            "[1e5.5]",
            "[e5]",
            "[+1]",
            "[+]",
            "[-]",
            "[--1]",
            "[0x1]",
            "[1.5.5]",
            "[1E+5]",
            "[1e-5]",
            "[1e308]",
            "[2e308]",
            "[1e400]",
            "[1e-400]",
            "[0e999]",
            "[0.0000e-999]",
            "[123456789012345678901234567890]",
            "[9223372036854775808]",
            "[" + QByteArray(400, '9') + "]",
            "[" + QByteArray(310, '9') + ".5]",
            "[1." + QByteArray(500, '0') + "1]",
            "{\"a\":.5e}",
            "[1 2]",
            "[1,]",
            "[,1]",
            // Literals.
            "[true,false,null]",
            "[tru]",
            "[True]",
            "[nulll]",
            "[true false]",
            "[nul]",
            // Strings, escapes and UTF-8.
            "[\"a\tb\"]",
            "[\"\x01\"]",
            QByteArray("[\"a\0b\"]", 7),
            "[\"\x7f\"]",
            "[\"\\/\"]",
            "[\"\\x\"]",
            "[\"\\u00zz\"]",
            "[\"\\u12\"]",
            "[\"\\uABCD\"]",
            "[\"\\ud800\"]",
            "[\"\\uDE00\\uD83D\"]",
            "[\"\\\xc3\xa9\"]",
            "[\"\xc3\xa9\"]",
            "[\"\xc3\x28\"]",
            "[\"\xc0\x80\"]",
            "[\"\xc1\xbf\"]",
            "[\"\xe2\x82\xac\"]",
            "[\"\xe0\x80\x80\"]",
            "[\"\xe0\xa0\x80\"]",
            "[\"\xed\xa0\x80\"]",
            "[\"\xed\x9f\xbf\"]",
            "[\"\xf0\x9f\x98\x80\"]",
            "[\"\xf0\x8f\xbf\xbf\"]",
            "[\"\xf4\x8f\xbf\xbf\"]",
            "[\"\xf4\x90\x80\x80\"]",
            "[\"\xf5\x80\x80\x80\"]",
            "[\"\xff\"]",
            "[\"\x80\"]",
            "[\"abc",
            "[\"abc\\",
            "[\"\xe2\x82",
            // Objects and arrays.
            "{\"a\" : 1 , \"b\":[ ]  }",
            "{\"\":1}",
            "{,}",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{1:2}",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\":1 \"b\":2}",
            "[1}",
            "{\"a\":1]",
            "[[[]]]",
            "[[]",
            "{\"a\":[1,{\"b\":null}]}",
            "{\"a\":{",
            "[",
            "{",
            // Nesting: Qt takes 1024 levels, not 1025.
            nested(1024, "[", "", "]"),
            nested(1025, "[", "", "]"),
            nested(1024, "{\"a\":", "1", "}"),
            nested(1025, "{\"a\":", "1", "}"),
        };
        for (const QByteArray &bytes : cases)
            QTest::newRow(bytes.left(40).toPercentEncoding("[]{}\":,.-+ ").constData()) << bytes;
    }

    void agreesWithQJsonDocument()
    {
        QFETCH(QByteArray, bytes);
        const bool expected = qtTakes(bytes);
        const JsonSyntaxCheck whole = checked(bytes);
        QCOMPARE(!whole.failed(), expected);
        QCOMPARE(whole.error().errorString().isEmpty(), false);
        // Cut anywhere, the verdict is the same.
        for (qsizetype piece : {1, 2, 3, 7})
            QCOMPARE(!checked(bytes, piece).failed(), expected);
    }

    void agreesOnMutatedDocuments()
    {
        // A realistic document, then thousands of single-byte edits of it: whatever they break,
        // the check and QJsonDocument must still agree.
        QByteArray document = "{\"items\":[";
        for (int i = 0; i < 40; ++i) {
            document += QByteArrayLiteral("{\"id\":") + QByteArray::number(i) +
                ",\"name\":\"item-\xc3\xa9\\u00e9\\n" + QByteArray::number(i) +
                "\",\"w\":" + QByteArray::number(i * 0.25) +
                ",\"e\":1.5e-3,\"ok\":" + (i % 2 ? "true" : "false") + ",\"t\":[\"a\",null,[]]},";
        }
        document.chop(1);
        document += "],\"statistics\":{\"result\":{\"value\":-12.75}}}\n";
        QVERIFY(qtTakes(document));
        QVERIFY(!checked(document).failed());

        const QByteArray alphabet = QByteArrayLiteral("{}[]:,\"\\ .-+eE019tfnu\xc3\xa9\x80\t\n");
        QRandomGenerator random(12);
        for (int i = 0; i < 20000; ++i) {
            QByteArray mutated = document;
            const qsizetype at = random.bounded(mutated.size());
            switch (random.bounded(3)) {
            case 0:
                mutated[at] = alphabet.at(random.bounded(alphabet.size()));
                break;
            case 1:
                mutated.remove(at, 1);
                break;
            default:
                mutated.insert(at, alphabet.at(random.bounded(alphabet.size())));
            }
            const bool expected = qtTakes(mutated);
            QVERIFY2(!checked(mutated).failed() == expected,
                     mutated.mid(std::max<qsizetype>(0, at - 30), 60).constData());
            QVERIFY(!checked(mutated, 1 + random.bounded(50)).failed() == expected);
        }
    }

    void agreesOnEveryPlaceInALongString()
    {
        // Plain string bytes are skipped a word at a time: whatever ends the run must be seen
        // at every place in a word, and where the chunk cuts the string.
        const QList<QByteArray> specials = {
            "\"",       "\\\"", "\\n",          "\\u00e9",      "\\u00g9",
            "\xc3\xa9", "\xc3", "\xe2\x82\xac", "\xed\xa0\x80", "\xf0\x9f\x98\x80",
            "\xff",     "\x01", "\x7f"};
        for (const QByteArray &special : specials) {
            for (int at = 0; at < 18; ++at) {
                const QByteArray bytes =
                    "[\"" + QByteArray(at, 'a') + special + QByteArray(11, 'b') + "\",1]";
                const bool expected = qtTakes(bytes);
                for (qsizetype piece : {0, 1, 2, 3, 5, 8, 9})
                    QVERIFY2(!checked(bytes, piece).failed() == expected, bytes.constData());
            }
        }
    }

    void reportsWhereAndWhat()
    {
        const JsonSyntaxCheck check = checked("{\"a\":[1,2,}");
        QVERIFY(check.failed());
        QCOMPARE(check.error().error, QJsonParseError::MissingObject);
        QCOMPARE(check.error().offset, 10);
        QCOMPARE(checked("[1,2").error().error, QJsonParseError::UnterminatedArray);
        QCOMPARE(checked("[\"a").error().error, QJsonParseError::UnterminatedString);
        QCOMPARE(checked("[1] 2").error().error, QJsonParseError::GarbageAtEnd);
        QCOMPARE(checked("[1] 2").error().offset, 4);
    }

    void ignoresWhatFollowsAnError()
    {
        JsonSyntaxCheck check;
        QVERIFY(!check.feed("[}"));
        QVERIFY(!check.feed("]"));
        QVERIFY(!check.finish());
        QCOMPARE(check.error().offset, 1);
    }
};

QTEST_GUILESS_MAIN(TestJsonSyntaxCheck)
#include "tst_jsonsyntaxcheck.moc"
