// The fault-injecting proxy itself: requests and answers pass through unchanged on kept-alive
// connections (Content-Length, chunked and until-close answers), each fault does what it says to
// the bytes on the wire, rules match by method and path, and the counts tell what reached the
// server.
#include "support/faultproxy.h"
#include "support/faultserver.h"
#include "support/httptestclient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using TestSupport::FaultProxy;
using TestSupport::FaultServer;
using TestSupport::HttpTestClient;
using Fault = FaultProxy::Fault;

namespace {

// A raw connection to the proxy, to see exactly which bytes come back.
struct RawClient
{
    explicit RawClient(const QUrl &url)
    {
        socket.connectToHost(QHostAddress::LocalHost, url.port());
    }

    void send(const QByteArray &bytes) { socket.write(bytes); }
    // Everything until the proxy closes the connection (or 10 s passed).
    QByteArray readToClose()
    {
        (void)QTest::qWaitFor(
            [this] {
                received += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        received += socket.readAll();
        return received;
    }
    // Waits until `bytes` in all have come (or 10 s passed).
    QByteArray readAtLeast(qsizetype bytes)
    {
        (void)QTest::qWaitFor(
            [this, bytes] {
                received += socket.readAll();
                return received.size() >= bytes;
            },
            10000);
        return received;
    }
    bool isOpen() const { return socket.state() == QAbstractSocket::ConnectedState; }

    QTcpSocket socket;
    QByteArray received;
};

// An upstream that answers every request with the same raw bytes, then closes if told to:
// for the answer framings FaultServer does not write (chunked, until-close).
class RawServer
{
public:
    RawServer(QByteArray answer, bool closeAfter)
    {
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, answer, closeAfter] {
            QTcpSocket *socket = server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, answer, closeAfter] {
                const QByteArray request = socket->readAll();
                if (!request.contains("\r\n\r\n"))
                    return;
                socket->write(answer);
                if (closeAfter)
                    socket->disconnectFromHost();
            });
        });
    }
    QTcpServer server;
};

