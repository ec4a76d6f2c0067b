// End-to-end tests of switchback tests on an injected clock: the plan (balanced, re-anchored at
// start when it had no start), runs of the baseline routed to each unit's instance, runs outside
// the plan left alone, completion after the last unit, deleting, and the refusals.
#include "servertesthelpers.h"
#include "support/serverprocess.h"

#include "api/dto/switchbacktest.h"

#include <QTest>

using namespace TestSupport;

namespace {

const QString app = QStringLiteral("test");
const QString tests = QStringLiteral("/v1/applications/test/experiments/switchback");
const QString clockPath = QStringLiteral("/nextdesk/v1/test/clock");
const QDateTime t0(QDate(2031, 3, 1), QTime(0, 0), Qt::UTC);

QString testPath(const QString &id, const QString &suffix = {})
{
    return tests + QLatin1Char('/') + id + suffix;
}

QJsonObject createBody(const QString &id, int units, int minutes, const QDateTime &start = {})
{
    QJsonObject plan{{QStringLiteral("unit_duration_minutes"), minutes},
                     {QStringLiteral("units"), units}};
    if (start.isValid())
        plan.insert(QStringLiteral("start"), start.toString(Qt::ISODate));
    return {{QStringLiteral("id"), id},
            {QStringLiteral("comparison"),
             QJsonObject{{QStringLiteral("baseline_instance_id"), QStringLiteral("base")},
                         {QStringLiteral("candidate_instance_id"), QStringLiteral("cand")}}},
            {QStringLiteral("generate_random_plan"), plan}};
}

} // namespace

