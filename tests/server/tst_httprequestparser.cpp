// The HTTP/1.1 request parser alone: framing, decoding, refusals of ambiguous framing, caps, and
// arbitrary bytes in arbitrary pieces.
#include "server/http/httprequestparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Server;

namespace {

struct Parsed
{
    QList<HttpRequestHead> heads;
    QList<QByteArray> bodies; // one per completed request
    int completed = 0;
    int errorStatus = 0;
    qsizetype consumed = 0;
};

// Feeds the input in pieces of `piece` bytes, as a socket would deliver it.
Parsed parse(const QByteArray &input, qsizetype piece = 1 << 30,
             HttpRequestParser::Limits limits = {})
{
    HttpRequestParser parser(limits);
    Parsed out;
    QByteArray body;
    for (qsizetype at = 0; at < input.size() && out.errorStatus == 0; at += piece) {
        QByteArrayView rest = QByteArrayView(input).sliced(at, std::min(piece, input.size() - at));
        for (;;) {
            const auto step = parser.feed(rest);
            rest = rest.sliced(step.consumed);
            out.consumed += step.consumed;
            if (step.event == HttpRequestParser::Event::NeedMore)
                break;
            if (step.event == HttpRequestParser::Event::Error) {
                out.errorStatus = parser.errorStatus();
                break;
            }
            if (step.event == HttpRequestParser::Event::HeadersComplete)
                out.heads.append(parser.head());
            if (step.event == HttpRequestParser::Event::BodyData)
                body += parser.body().toByteArray();
            if (step.event == HttpRequestParser::Event::RequestComplete) {
                out.bodies.append(std::exchange(body, {}));
                ++out.completed;
            }
        }
    }
    return out;
}

QByteArray request(const QByteArray &headers, const QByteArray &body = {})
{
    return "POST /v1/x HTTP/1.1\r\nHost: h\r\n" + headers + "\r\n" + body;
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleGetWholeOrByteByByte()
    {
        const QByteArray text = "GET /v1/applications?x=1 HTTP/1.1\r\nHost: localhost\r\n"
                                "Authorization:  Bearer k \r\n\r\n";
        for (const qsizetype piece : {qsizetype(1) << 30, qsizetype(1), qsizetype(7)}) {
            const Parsed p = parse(text, piece);
            QCOMPARE(p.errorStatus, 0);
            QCOMPARE(p.completed, 1);
            QCOMPARE(p.heads.first().method, "GET");
            QCOMPARE(p.heads.first().target, "/v1/applications?x=1");
            QCOMPARE(p.heads.first().header("authorization"), "Bearer k");
            QVERIFY(p.heads.first().keepAlive);
            QVERIFY(!p.heads.first().hasBody());
        }
    }

    void contentLengthBodyAndPipelining()
    {
        const QByteArray text = request("Content-Length: 5\r\n", "hello") +
            "GET /b HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
        for (const qsizetype piece : {qsizetype(1) << 30, qsizetype(1), qsizetype(3)}) {
            const Parsed p = parse(text, piece);
            QCOMPARE(p.errorStatus, 0);
            QCOMPARE(p.completed, 2);
            QCOMPARE(p.bodies.at(0), "hello");
            QCOMPARE(p.heads.at(1).target, "/b");
            QVERIFY(!p.heads.at(1).keepAlive);
        }
    }

    void chunkedBodyIsDecoded()
    {
        const QByteArray text = request("Transfer-Encoding: chunked\r\n",
                                        "5;ext=1\r\nhello\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n"
                                        "0\r\nX-Trailer: t\r\n\r\n");
        for (const qsizetype piece : {qsizetype(1) << 30, qsizetype(1), qsizetype(4)}) {
            const Parsed p = parse(text, piece);
            QCOMPARE(p.errorStatus, 0);
            QCOMPARE(p.completed, 1);
            QVERIFY(p.heads.first().chunked);
            QCOMPARE(p.bodies.first(), "helloabcdefghijklmnopqrstuvwxyz");
        }
    }

    void ambiguousOrInvalidFramingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("status");
        QTest::newRow("differing lengths")
            << request("Content-Length: 5\r\nContent-Length: 6\r\n", "hello!") << 400;
        QTest::newRow("differing list") << request("Content-Length: 5, 6\r\n", "hello!") << 400;
        QTest::newRow("length and chunked")
            << request("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n") << 400;
        QTest::newRow("negative length") << request("Content-Length: -1\r\n") << 400;
        QTest::newRow("signed length") << request("Content-Length: +5\r\n", "hello") << 400;
        QTest::newRow("text length") << request("Content-Length: five\r\n") << 400;
        QTest::newRow("huge length")
            << request("Content-Length: 99999999999999999999999\r\n") << 400;
        QTest::newRow("gzip coding") << request("Transfer-Encoding: gzip\r\n") << 400;
        QTest::newRow("gzip, chunked")
            << request("Transfer-Encoding: gzip, chunked\r\n", "0\r\n\r\n") << 400;
        QTest::newRow("bad chunk size")
            << request("Transfer-Encoding: chunked\r\n", "zz\r\n") << 400;
        QTest::newRow("oversized chunk size")
            << request("Transfer-Encoding: chunked\r\n", "ffffffffffffffffff\r\n") << 400;
        QTest::newRow("chunk longer than said")
            << request("Transfer-Encoding: chunked\r\n", "2\r\nabc\r\n0\r\n\r\n") << 400;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts") << request("Host: other\r\n") << 400;
        QTest::newRow("obs-fold") << request("X-A: a\r\n b\r\n") << 400;
        QTest::newRow("space before colon") << request("X-A : a\r\n") << 400;
        QTest::newRow("garbage line") << QByteArray("THIS IS NOT HTTP\r\n\r\n") << 400;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("odd expect") << request("Expect: magic\r\n") << 417;
    }

    void ambiguousOrInvalidFramingIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, status);
        QCOMPARE(parse(text).errorStatus, status);
        QCOMPARE(parse(text, 1).errorStatus, status);
    }

    void equalRepeatedLengthsAreOneLength()
    {
        const Parsed p = parse(request("Content-Length: 5\r\nContent-Length: 5, 5\r\n", "hello"));
        QCOMPARE(p.errorStatus, 0);
        QCOMPARE(p.bodies.value(0), "hello");
    }

    void expectContinueAndHttp10()
    {
        Parsed p = parse(request("Expect: 100-Continue\r\nContent-Length: 2\r\n"));
        QVERIFY(p.heads.value(0).expectContinue);
        p = parse("GET / HTTP/1.0\r\n\r\n");
        QCOMPARE(p.completed, 1);
        QVERIFY(!p.heads.first().keepAlive);
        p = parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(p.heads.first().keepAlive);
    }

    void headerBlockIsCappedWithoutBufferingIt()
    {
        // 10 MB of headers: refused once the cap is passed, long before the end.
        QByteArray text = "GET / HTTP/1.1\r\nHost: h\r\n";
        const QByteArray line = "X-Filler: " + QByteArray(990, 'a') + "\r\n";
        while (text.size() < 10 * 1024 * 1024)
            text += line;
        const Parsed p = parse(text, 4096);
        QCOMPARE(p.errorStatus, 431);
        QVERIFY2(p.consumed <= 64 * 1024, QByteArray::number(p.consumed));

        QByteArray many = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 200; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(parse(many + "\r\n").errorStatus, 431);

        QCOMPARE(parse("GET /" + QByteArray(70000, 'a') + " HTTP/1.1\r\n").errorStatus, 414);
        // One endless line without a newline is cut off too.
        QCOMPARE(parse(request("X-Long: " + QByteArray(70000, 'a')), 1000).errorStatus, 431);
    }

    void arbitraryBytesNeverCrashOrOverrun()
    {
        QRandomGenerator random(20261129);
        const QByteArray alphabet =
            "GET /HTTP1.\r\n:chunkedContent-LengthTransfer-Encoding0123456789"
            "abcdef ;\t\x00\xff";
        for (int round = 0; round < 2000; ++round) {
            QByteArray text = round % 2 ? request("Transfer-Encoding: chunked\r\n") : QByteArray();
            const int size = random.bounded(1, 600);
            for (int i = 0; i < size; ++i) {
                text += random.bounded(4) == 0 ? char(random.bounded(256))
                                               : alphabet.at(random.bounded(alphabet.size()));
            }
            const Parsed p = parse(text, random.bounded(1, 64), {4096, 20});
            QVERIFY(p.consumed <= text.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