constexpr char getX[] = "GET /x HTTP/1.1\r\nHost: h\r\n\r\n";

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsAndAnswersPassThroughOnOneConnection()
    {
        FaultServer upstream;
        QVERIFY(upstream.listen());
        upstream.setDefault("GET", QStringLiteral("/x"), {.body = R"({"x":1})"});
        upstream.setDefault("POST", QStringLiteral("/y"), {.status = 201, .body = R"({"y":2})"});
        FaultProxy proxy(upstream.port());
        QVERIFY(proxy.listen());

        HttpTestClient client(proxy.baseUrl(), "key");
        const auto x = client.get(QStringLiteral("/x?page=2"));
        QCOMPARE(x.status, 200);
        QCOMPARE(x.body, QByteArray(R"({"x":1})"));
        const auto y = client.post(QStringLiteral("/y"), {{QStringLiteral("big"), "1"}});
        QCOMPARE(y.status, 201);
        QCOMPARE(y.body, QByteArray(R"({"y":2})"));

        QCOMPARE(upstream.requests().size(), 2);
        QCOMPARE(upstream.requests().at(0).query, QByteArray("page=2"));
        QCOMPARE(upstream.requests().at(1).body, QByteArray(R"({"big":"1"})"));
        QCOMPARE(upstream.requests().at(1).header("Authorization"), QByteArray("Bearer key"));
        // Kept alive end to end: the second request came on the first connection.
        QCOMPARE(upstream.requests().at(1).connection, 1);
        QCOMPARE(proxy.forwardedCount("GET", QStringLiteral("/x")), 1);
        QCOMPARE(proxy.forwardedCount("POST", QStringLiteral("/y")), 1);
        QCOMPARE(proxy.faultCount(), 0);
    }

    void aRequestSplitAcrossWritesIsForwardedWhole()
    {
        FaultServer upstream;
        QVERIFY(upstream.listen());
        upstream.setDefault("PUT", QStringLiteral("/z"), {.body = "{}"});
        FaultProxy proxy(upstream.port());
        QVERIFY(proxy.listen());
        RawClient raw(proxy.baseUrl());
        raw.send("PUT /z HTTP/1.1\r\nHost: h\r\nContent-Len");
        QTRY_COMPARE(proxy.receivedCount("PUT", QStringLiteral("/z")), 0);
        raw.send("gth: 10\r\n\r\n01234");
        QTRY_COMPARE(proxy.receivedCount("PUT", QStringLiteral("/z")), 1);
        QCOMPARE(proxy.forwardedCount("PUT", QStringLiteral("/z")), 0); // body still incomplete
        raw.send("56789" + QByteArray(getX));
        QVERIFY(raw.readAtLeast(1).startsWith("HTTP/1.1 200"));
        QTRY_COMPARE(upstream.requests().size(), 2);
        QCOMPARE(upstream.requests().first().body, QByteArray("0123456789"));
        QCOMPARE(upstream.requests().last().path, QStringLiteral("/x"));
    }

    void chunkedAndUntilCloseAnswersPassThrough_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("closeAfter");
        QTest::newRow("chunked")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "4\r\nabcd\r\n6;ext=1\r\nefghij\r\n0\r\nX-Trailer: t\r\n\r\n")
            << false;
        QTest::newRow("until close")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nabcdefghij") << true;
    }

    void chunkedAndUntilCloseAnswersPassThrough()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, closeAfter);
        RawServer upstream(answer, closeAfter);
        FaultProxy proxy(upstream.server.serverPort());
        QVERIFY(proxy.listen());
        HttpTestClient client(proxy.baseUrl(), "key");
        QCOMPARE(client.get(QStringLiteral("/a")).body, QByteArray("abcdefghij"));
        QCOMPARE(client.get(QStringLiteral("/a")).body, QByteArray("abcdefghij"));
        // Everything that came in went on (Qt may send one again on a connection it saw close).
        QVERIFY(proxy.forwardedCount("GET", QStringLiteral("/a")) >= 2);
        QCOMPARE(proxy.receivedCount("GET", QStringLiteral("/a")),
                 proxy.forwardedCount("GET", QStringLiteral("/a")));
    }

    void dropBeforeRequestForwardsNothing()
    {
        FaultServer upstream;
        QVERIFY(upstream.listen());
        FaultProxy proxy(upstream.port());
        QVERIFY(proxy.listen());
        QSignalSpy applied(&proxy, &FaultProxy::faultApplied);
        proxy.inject({.fault = Fault::DropBeforeRequest});
        RawClient raw(proxy.baseUrl());
        // The head alone is enough: the body never has to arrive.
        raw.send("POST /runs HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n{");
        QCOMPARE(raw.readToClose(), QByteArray());
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().at(0).value<Fault>(), Fault::DropBeforeRequest);
        QCOMPARE(proxy.receivedCount("POST", QStringLiteral("/runs")), 1);
        QCOMPARE(proxy.forwardedCount("POST", QStringLiteral("/runs")), 0);
        QCOMPARE(upstream.requests().size(), 0);
        QCOMPARE(proxy.pendingFaults(), 0);
    }

    void dropAfterRequestLetsOnlyTheServerSeeIt()
    {
        FaultServer upstream;
        QVERIFY(upstream.listen());
        upstream.setDefault("POST", QStringLiteral("/runs"), {.body = R"({"run_id":"r"})"});
        FaultProxy proxy(upstream.port());
        QVERIFY(proxy.listen());
        proxy.inject({.fault = Fault::DropAfterRequest});
        RawClient raw(proxy.baseUrl());
        raw.send("POST /runs HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}");
        QCOMPARE(raw.readToClose(), QByteArray());
        QCOMPARE(upstream.requestCount("POST", QStringLiteral("/runs")), 1);
        QCOMPARE(upstream.requests().first().body, QByteArray("{}"));
        QCOMPARE(proxy.forwardedCount("POST", QStringLiteral("/runs")), 1);
    }

    void statusIsAnsweredWithRetryAfterAndTheConnectionStays()
    {
        FaultServer upstream;
        QVERIFY(upstream.listen());
        upstream.setDefault("GET", QStringLiteral("/x"), {.body = "ok"});
        FaultProxy proxy(upstream.port());
        QVERIFY(proxy.listen());
        proxy.inject({.fault = Fault::Status, .status = 429, .retryAfter = "1"});
        RawClient raw(proxy.baseUrl());
        raw.send(getX);
        const QByteArray refused = raw.readAtLeast(1);
        QVERIFY2(refused.startsWith("HTTP/1.1 429 Too Many Requests\r\n"), refused.constData());
        QVERIFY(refused.contains("\r\nRetry-After: 1\r\n"));
        QTRY_VERIFY(raw.received.endsWith("}"));
        QCOMPARE(upstream.requests().size(), 0);

        raw.received.clear();
        raw.send(getX);
        QTRY_VERIFY(raw.readAtLeast(1).endsWith("\r\n\r\nok"));
        QVERIFY(raw.isOpen());
        QCOMPARE(upstream.requests().size(), 1);
        QCOMPARE(proxy.receivedCount("GET", QStringLiteral("/x")), 2);
        QCOMPARE(proxy.forwardedCount("GET", QStringLiteral("/x")), 1);
    }

    void stallHoldsTheAnswerUntilReleased()
    {
        FaultServer upstream;
        QVERIFY(upstream.listen());
        upstream.setDefault("GET", QStringLiteral("/x"), {.body = "late"});
        FaultProxy proxy(upstream.port());
        QVERIFY(proxy.listen());
        QSignalSpy applied(&proxy, &FaultProxy::faultApplied);
        proxy.inject({.fault = Fault::Stall});
        RawClient raw(proxy.baseUrl());
        raw.send(getX);
        QVERIFY(applied.wait());
        // The server has answered; the client has nothing yet.
        QCOMPARE(upstream.requests().size(), 1);
        QCOMPARE(raw.socket.bytesAvailable(), 0);
        proxy.release();
        QVERIFY(raw.readAtLeast(1).endsWith("late"));
    }

    void timedStallLetsTheAnswerGoAfterItsTime()
    {
        FaultServer upstream;
        QVERIFY(upstream.listen());
        upstream.setDefault("GET", QStringLiteral("/x"), {.body = "late"});
        FaultProxy proxy(upstream.port());
        QVERIFY(proxy.listen());
        proxy.inject({.fault = Fault::Stall, .stallMs = 400});
        HttpTestClient client(proxy.baseUrl(), "key");
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(client.get(QStringLiteral("/x")).body, QByteArray("late"));
        QVERIFY(clock.elapsed() >= 380); // timers may fire a little early
    }

    void truncateBodySendsTheHeadAndPartOfTheBody_data()
    {
        QTest::addColumn<qint64>("bodyBytes");
        QTest::addColumn<QByteArray>("expectedBody");
        QTest::newRow("half") << qint64(-1) << QByteArray("01234");
        QTest::newRow("three bytes") << qint64(3) << QByteArray("012");
        QTest::newRow("never all of it") << qint64(100) << QByteArray("012345678");
    }

    void truncateBodySendsTheHeadAndPartOfTheBody()
    {
        QFETCH(qint64, bodyBytes);
        QFETCH(QByteArray, expectedBody);
        FaultServer upstream;
        QVERIFY(upstream.listen());
        upstream.setDefault("GET", QStringLiteral("/x"), {.body = "0123456789"});
        FaultProxy proxy(upstream.port());
        QVERIFY(proxy.listen());
        proxy.inject({.fault = Fault::TruncateBody, .bodyBytes = bodyBytes});
        RawClient raw(proxy.baseUrl());
        raw.send(getX);
        const QByteArray received = raw.readToClose();
        QVERIFY(received.startsWith("HTTP/1.1 200"));
        QVERIFY(received.contains("Content-Length: 10\r\n"));
        QCOMPARE(received.mid(received.indexOf("\r\n\r\n") + 4), expectedBody);
    }

    void aTruncatedChunkedAnswerFailsInTheClient()
    {
        RawServer upstream("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                           "a\r\n0123456789\r\n0\r\n\r\n",
                           false);
        FaultProxy proxy(upstream.server.serverPort());
        QVERIFY(proxy.listen());
        proxy.inject({.fault = Fault::TruncateBody});
        QNetworkAccessManager network;
        QNetworkRequest request(proxy.baseUrl().resolved(QUrl(QStringLiteral("/c"))));
        QNetworkReply *reply = network.get(request);
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(reply->error() != QNetworkReply::NoError);
        delete reply;
    }

    void rulesMatchByMethodAndPathPrefixAndAreUsedUp()
    {
        FaultServer upstream;
        QVERIFY(upstream.listen());
        for (const char *path : {"/v1/a/runs", "/v1/a/runs/r1", "/v1/b"}) {
            upstream.setDefault("GET", QString::fromLatin1(path), {.body = "{}"});
            upstream.setDefault("POST", QString::fromLatin1(path), {.body = "{}"});
        }
        FaultProxy proxy(upstream.port());
        QVERIFY(proxy.listen());
        proxy.inject({.fault = Fault::Status,
                      .method = "POST",
                      .path = QStringLiteral("/v1/a/runs"),
                      .times = 2,
                      .status = 500});
        proxy.inject({.fault = Fault::Status, .status = 503});
        HttpTestClient client(proxy.baseUrl(), "key");
        QCOMPARE(client.post(QStringLiteral("/v1/a/runs/r1"), QJsonObject()).status,
                 500); // a prefix
        QCOMPARE(client.get(QStringLiteral("/v1/a/runs")).status, 503); // the catch-all
        QCOMPARE(client.get(QStringLiteral("/v1/a/runs")).status, 200);
        QCOMPARE(client.post(QStringLiteral("/v1/b"), QJsonObject()).status, 200);
        QCOMPARE(client.post(QStringLiteral("/v1/a/runs"), QJsonObject()).status, 500);
        QCOMPARE(proxy.pendingFaults(), 0);
        QCOMPARE(client.post(QStringLiteral("/v1/a/runs"), QJsonObject()).status, 200);
        QCOMPARE(proxy.faultCount(), 3);
    }

    void theServerGoingAwayDropsTheClientMidExchange()
    {
        FaultServer upstream;
        QVERIFY(upstream.listen());
        upstream.setDefault("GET", QStringLiteral("/x"), {.body = "{}", .delayMs = 5000});
        FaultProxy proxy(upstream.port());
        QVERIFY(proxy.listen());
        RawClient raw(proxy.baseUrl());
        raw.send(getX);
        QTRY_COMPARE(upstream.requests().size(), 1);
        upstream.close();
        QCOMPARE(raw.readToClose(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
