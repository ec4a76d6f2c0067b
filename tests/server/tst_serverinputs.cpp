// End-to-end tests of managed inputs: from inline content, an upload and a run's input.
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QTest>

using namespace TestSupport;

namespace {
const QString inputs = QStringLiteral("/v1/applications/test/inputs");
} // namespace

class TestServerInputs : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startWithTestApp(m_server));
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
    }

    void fromInlineContent()
    {
        const QJsonObject content{{QStringLiteral("value"), 4}};
        const HttpReply created = m_http->post(inputs,
                                               {{QStringLiteral("id"), QStringLiteral("small")},
                                                {QStringLiteral("name"), QStringLiteral("Small")},
                                                {QStringLiteral("input"), content}});
        QCOMPARE(created.status, 200);
        QCOMPARE(created.object().value(QStringLiteral("app_id")).toString(),
                 QStringLiteral("test"));
        const HttpReply body = m_http->get(inputs + QStringLiteral("/small/content"));
        QCOMPARE(body.status, 200);
        QCOMPARE(body.object(), content);
    }

    void fromAnUpload()
    {
        const QJsonObject url =
            m_http->post(QStringLiteral("/v1/applications/test/runs/uploadurl"), {}).object();
        const QByteArray content = "{\"value\": 9}";
        QCOMPARE(
            m_http->send("PUT", url.value(QStringLiteral("upload_url")).toString(), content).status,
            200);
        const HttpReply created = m_http->post(
            inputs,
            {{QStringLiteral("id"), QStringLiteral("uploaded")},
             {QStringLiteral("upload_id"), url.value(QStringLiteral("upload_id"))},
             {QStringLiteral("format"),
              QJsonObject{{QStringLiteral("input"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("json")}}}}}});
        QCOMPARE(created.status, 200);
        QCOMPARE(created.object().value(QStringLiteral("upload_id")),
                 url.value(QStringLiteral("upload_id")));
        QCOMPARE(m_http->get(inputs + QStringLiteral("/uploaded/content")).body, content);
        const QString download =
            m_http->get(inputs + QStringLiteral("/uploaded/content?format=url"))
                .object()
                .value(QStringLiteral("url"))
                .toString();
        QCOMPARE(m_http->send("GET", download).body, content);
    }

    void fromARunsInput()
    {
        const QString run = m_http->createRun(
            QStringLiteral("test"), QStringLiteral("main"),
            {{QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), 1}}}});
        m_http->waitForRun(QStringLiteral("test"), run);
        const HttpReply created = m_http->post(
            inputs,
            {{QStringLiteral("id"), QStringLiteral("from-run")}, {QStringLiteral("run_id"), run}});
        QCOMPARE(created.status, 200);
        QCOMPARE(created.object().value(QStringLiteral("run_id")).toString(), run);
        QCOMPARE(m_http->get(inputs + QStringLiteral("/from-run/content"))
                     .object()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 1);
    }

    void listUpdateDelete()
    {
        const QJsonArray list = m_http->get(inputs).array();
        QCOMPARE(list.size(), 3);
        QJsonObject small = m_http->get(inputs + QStringLiteral("/small")).object();
        small.insert(QStringLiteral("description"), QStringLiteral("smallest case"));
        QCOMPARE(m_http->put(inputs + QStringLiteral("/small"), small).status, 200);
        QCOMPARE(m_http->get(inputs + QStringLiteral("/small"))
                     .object()
                     .value(QStringLiteral("description"))
                     .toString(),
                 QStringLiteral("smallest case"));
        QCOMPARE(m_http->del(inputs + QStringLiteral("/small")).status / 100, 2);
        QCOMPARE(m_http->get(inputs + QStringLiteral("/small")).status, 404);
        QCOMPARE(m_http->get(inputs).array().size(), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("no source")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}} << 400;
        QTest::newRow("two sources") << QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                                    {QStringLiteral("input"), QJsonObject()},
                                                    {QStringLiteral("run_id"), QStringLiteral("r")}}
                                     << 400;
        QTest::newRow("unknown run")
            << QJsonObject{{QStringLiteral("run_id"), QStringLiteral("main-none")}} << 404;
        QTest::newRow("unknown upload")
            << QJsonObject{{QStringLiteral("upload_id"), QStringLiteral("none")}} << 404;
        QTest::newRow("bad id") << QJsonObject{{QStringLiteral("id"), QStringLiteral("a b")},
                                               {QStringLiteral("input"), QJsonObject()}}
                                << 400;
    }

    void refusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        const HttpReply reply = m_http->post(inputs, body);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerInputs)
#include "tst_serverinputs.moc"
