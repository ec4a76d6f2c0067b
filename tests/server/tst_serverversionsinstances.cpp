// End-to-end tests of versions (snapshots of the dev binary) and instances.
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QTest>

using namespace TestSupport;

namespace {
const QString versions = QStringLiteral("/v1/applications/test/versions");
const QString instances = QStringLiteral("/v1/applications/test/instances");
} // namespace

class TestServerVersionsInstances : public QObject
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

    void versionLifecycle()
    {
        const HttpReply created =
            m_http->post(versions,
                         {{QStringLiteral("id"), QStringLiteral("v2")},
                          {QStringLiteral("name"), QStringLiteral("Second")}});
        QCOMPARE(created.status, 200);
        const QJsonObject v = created.object();
        for (const char *key : {"id", "application_id", "name", "description", "executable",
                                "created_at", "updated_at"})
            QVERIFY2(v.contains(QLatin1String(key)), key);
        const QJsonObject exe = v.value(QStringLiteral("executable")).toObject();
        QVERIFY(!exe.value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(exe.value(QStringLiteral("requirements"))
                     .toObject()
                     .value(QStringLiteral("executable_type"))
                     .toString(),
                 QStringLiteral("binary"));

        QCOMPARE(m_http->get(versions).array().size(), 2);
        QCOMPARE(m_http->post(versions, {{QStringLiteral("id"), QStringLiteral("v2")}}).status,
                 409);

        QJsonObject changed = v;
        changed.insert(QStringLiteral("description"), QStringLiteral("better"));
        changed.insert(QStringLiteral("executable"), QJsonObject()); // cannot swap the code
        QCOMPARE(m_http->put(versions + QStringLiteral("/v2"), changed).status, 200);
        const QJsonObject fetched = m_http->get(versions + QStringLiteral("/v2")).object();
        QCOMPARE(fetched.value(QStringLiteral("description")).toString(), QStringLiteral("better"));
        QCOMPARE(fetched.value(QStringLiteral("executable")).toObject().value(QStringLiteral("id")),
                 exe.value(QStringLiteral("id")));

        QCOMPARE(m_http->del(versions + QStringLiteral("/v2")).status / 100, 2);
        QCOMPARE(m_http->get(versions + QStringLiteral("/v2")).status, 404);
        QCOMPARE(m_http->put(versions + QStringLiteral("/v2"), {}).status, 404);
    }

    void aLaterPushDoesNotChangeAVersion()
    {
        // v1 runs the test app; pushing the knapsack app afterwards changes only "latest".
        QVERIFY(
            m_server.push({QStringLiteral("--app"), QStringLiteral("test"), knapsackExecutable()}));
        const QString onVersion = m_http->createRun(QStringLiteral("test"), QStringLiteral("main"),
                                                    {{QStringLiteral("input"), QJsonObject()}});
        const QJsonObject result = [&] {
            m_http->waitForRun(QStringLiteral("test"), onVersion);
            return m_http->get(QStringLiteral("/v1/applications/test/runs/") + onVersion).object();
        }();
        QVERIFY(result.value(QStringLiteral("output"))
                    .toObject()
                    .contains(QStringLiteral("echo_size")));

        // The knapsack app refuses the empty input, proving "latest" now runs the new code.
        const QString onLatest = m_http->createRun(QStringLiteral("test"), QStringLiteral("latest"),
                                                   {{QStringLiteral("input"), QJsonObject()}});
        QCOMPARE(m_http->waitForRun(QStringLiteral("test"), onLatest)
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("status_v2"))
                     .toString(),
                 QStringLiteral("failed"));
    }

    void instanceLifecycle()
    {
        const HttpReply created = m_http->post(
            instances,
            {{QStringLiteral("id"), QStringLiteral("fast")},
             {QStringLiteral("version_id"), QStringLiteral("v1")},
             {QStringLiteral("name"), QStringLiteral("Fast")},
             {QStringLiteral("configuration"),
              QJsonObject{
                  {QStringLiteral("options"),
                   QJsonObject{{QStringLiteral("solve.duration"), QStringLiteral("1s")}}},
                  {QStringLiteral("queuing"), QJsonObject{{QStringLiteral("priority"), 2}}}}}});
        QCOMPARE(created.status, 200);
        const QJsonObject i = created.object();
        for (const char *key : {"id", "application_id", "version_id", "name", "description",
                                "configuration", "locked", "created_at", "updated_at"})
            QVERIFY2(i.contains(QLatin1String(key)), key);

        QJsonObject changed = i;
        changed.insert(QStringLiteral("description"), QStringLiteral("tuned"));
        QJsonObject config = i.value(QStringLiteral("configuration")).toObject();
        config.insert(QStringLiteral("options"),
                      QJsonObject{{QStringLiteral("solve.duration"), QStringLiteral("3s")}});
        changed.insert(QStringLiteral("configuration"), config);
        QCOMPARE(m_http->put(instances + QStringLiteral("/fast"), changed).status, 200);

        const QString run = m_http->createRun(QStringLiteral("test"), QStringLiteral("fast"),
                                              {{QStringLiteral("input"), QJsonObject()}});
        m_http->waitForRun(QStringLiteral("test"), run);
        const QJsonObject output = m_http->get(QStringLiteral("/v1/applications/test/runs/") + run)
                                       .object()
                                       .value(QStringLiteral("output"))
                                       .toObject();
        QCOMPARE(output.value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("solve.duration"))
                     .toString(),
                 QStringLiteral("3s"));

        QCOMPARE(m_http->get(instances).array().size(), 2);
        QCOMPARE(m_http->del(instances + QStringLiteral("/fast")).status / 100, 2);
        QCOMPARE(m_http->get(instances + QStringLiteral("/fast")).status, 404);
    }

    void instanceRefusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no version")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}} << 400 << "version_id";
        QTest::newRow("unknown version")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                           {QStringLiteral("version_id"), QStringLiteral("zz")}}
            << 400 << "zz";
        QTest::newRow("reserved id")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("latest")},
                           {QStringLiteral("version_id"), QStringLiteral("v1")}}
            << 400 << "reserved";
        QTest::newRow("duplicate")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("main")},
                           {QStringLiteral("version_id"), QStringLiteral("v1")}}
            << 409 << "main";
        QTest::newRow("options wrong type")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("b")},
                           {QStringLiteral("version_id"), QStringLiteral("v1")},
                           {QStringLiteral("configuration"),
                            QJsonObject{{QStringLiteral("options"), 5}}}}
            << 400 << "options";
    }

    void instanceRefusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const HttpReply reply = m_http->post(instances, body);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.error().contains(mentions), qPrintable(reply.error()));
    }

    void theDefaultInstanceCannotBeDeleted()
    {
        const HttpReply reply = m_http->del(instances + QStringLiteral("/main"));
        QCOMPARE(reply.status, 409);
        QVERIFY(reply.error().contains(QLatin1String("default")));
        QCOMPARE(m_http->get(instances + QStringLiteral("/main")).status, 200);
    }

    void instanceOfADeletedVersionRefusesRuns()
    {
        QCOMPARE(m_http->post(versions, {{QStringLiteral("id"), QStringLiteral("tmp")}}).status,
                 200);
        QCOMPARE(m_http
                     ->post(instances,
                            {{QStringLiteral("id"), QStringLiteral("orphan")},
                             {QStringLiteral("version_id"), QStringLiteral("tmp")}})
                     .status,
                 200);
        QCOMPARE(m_http->del(versions + QStringLiteral("/tmp")).status / 100, 2);
        const HttpReply run =
            m_http->post(QStringLiteral("/v1/applications/test/runs?instance_id=orphan"),
                         {{QStringLiteral("input"), QJsonObject()}});
        QCOMPARE(run.status, 400);
        QVERIFY(run.error().contains(QLatin1String("tmp")));
    }
};

QTEST_GUILESS_MAIN(TestServerVersionsInstances)
#include "tst_serverversionsinstances.moc"
