// End-to-end tests of applications (create, list, get, update, delete) and of pushing app code
// over HTTP with the reference's flow (binary upload URL, PUT app.tar.gz, PUT requirements).
#include "servertesthelpers.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestServerApplications : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
    }

    void createListGetUpdateDelete()
    {
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications")).array().size(), 0);
        const HttpReply created =
            m_http->post(QStringLiteral("/v1/applications"),
                         {{QStringLiteral("id"), QStringLiteral("routing")},
                          {QStringLiteral("name"), QStringLiteral("Routing")},
                          {QStringLiteral("description"), QStringLiteral("vehicle routing")}});
        QCOMPARE(created.status, 200);
        const QJsonObject app = created.object();
        QCOMPARE(app.value(QStringLiteral("id")).toString(), QStringLiteral("routing"));
        QCOMPARE(app.value(QStringLiteral("default_instance")).toString(),
                 QStringLiteral("latest"));
        QCOMPARE(app.value(QStringLiteral("type")).toString(), QStringLiteral("custom"));
        QVERIFY(app.value(QStringLiteral("created_at")).toString().endsWith(u'Z'));

        const QJsonArray list = m_http->get(QStringLiteral("/v1/applications")).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject(), app);

        // PUT takes the whole object back, as the SDK sends it.
        QJsonObject changed = app;
        changed.insert(QStringLiteral("name"), QStringLiteral("Routing v2"));
        changed.insert(QStringLiteral("description"), QString());
        const HttpReply updated = m_http->put(QStringLiteral("/v1/applications/routing"), changed);
        QCOMPARE(updated.status, 200);
        const QJsonObject fetched =
            m_http->get(QStringLiteral("/v1/applications/routing")).object();
        QCOMPARE(fetched.value(QStringLiteral("name")).toString(), QStringLiteral("Routing v2"));
        QCOMPARE(fetched.value(QStringLiteral("description")).toString(), QString());
        QCOMPARE(fetched.value(QStringLiteral("created_at")),
                 app.value(QStringLiteral("created_at")));

        QCOMPARE(m_http->del(QStringLiteral("/v1/applications/routing")).status / 100, 2);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/routing")).status, 404);
        QCOMPARE(m_http->del(QStringLiteral("/v1/applications/routing")).status, 404);
    }

    void createRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("malformed") << QByteArray("{") << 400;
        QTest::newRow("wrong type") << QByteArray(R"({"id": 5})") << 400;
        QTest::newRow("bad id") << QByteArray(R"({"id": "../etc"})") << 400;
        // '$' in a pattern also matches before a final newline; the ID rule must not.
        QTest::newRow("id with trailing newline") << QByteArray(R"({"id": "nl\n"})") << 400;
        QTest::newRow("duplicate") << QByteArray(R"({"id": "dup"})") << 409;
    }

    void createRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        m_http->post(QStringLiteral("/v1/applications"),
                     {{QStringLiteral("id"), QStringLiteral("dup")}});
        const HttpReply reply = m_http->send("POST", QStringLiteral("/v1/applications"), body);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.error().isEmpty());
    }

    void generatedIdWhenNoneIsGiven()
    {
        const HttpReply created = m_http->post(QStringLiteral("/v1/applications"), {});
        QCOMPARE(created.status, 200);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("app-")));
        QCOMPARE(created.object().value(QStringLiteral("name")).toString(), id);
    }

    void defaultInstanceMustExist()
    {
        m_http->post(QStringLiteral("/v1/applications"),
                     {{QStringLiteral("id"), QStringLiteral("d1")}});
        const HttpReply reply =
            m_http->put(QStringLiteral("/v1/applications/d1"),
                        {{QStringLiteral("default_instance"), QStringLiteral("ghost")}});
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.error().contains(QLatin1String("ghost")));
    }

    void pushOverHttpThenRun()
    {
        m_http->post(QStringLiteral("/v1/applications"),
                     {{QStringLiteral("id"), QStringLiteral("pushed")}});
        // Running before any push is refused with the reason.
        const HttpReply early = m_http->post(QStringLiteral("/v1/applications/pushed/runs"),
                                             {{QStringLiteral("input"), QJsonObject()}});
        QCOMPARE(early.status, 400);
        QVERIFY(early.error().contains(QLatin1String("push")));

        const HttpReply url = m_http->get(QStringLiteral("/v1/applications/pushed/binary"));
        QCOMPARE(url.status, 200);
        const QString uploadUrl = url.object().value(QStringLiteral("upload_url")).toString();
        QVERIFY(!uploadUrl.isEmpty());
        QCOMPARE(m_http->send("PUT", uploadUrl, testAppBundle()).status, 200);
        const HttpReply activated = m_http->put(
            QStringLiteral("/v1/applications/pushed/binary"),
            {{QStringLiteral("requirements"),
              QJsonObject{{QStringLiteral("executable_type"), QStringLiteral("binary")},
                          {QStringLiteral("runtime"),
                           QStringLiteral("ghcr.io/nextmv-io/runtime/default:latest")}}}});
        QCOMPARE(activated.status, 200);

        const QString id = m_http->createRun(
            QStringLiteral("pushed"), QStringLiteral("latest"),
            {{QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), 2}}}});
        const QJsonObject info = m_http->waitForRun(QStringLiteral("pushed"), id);
        QCOMPARE(info.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("status_v2"))
                     .toString(),
                 QStringLiteral("succeeded"));

        // A broken bundle is refused and does not replace the working code.
        const QString second = m_http->get(QStringLiteral("/v1/applications/pushed/binary"))
                                   .object()
                                   .value(QStringLiteral("upload_url"))
                                   .toString();
        QCOMPARE(m_http->send("PUT", second, "not a tarball").status, 200);
        QCOMPARE(m_http->put(QStringLiteral("/v1/applications/pushed/binary"), {}).status, 400);
        const QString again = m_http->createRun(QStringLiteral("pushed"), QStringLiteral("latest"),
                                                {{QStringLiteral("input"), QJsonObject()}});
        QCOMPARE(m_http->waitForRun(QStringLiteral("pushed"), again)
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("status_v2"))
                     .toString(),
                 QStringLiteral("succeeded"));
    }

    void pythonAppFolderRunsWithTheInterpreter()
    {
        // The app contract for type python: "python3 main.py" in the app folder.
        QTemporaryDir folder;
        QFile manifest(folder.filePath(QStringLiteral("app.yaml")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("type: python\nruntime: ghcr.io/nextmv-io/runtime/python:3.11\n");
        manifest.close();
        QFile script(folder.filePath(QStringLiteral("main.py")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            "import json, sys\n"
            "data = json.load(sys.stdin)\n"
            "print('hello from python', file=sys.stderr)\n"
            "json.dump({'solution': {'name': data['name']}, 'options': sys.argv[1:],\n"
            "           'statistics': {'result': {'value': len(data['name'])}}}, sys.stdout)\n");
        script.close();
        QVERIFY(m_server.push({QStringLiteral("--app"), QStringLiteral("py"), folder.path()}));
        const QString id =
            m_http->createRun(QStringLiteral("py"), QStringLiteral("latest"),
                              {{QStringLiteral("input"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("world")}}},
                               {QStringLiteral("options"),
                                QJsonObject{{QStringLiteral("details"), QStringLiteral("true")}}}});
        const QJsonObject info = m_http->waitForRun(QStringLiteral("py"), id);
        QCOMPARE(info.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("status_v2"))
                     .toString(),
                 QStringLiteral("succeeded"));
        const QJsonObject output = m_http->get(QStringLiteral("/v1/applications/py/runs/") + id)
                                       .object()
                                       .value(QStringLiteral("output"))
                                       .toObject();
        QCOMPARE(output.value(QStringLiteral("solution"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("world"));
        QCOMPARE(output.value(QStringLiteral("options")).toArray(),
                 (QJsonArray{QStringLiteral("-details"), QStringLiteral("true")}));
        QVERIFY(
            m_http->get(QStringLiteral("/v1/applications/py/runs/") + id + QStringLiteral("/logs"))
                .object()
                .value(QStringLiteral("log"))
                .toString()
                .contains(QLatin1String("hello from python")));
    }

    void deletingAnAppRemovesItsRuns()
    {
        m_http->post(QStringLiteral("/v1/applications"),
                     {{QStringLiteral("id"), QStringLiteral("gone")}});
        QVERIFY(
            m_server.push({QStringLiteral("--app"), QStringLiteral("gone"), testAppExecutable()}));
        const QString id = m_http->createRun(
            QStringLiteral("gone"), QStringLiteral("latest"),
            {{QStringLiteral("input"), QJsonObject{{QStringLiteral("sleep_ms"), 20000}}}});
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_http->del(QStringLiteral("/v1/applications/gone")).status / 100, 2);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/gone/runs/") + id).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/gone/runs")).status, 404);
        QVERIFY(m_http->get(QStringLiteral("/v1/account/queue"))
                    .object()
                    .value(QStringLiteral("runs"))
                    .toArray()
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerApplications)
#include "tst_serverapplications.moc"
