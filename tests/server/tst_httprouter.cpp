// The server's router: captures, literal-over-capture precedence, 405 with allowed methods,
// trailing slashes and percent-encoded segments.
#include "server/http/httprouter.h"

#include <QTest>

using Server::HttpRequest;
using Server::HttpResponse;
using Server::HttpRouter;

class TestHttpRouter : public QObject
{
    Q_OBJECT

private:
    static HttpRouter::Handler tagged(const char *tag)
    {
        return [tag](const HttpRequest &) {
            return HttpResponse::raw(tag, "text/plain");
        };
    }
    static QByteArray call(const HttpRouter::Match &m)
    {
        return m.handler ? (*m.handler)(HttpRequest{}).body : QByteArray();
    }

private Q_SLOTS:
    void matchesAndCaptures()
    {
        HttpRouter router;
        router.add("GET", QStringLiteral("/v1/applications/{app}/runs/{run}"), tagged("run"));
        router.add("POST", QStringLiteral("/v1/applications/{app}/runs/uploadurl"),
                   tagged("upload"));
        router.add("GET", QStringLiteral("/v1/applications/{app}/runs/{run}/metadata"),
                   tagged("meta"));

        const auto run = router.match("GET", QStringLiteral("/v1/applications/k/runs/r-1"));
        QCOMPARE(call(run), QByteArray("run"));
        QCOMPARE(run.params.value(QStringLiteral("app")), QStringLiteral("k"));
        QCOMPARE(run.params.value(QStringLiteral("run")), QStringLiteral("r-1"));
        // The pattern as added, which per-route policies (--strict) key on.
        QCOMPARE(run.pattern, QStringLiteral("/v1/applications/{app}/runs/{run}"));
        QCOMPARE(router.routes().size(), 3);
        QCOMPARE(router.routes().at(1).method, QByteArray("POST"));
        QCOMPARE(router.routes().at(1).pattern,
                 QStringLiteral("/v1/applications/{app}/runs/uploadurl"));

        QCOMPARE(call(router.match("POST", QStringLiteral("/v1/applications/k/runs/uploadurl"))),
                 QByteArray("upload"));
        QCOMPARE(call(router.match("GET", QStringLiteral("/v1/applications/k/runs/r/metadata/"))),
                 QByteArray("meta"));
        QCOMPARE(call(router.match("HEAD", QStringLiteral("/v1/applications/k/runs/r"))),
                 QByteArray("run"));
    }

    void literalPathWithWrongMethodIs405NotACapture()
    {
        HttpRouter router;
        router.add("GET", QStringLiteral("/v1/applications/{app}/runs/{run}"), tagged("run"));
        router.add("POST", QStringLiteral("/v1/applications/{app}/runs/uploadurl"),
                   tagged("upload"));
        const auto m = router.match("GET", QStringLiteral("/v1/applications/k/runs/uploadurl"));
        QVERIFY(!m.handler);
        QCOMPARE(m.allowedMethods, QByteArrayList{"POST"});
    }

    void unknownPathsMatchNothing()
    {
        HttpRouter router;
        router.add("GET", QStringLiteral("/v1/applications"), tagged("apps"));
        const auto m = router.match("GET", QStringLiteral("/v1/applications/x/y/z"));
        QVERIFY(!m.handler);
        QVERIFY(m.allowedMethods.isEmpty());
    }

    void percentEncodedSegmentsAreDecodedNotSplit()
    {
        HttpRouter router;
        router.add("GET", QStringLiteral("/v1/applications/{app}"), tagged("app"));
        const auto m = router.match("GET", QStringLiteral("/v1/applications/a%2Fb"));
        QCOMPARE(call(m), QByteArray("app"));
        QCOMPARE(m.params.value(QStringLiteral("app")), QStringLiteral("a/b"));
    }
};

QTEST_GUILESS_MAIN(TestHttpRouter)
#include "tst_httprouter.moc"