class TestServerSwitchback : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;

    void setClock(const QDateTime &time)
    {
        const HttpReply reply =
            m_http->put(clockPath, {{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)}});
        QCOMPARE(reply.status, 200);
    }

    Api::SwitchbackTest fetch(const QString &id)
    {
        auto test = Api::SwitchbackTest::fromJson(m_http->get(testPath(id)).object());
        return test ? test.value() : Api::SwitchbackTest();
    }

    QJsonArray testRuns(const QString &id)
    {
        return m_http->get(testPath(id, QStringLiteral("/runs")))
            .object()
            .value(QStringLiteral("runs"))
            .toArray();
    }

    QString runOnBase()
    {
        return m_http->createRun(app, QStringLiteral("base"), json(R"({"input": {}})"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startWithTestApp(m_server, {QStringLiteral("--test-clock")}));
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        for (const char *id : {"base", "cand", "other"}) {
            QCOMPARE(m_http
                         ->post(QStringLiteral("/v1/applications/test/instances"),
                                {{QStringLiteral("id"), QLatin1String(id)},
                                 {QStringLiteral("version_id"), QStringLiteral("v1")}})
                         .status,
                     200);
        }
        setClock(t0);
    }

    void routesEveryUnitToItsInstance()
    {
        const HttpReply created = m_http->post(tests, createBody(QStringLiteral("sb"), 6, 10));
        QCOMPARE(created.status, 200);
        auto draft = Api::SwitchbackTest::fromJson(created.object());
        QVERIFY(draft);
        QVERIFY(draft->status == Api::ExperimentStatus::Draft);
        // A balanced split, each unit as long as asked, in index order.
        QCOMPARE(draft->plan.units.size(), 6);
        int onCandidate = 0;
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(draft->plan.units.at(i).index, i);
            QCOMPARE(draft->plan.units.at(i).durationMinutes, 10.0);
            onCandidate += draft->plan.units.at(i).instanceId == QLatin1String("cand") ? 1 : 0;
        }
        QCOMPARE(onCandidate, 3);
        QCOMPARE(draft->plan.start, t0);

        // Without a start, the plan starts when the test does.
        const QDateTime startedAt = t0.addSecs(1800);
        setClock(startedAt);
        QCOMPARE(
            m_http->send("PUT", testPath(QStringLiteral("sb"), QStringLiteral("/start"))).status,
            200);
        const Api::SwitchbackTest test = fetch(QStringLiteral("sb"));
        QVERIFY(test.status == Api::ExperimentStatus::Started);
        QCOMPARE(test.plan.start, startedAt);
        QCOMPARE(test.startedAt, startedAt);

        for (int unit = 0; unit < 6; ++unit) {
            setClock(test.plan.unitStart(unit).addSecs(5 * 60));
            const QString run = runOnBase();
            const QJsonObject meta = runMetadata(*m_http, app, run);
            QCOMPARE(meta.value(QStringLiteral("application_instance_id")).toString(),
                     test.plan.units.at(unit).instanceId);
            QCOMPARE(meta.value(QStringLiteral("experiment_id")).toString(), QStringLiteral("sb"));
            QCOMPARE(meta.value(QStringLiteral("experiment_type")).toString(),
                     QStringLiteral("switchback"));
        }
        // Runs on other instances are not the test's.
        const QString elsewhere =
            m_http->createRun(app, QStringLiteral("other"), json(R"({"input": {}})"));
        QVERIFY(!runMetadata(*m_http, app, elsewhere).contains(QStringLiteral("experiment_id")));

        const QJsonArray runs = testRuns(QStringLiteral("sb"));
        QCOMPARE(runs.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(runs.at(i)[QStringLiteral("switchback_unit")].toInt(), i);
            QCOMPARE(runs.at(i)[QStringLiteral("experiment_role")].toString(),
                     test.plan.units.at(i).instanceId == QLatin1String("base")
                         ? QStringLiteral("baseline")
                         : QStringLiteral("candidate"));
        }

        // After the last unit: completed once its runs have ended, and runs stay on the baseline.
        setClock(test.plan.end());
        QVERIFY(waitUntil([&] {
            return fetch(QStringLiteral("sb")).status == Api::ExperimentStatus::Completed;
        }));
        const QString after = runOnBase();
        QCOMPARE(runMetadata(*m_http, app, after)
                     .value(QStringLiteral("application_instance_id"))
                     .toString(),
                 QStringLiteral("base"));
        const Api::SwitchbackTest done = fetch(QStringLiteral("sb"));
        QCOMPARE(done.runs, 6);
        QCOMPARE(done.completedRuns, 6);
        QCOMPARE(done.completedAt, test.plan.end());
        // Results per instance.
        QStringList instances;
        for (const Api::SummaryGroup &group : done.groups) {
            QVERIFY(!group.keys.contains(QStringLiteral("inputID")));
            instances.append(group.value(QStringLiteral("instanceID")));
            QCOMPARE(group.indicators.value(QStringLiteral("result.value")).count, 3);
        }
        instances.sort();
        QCOMPARE(instances, QStringList({QStringLiteral("base"), QStringLiteral("cand")}));
    }

    void explicitStartAndRunsOutsideThePlan()
    {
        const QDateTime planStart = t0.addDays(1);
        setClock(planStart.addSecs(-3600));
        QCOMPARE(m_http->post(tests, createBody(QStringLiteral("later"), 2, 60, planStart)).status,
                 200);
        QCOMPARE(
            m_http->send("PUT", testPath(QStringLiteral("later"), QStringLiteral("/start"))).status,
            200);
        QCOMPARE(fetch(QStringLiteral("later")).plan.start, planStart);
        // Started, but the plan has not begun: the run stays where it was sent.
        const QString before = runOnBase();
        QCOMPARE(runMetadata(*m_http, app, before)
                     .value(QStringLiteral("application_instance_id"))
                     .toString(),
                 QStringLiteral("base"));
        QCOMPARE(testRuns(QStringLiteral("later")).size(), 0);

        setClock(planStart.addSecs(90 * 60));
        runOnBase();
        QCOMPARE(testRuns(QStringLiteral("later")).size(), 1);
        // Stopped before the plan ends: no more runs taken.
        QCOMPARE(m_http
                     ->put(testPath(QStringLiteral("later"), QStringLiteral("/stop")),
                           json(R"({"intent": "complete"})"))
                     .status,
                 200);
        QVERIFY(waitUntil([&] {
            return fetch(QStringLiteral("later")).status == Api::ExperimentStatus::Completed;
        }));
        runOnBase();
        QCOMPARE(testRuns(QStringLiteral("later")).size(), 1);

        // A plan that has already ended cannot start.
        QCOMPARE(m_http->post(tests, createBody(QStringLiteral("past"), 1, 60, t0.addSecs(-7200)))
                     .status,
                 200);
        const HttpReply refused =
            m_http->send("PUT", testPath(QStringLiteral("past"), QStringLiteral("/start")));
        QCOMPARE(refused.status, 409);
        QVERIFY(refused.error().contains(QStringLiteral("plan ended")));
    }

    void deleteKeepsTheRuns()
    {
        setClock(t0.addDays(2));
        QCOMPARE(m_http->post(tests, createBody(QStringLiteral("doomed"), 1, 60)).status, 200);
        QCOMPARE(m_http->send("PUT", testPath(QStringLiteral("doomed"), QStringLiteral("/start")))
                     .status,
                 200);
        const QString run = runOnBase();
        QCOMPARE(testRuns(QStringLiteral("doomed")).size(), 1);
        QVERIFY(!m_http->waitForRun(app, run).isEmpty());
        QCOMPARE(m_http->del(testPath(QStringLiteral("doomed"))).status, 204);
        QCOMPARE(m_http->get(testPath(QStringLiteral("doomed"))).status, 404);
        const QJsonObject kept = runMetadata(*m_http, app, run);
        QCOMPARE(kept.value(QStringLiteral("status_v2")).toString(), QStringLiteral("succeeded"));
        QVERIFY(!kept.contains(QStringLiteral("experiment_id")));
    }

    void listRenameMetadataAnd404s()
    {
        const QJsonObject list = m_http->get(tests).object();
        QVERIFY(list.value(QStringLiteral("items")).toArray().size() >= 3);
        const HttpReply renamed =
            m_http->patch(testPath(QStringLiteral("sb")), json(R"({"name": "Switchback"})"));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Switchback"));
        const QJsonObject metadata =
            m_http->get(testPath(QStringLiteral("sb"), QStringLiteral("/metadata"))).object();
        for (const char *key : {"id", "name", "description", "app_id", "created_at", "updated_at",
                                "status", "started_at", "completed_at", "comparison", "plan"})
            QVERIFY2(metadata.contains(QLatin1String(key)), key);
        for (const char *suffix : {"", "/metadata", "/runs"})
            QCOMPARE(m_http->get(testPath(QStringLiteral("nope"), QLatin1String(suffix))).status,
                     404);
        QCOMPARE(
            m_http->send("PUT", testPath(QStringLiteral("nope"), QStringLiteral("/start"))).status,
            404);
        QCOMPARE(m_http->del(testPath(QStringLiteral("nope"))).status, 404);
    }

    void clockRouteNeedsTheFlag()
    {
        ServerProcess plain;
        QVERIFY(startWithTestApp(plain));
        HttpTestClient http(plain.baseUrl(), plain.apiKey());
        QCOMPARE(http.put(clockPath, {{QStringLiteral("advance_seconds"), 60}}).status, 404);
        QCOMPARE(m_http->put(clockPath, json(R"({"time": "x"})")).status, 400);
        QCOMPARE(m_http->put(clockPath, json("{}")).status, 400);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("names");
        const QByteArray plan =
            R"("generate_random_plan": {"unit_duration_minutes": 5, "units": 2})";
        const QByteArray pair =
            R"("comparison": {"baseline_instance_id": "base", "candidate_instance_id": "cand"})";
        QTest::newRow("no comparison") << "{" + plan + "}"
                                       << "comparison";
        QTest::newRow("no plan") << "{" + pair + "}"
                                 << "generate_random_plan";
        QTest::newRow("unknown baseline")
            << R"({"comparison": {"baseline_instance_id": "ghost", "candidate_instance_id": "cand"}, )" +
                plan + "}"
            << "comparison.baseline_instance_id";
        QTest::newRow("unknown candidate")
            << R"({"comparison": {"baseline_instance_id": "base", "candidate_instance_id": "ghost"}, )" +
                plan + "}"
            << "comparison.candidate_instance_id";
        QTest::newRow("no candidate")
            << R"({"comparison": {"baseline_instance_id": "base"}, )" + plan + "}"
            << "comparison.candidate_instance_id";
        QTest::newRow("same instance")
            << R"({"comparison": {"baseline_instance_id": "base", "candidate_instance_id": "base"}, )" +
                plan + "}"
            << "comparison.candidate_instance_id";
        auto withPlan = [&](const QByteArray &p) {
            return "{" + pair + ", \"generate_random_plan\": " + p + "}";
        };
        QTest::newRow("unit 0") << withPlan(R"({"unit_duration_minutes": 0, "units": 2})")
                                << "generate_random_plan.unit_duration_minutes";
        QTest::newRow("unit 10081") << withPlan(R"({"unit_duration_minutes": 10081, "units": 2})")
                                    << "generate_random_plan.unit_duration_minutes";
        QTest::newRow("units 0") << withPlan(R"({"unit_duration_minutes": 5, "units": 0})")
                                 << "generate_random_plan.units";
        QTest::newRow("units 1001") << withPlan(R"({"unit_duration_minutes": 5, "units": 1001})")
                                    << "generate_random_plan.units";
        QTest::newRow("units not a number")
            << withPlan(R"({"unit_duration_minutes": 5, "units": "2"})")
            << "generate_random_plan.units";
        QTest::newRow("units missing")
            << withPlan(R"({"unit_duration_minutes": 5})") << "generate_random_plan.units";
        QTest::newRow("bad start")
            << withPlan(R"({"unit_duration_minutes": 5, "units": 2, "start": "tomorrow"})")
            << "generate_random_plan.start";
    }

    void refusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, names);
        const int before =
            m_http->get(tests).object().value(QStringLiteral("items")).toArray().size();
        const HttpReply reply = m_http->send("POST", tests, body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.error().contains(names), qPrintable(reply.error()));
        QCOMPARE(m_http->get(tests).object().value(QStringLiteral("items")).toArray().size(),
                 before);
    }
};

QTEST_GUILESS_MAIN(TestServerSwitchback)
#include "tst_serverswitchback.moc"
