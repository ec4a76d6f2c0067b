// End-to-end tests of input sets: made from run IDs, from managed inputs, or from an
// instance's runs in a time window (timestamps with Z, an offset, or none); list, get, update,
// delete, and the refusals.
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QTest>

using namespace TestSupport;

namespace {
const QString sets = QStringLiteral("/v1/applications/test/experiments/inputsets");
} // namespace

class TestServerInputSets : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QStringList m_runs;
    QDateTime m_before;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startWithTestApp(m_server));
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        m_before = QDateTime::currentDateTimeUtc().addSecs(-1);
        for (int i = 0; i < 3; ++i) {
            const QString id = m_http->createRun(
                QStringLiteral("test"), QStringLiteral("main"),
                {{QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), i}}}});
            m_http->waitForRun(QStringLiteral("test"), id);
            m_runs.append(id);
        }
        for (const char *id : {"mi-a", "mi-b"})
            QCOMPARE(
                m_http
                    ->post(QStringLiteral("/v1/applications/test/inputs"),
                           {{QStringLiteral("id"), QLatin1String(id)},
                            {QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), 1}}}})
                    .status,
                200);
    }

    void fromRunIds()
    {
        const HttpReply created =
            m_http->post(sets,
                         {{QStringLiteral("id"), QStringLiteral("from-runs")},
                          {QStringLiteral("name"), QStringLiteral("From runs")},
                          {QStringLiteral("run_ids"), QJsonArray::fromStringList(m_runs)}});
        QCOMPARE(created.status, 200);
        const QJsonObject set = created.object();
        for (const char *key : {"app_id", "id", "name", "description", "input_ids", "inputs",
                                "created_at", "updated_at"})
            QVERIFY2(set.contains(QLatin1String(key)), key);
        QCOMPARE(set.value(QStringLiteral("input_ids")).toArray(),
                 QJsonArray::fromStringList(m_runs));
        QVERIFY(set.value(QStringLiteral("inputs")).toArray().isEmpty());
    }

    void fromManagedInputs()
    {
        const HttpReply created = m_http->post(
            sets,
            {{QStringLiteral("id"), QStringLiteral("from-inputs")},
             {QStringLiteral("inputs"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("mi-a")}},
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("mi-b")}}}}});
        QCOMPARE(created.status, 200);
        const QJsonArray inputs = created.object().value(QStringLiteral("inputs")).toArray();
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs.at(1).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("mi-b"));
        QCOMPARE(created.object().value(QStringLiteral("input_ids")).toArray().size(), 2);
    }

    void fromATimeWindow_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(60);
        QTest::newRow("Z") << m_before.toString(Qt::ISODateWithMs)
                           << after.toString(Qt::ISODateWithMs);
        QTest::newRow("offset") << m_before.toOffsetFromUtc(7200).toString(Qt::ISODate)
                                << after.toOffsetFromUtc(-3600).toString(Qt::ISODate);
        QTest::newRow("naive") << m_before.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                               << after.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }

    void fromATimeWindow()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        const HttpReply created =
            m_http->post(sets,
                         {{QStringLiteral("instance_id"), QStringLiteral("main")},
                          {QStringLiteral("start_time"), start},
                          {QStringLiteral("end_time"), end},
                          {QStringLiteral("maximum_runs"), 2}});
        QCOMPARE(created.status, 200);
        const QJsonArray ids = created.object().value(QStringLiteral("input_ids")).toArray();
        QCOMPARE(ids.size(), 2);
        for (const QJsonValue &id : ids)
            QVERIFY(m_runs.contains(id.toString()));
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no method")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}} << 400 << "exactly one";
        QTest::newRow("unknown run")
            << QJsonObject{{QStringLiteral("run_ids"), QJsonArray{QStringLiteral("main-nope")}}}
            << 400 << "main-nope";
        QTest::newRow("unknown input")
            << QJsonObject{{QStringLiteral("inputs"),
                            QJsonArray{
                                QJsonObject{{QStringLiteral("id"), QStringLiteral("ghost")}}}}}
            << 400 << "ghost";
        QTest::newRow("window without times")
            << QJsonObject{{QStringLiteral("instance_id"), QStringLiteral("main")}} << 400
            << "start_time";
        QTest::newRow("window reversed")
            << QJsonObject{{QStringLiteral("instance_id"), QStringLiteral("main")},
                           {QStringLiteral("start_time"), QStringLiteral("2026-01-02T00:00:00Z")},
                           {QStringLiteral("end_time"), QStringLiteral("2026-01-01T00:00:00Z")}}
            << 400 << "before";
        QTest::newRow("empty window")
            << QJsonObject{{QStringLiteral("instance_id"), QStringLiteral("main")},
                           {QStringLiteral("start_time"), QStringLiteral("2020-01-01T00:00:00Z")},
                           {QStringLiteral("end_time"), QStringLiteral("2020-01-02T00:00:00Z")}}
            << 400 << "no succeeded runs";
        QTest::newRow("bad timestamp")
            << QJsonObject{{QStringLiteral("instance_id"), QStringLiteral("main")},
                           {QStringLiteral("start_time"), QStringLiteral("yesterday")},
                           {QStringLiteral("end_time"), QStringLiteral("2020-01-02T00:00:00Z")}}
            << 400 << "RFC3339";
        QTest::newRow("duplicate")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("from-runs")},
                           {QStringLiteral("run_ids"), QJsonArray{QStringLiteral("main-x")}}}
            << 409 << "from-runs";
    }

    void refusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const HttpReply reply = m_http->post(sets, body);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.error().contains(mentions), qPrintable(reply.error()));
    }

    void listGetUpdateDelete()
    {
        const QJsonArray list = m_http->get(sets).array();
        QVERIFY(list.size() >= 2);
        QJsonObject set = m_http->get(sets + QStringLiteral("/from-inputs")).object();
        set.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
        set.insert(QStringLiteral("inputs"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("mi-b")}}});
        const HttpReply updated = m_http->put(sets + QStringLiteral("/from-inputs"), set);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Renamed"));
        QCOMPARE(updated.object().value(QStringLiteral("input_ids")).toArray(),
                 QJsonArray{QStringLiteral("mi-b")});
        QCOMPARE(m_http->del(sets + QStringLiteral("/from-inputs")).status / 100, 2);
        QCOMPARE(m_http->get(sets + QStringLiteral("/from-inputs")).status, 404);
        QCOMPARE(m_http->put(sets + QStringLiteral("/from-inputs"), {}).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestServerInputSets)
#include "tst_serverinputsets.moc"
