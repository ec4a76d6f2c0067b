// The structural JSON diff against hand-made cases: members in another order, arrays reordered
// with and without ids, changes of type, unicode keys and values, deep nesting, and the limits
// (truncation, cancel).
#include "models/json/jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Models::diffJson;
using Models::JsonChange;
using Kind = Models::JsonChange::Kind;

namespace {

QJsonValue parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// A change as one line, to compare lists of them at a glance.
QString describe(const JsonChange &change)
{
    static const char *const kinds[] = {"added", "removed", "changed", "moved"};
    QString text = QLatin1String(kinds[int(change.kind)]) + QLatin1Char(' ');
    if (change.leftPath == change.rightPath || change.leftPath.isEmpty())
        text += change.rightPath;
    else if (change.rightPath.isEmpty())
        text += change.leftPath;
    else
        text += change.leftPath + QStringLiteral(" -> ") + change.rightPath;
    return text;
}

QStringList describe(const Models::JsonDiffResult &result)
{
    QStringList lines;
    for (const JsonChange &change : result.changes)
        lines.append(describe(change));
    return lines;
}

QStringList diff(const char *left, const char *right)
{
    return describe(diffJson(parse(left), parse(right)));
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalDocumentsHaveNoChanges()
    {
        QCOMPARE(diff("{\"a\":1,\"b\":[1,2,{\"c\":null}]}", "{\"a\":1,\"b\":[1,2,{\"c\":null}]}"),
                 QStringList());
        // The order of members is not a difference; JSON objects have none.
        QCOMPARE(diff("{\"a\":1,\"b\":2,\"c\":{\"x\":1,\"y\":2}}",
                      "{\"c\":{\"y\":2,\"x\":1},\"b\":2,\"a\":1}"),
                 QStringList());
        // 1 and 1.0 are the same number.
        QCOMPARE(diff("{\"a\":1}", "{\"a\":1.0}"), QStringList());
    }

    void membersAddedRemovedAndChanged()
    {
        QCOMPARE(diff("{\"a\":1,\"b\":2,\"nested\":{\"x\":true}}",
                      "{\"a\":1,\"b\":3,\"c\":4,\"nested\":{\"x\":false}}"),
                 (QStringList{"changed b", "changed nested.x", "added c"}));
        QCOMPARE(diff("{\"a\":1,\"gone\":{\"deep\":[1]}}", "{\"a\":1}"),
                 QStringList{"removed gone"});
    }

    void changesOfTypeAreChanges()
    {
        const auto result = diffJson(parse("{\"v\":1,\"w\":[1],\"x\":{},\"y\":null,\"z\":\"1\"}"),
                                     parse("{\"v\":\"1\",\"w\":{},\"x\":[],\"y\":false,\"z\":1}"));
        QCOMPARE(describe(result),
                 (QStringList{"changed v", "changed w", "changed x", "changed y", "changed z"}));
        QCOMPARE(result.changes[0].left, QJsonValue(1));
        QCOMPARE(result.changes[0].right, QJsonValue(QStringLiteral("1")));
        QCOMPARE(result.changes[1].right, QJsonValue(QJsonObject()));
        // Whole documents of another type.
        QCOMPARE(describe(diffJson(parse("[1]"), parse("{\"a\":1}"))), QStringList{"changed "});
    }

    // Items matched by id keep their identity wherever they stand: a reorder is a move, and a
    // member change names the item by its id.
    void arrayReorderedWithIds()
    {
        QCOMPARE(diff("{\"items\":[{\"id\":\"a\",\"w\":1},{\"id\":\"b\",\"w\":2},"
                      "{\"id\":\"c\",\"w\":3}]}",
                      "{\"items\":[{\"id\":\"c\",\"w\":3},{\"id\":\"a\",\"w\":1},"
                      "{\"id\":\"b\",\"w\":5}]}"),
                 (QStringList{"moved items[2] -> items[0]", "changed items[id=\"b\"].w"}));
        QCOMPARE(diff("[{\"id\":7,\"v\":1},{\"id\":8,\"v\":1}]",
                      "[{\"id\":9,\"v\":1},{\"id\":7,\"v\":2}]"),
                 (QStringList{"added [id=9]", "changed [id=7].v", "removed [id=8]"}));
    }

    void anIdMustBeOnEveryItemAndDistinct()
    {
        // "id" repeats, so "name" is the identity.
        QCOMPARE(diff("[{\"id\":1,\"name\":\"x\",\"v\":1},{\"id\":1,\"name\":\"y\",\"v\":2}]",
                      "[{\"id\":1,\"name\":\"y\",\"v\":2},{\"id\":1,\"name\":\"x\",\"v\":3}]"),
                 (QStringList{"moved [0] -> [1]", "changed [name=\"x\"].v"}));
        // One item without any id: matched by value.
        QCOMPARE(diff("[{\"id\":1},{\"v\":2}]", "[{\"v\":2},{\"id\":1}]"),
                 (QStringList{"moved [0] -> [1]"}));
    }

    // Without ids, equal values keep their place in the longest common order; a value that
    // turns up elsewhere moved; what is left between is compared position by position.
    void arrayReorderedWithoutIds()
    {
        QCOMPARE(diff("[1,2,3,4]", "[4,1,2,3]"), QStringList{"moved [3] -> [0]"});
        QCOMPARE(diff("[\"a\",\"b\",\"c\"]", "[\"a\",\"x\",\"c\",\"d\"]"),
                 (QStringList{"changed [1]", "added [3]"}));
        QCOMPARE(diff("[[1,2],[3,4]]", "[[1,2],[3,5]]"), QStringList{"changed [1][1]"});
        QCOMPARE(diff("[1,2,3]", "[3]"), (QStringList{"removed [0]", "removed [1]"}));
        QCOMPARE(diff("[]", "[true,false]"), (QStringList{"added [0]", "added [1]"}));
    }

    void unicodeKeysAndValues()
    {
        const auto result = diffJson(parse("{\"größe\":\"klein\",\"名前\":\"太郎\",\"a b\":1}"),
                                     parse("{\"größe\":\"groß\",\"名前\":\"太郎\",\"a b\":2}"));
        QCOMPARE(describe(result), (QStringList{"changed [\"a b\"]", "changed [\"größe\"]"}));
        QCOMPARE(result.changes[1].right.toString(), QStringLiteral("groß"));
        QCOMPARE(diff("{\"k\":\"😀\"}", "{\"k\":\"😀\"}"), QStringList());
        QCOMPARE(diff("[{\"id\":\"ü\",\"v\":1}]", "[{\"id\":\"ü\",\"v\":2}]"),
                 QStringList{"changed [id=\"ü\"].v"});
    }

    void deepNesting()
    {
        QByteArray left = "1", right = "2", expected;
        for (int depth = 0; depth < 300; ++depth) {
            left = "{\"d\":[" + left + "]}";
            right = "{\"d\":[" + right + "]}";
            expected += depth == 0 ? "d[0]" : ".d[0]";
        }
        QCOMPARE(diff(left.constData(), right.constData()),
                 QStringList{QStringLiteral("changed ") + QString::fromLatin1(expected)});
    }

    void stopsAtTheLimitOfChanges()
    {
        QJsonArray left, right;
        for (int i = 0; i < 1000; ++i) {
            left.append(QJsonObject{{QStringLiteral("v"), i}});
            right.append(QJsonObject{{QStringLiteral("v"), -i - 1}});
        }
        Models::JsonDiffOptions options;
        options.maxChanges = 10;
        const auto result = diffJson(left, right, options);
        QCOMPARE(result.changes.size(), 10);
        QVERIFY(result.truncated);
        QCOMPARE(describe(result.changes.first()), QStringLiteral("changed [0].v"));
    }

    void cancelStops()
    {
        std::atomic_bool cancel = true;
        Models::JsonDiffOptions options;
        options.cancel = &cancel;
        const auto result = diffJson(parse("{\"a\":1}"), parse("{\"a\":2}"), options);
        QVERIFY(result.canceled);
        QVERIFY(result.changes.isEmpty());
    }

    // 100k items, one changed, one moved: fast and exact.
    void aLargeArray()
    {
        QJsonArray left, right;
        for (int i = 0; i < 100000; ++i)
            left.append(QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("w"), i % 7}});
        right = left;
        right.replace(500, QJsonObject{{QStringLiteral("n"), 500}, {QStringLiteral("w"), 99}});
        const QJsonValue last = right.last();
        right.removeLast();
        right.prepend(last);
        const auto result = diffJson(left, right);
        QCOMPARE(describe(result),
                 (QStringList{"moved [99999] -> [0]", "changed [500].w -> [501].w"}));
        QVERIFY(!result.approximate);
    }
};

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
