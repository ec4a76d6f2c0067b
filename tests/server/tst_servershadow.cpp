// End-to-end tests of shadow tests: runs on a baseline instance are repeated on the candidates
// with the same input and options while (and only while) a test is started; maximum_runs, both
// stop intents, start and termination times on an injected clock, deleting, and the refusals.
#include "servertesthelpers.h"
#include "support/serverprocess.h"

#include <QTest>

using namespace TestSupport;

namespace {

const QString app = QStringLiteral("test");
const QString tests = QStringLiteral("/v1/applications/test/experiments/shadow");

QString testPath(const QString &id, const QString &suffix = {})
{
    return tests + QLatin1Char('/') + id + suffix;
}

} // namespace

class TestServerShadow : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;

    QString statusOf(const QString &id)
    {
        return m_http->get(testPath(id)).object().value(QStringLiteral("status")).toString();
    }

    bool waitForStatus(const QString &id, const QString &status)
    {
        return waitUntil([&] { return statusOf(id) == status; });
    }

    QJsonArray testRuns(const QString &id)
    {
        return m_http->get(testPath(id, QStringLiteral("/runs")))
            .object()
            .value(QStringLiteral("runs"))
            .toArray();
    }

    bool allRunsEnded(const QString &id, int expected)
    {
        return waitUntil([&] {
            const QJsonArray runs = testRuns(id);
            if (runs.size() != expected)
                return false;
            for (const QJsonValue &run : runs) {
                const QString status = run[QStringLiteral("status_v2")].toString();
                if (status == QLatin1String("queued") || status == QLatin1String("running"))
                    return false;
            }
            return true;
        });
    }

    QString runOn(const QString &instance, const QJsonObject &body = json(R"({"input": {}})"))
    {
        return m_http->createRun(app, instance, body);
    }

    // A draft test on baseline "base" with the given candidates.
    void createTest(const QString &id, const QJsonObject &extra = {},
                    const QJsonArray &candidates = {QStringLiteral("cand-a")})
    {
        QJsonObject body{
            {QStringLiteral("id"), id},
            {QStringLiteral("comparisons"), QJsonObject{{QStringLiteral("base"), candidates}}},
            {QStringLiteral("termination_events"),
             QJsonObject{{QStringLiteral("maximum_runs"), 300}}}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            body.insert(it.key(), it.value());
        const HttpReply created = m_http->post(tests, body);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("draft"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startWithTestApp(m_server, {QStringLiteral("--test-clock")}));
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        for (const char *id : {"base", "cand-a", "cand-b", "other"}) {
            const QJsonObject body{
                {QStringLiteral("id"), QLatin1String(id)},
                {QStringLiteral("version_id"), QStringLiteral("v1")},
                {QStringLiteral("configuration"),
                 QJsonObject{
                     {QStringLiteral("options"),
                      QJsonObject{{QStringLiteral("from.instance"), QLatin1String(id)},
                                  {QStringLiteral("solve.mode"), QStringLiteral("slow")}}}}}};
            QCOMPARE(m_http->post(QStringLiteral("/v1/applications/test/instances"), body).status,
                     200);
        }
    }

    void fanOutCopiesInputAndOptionsUntilMaximumRuns()
    {
        const HttpReply created = m_http->post(tests, json(R"({
            "id": "fan", "name": "fan",
            "comparisons": {"base": ["cand-a", "cand-b"]},
            "termination_events": {"maximum_runs": 2}})"));
        QCOMPARE(created.status, 200);
        // Answers use the list form of comparisons, whatever the request used.
        QCOMPARE(created.object().value(QStringLiteral("comparisons")).toArray(),
                 json(R"({"c": [{"baseline_instance_id": "base",
                                "candidate_instance_ids": ["cand-a", "cand-b"]}]})")
                     .value(QStringLiteral("c"))
                     .toArray());

        // Before start: no fan-out, and the run is not the test's.
        const QString early = runOn(QStringLiteral("base"));
        QVERIFY(!m_http->waitForRun(app, early).isEmpty());
        QVERIFY(!runMetadata(*m_http, app, early).contains(QStringLiteral("experiment_id")));
        QCOMPARE(testRuns(QStringLiteral("fan")).size(), 0);

        const HttpReply started =
            m_http->send("PUT", testPath(QStringLiteral("fan"), QStringLiteral("/start")));
        QCOMPARE(started.status, 200);
        QCOMPARE(started.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("started"));
        QVERIFY(started.object().contains(QStringLiteral("started_at")));

        // A run on another instance is not the test's either.
        const QString elsewhere = runOn(QStringLiteral("other"));
        const QString baseline =
            runOn(QStringLiteral("base"), json(R"({"input": {"value": 7, "marker": "x"},
                           "options": {"solve.mode": "fast"}})"));
        QVERIFY(!baseline.isEmpty());
        QVERIFY(allRunsEnded(QStringLiteral("fan"), 3));
        QVERIFY(!runMetadata(*m_http, app, elsewhere).contains(QStringLiteral("experiment_id")));

        const QJsonObject baselineMeta = runMetadata(*m_http, app, baseline);
        QCOMPARE(baselineMeta.value(QStringLiteral("experiment_id")).toString(),
                 QStringLiteral("fan"));
        QCOMPARE(baselineMeta.value(QStringLiteral("experiment_type")).toString(),
                 QStringLiteral("shadow"));
        const QByteArray baselineInput =
            m_http->get(QStringLiteral("/v1/applications/test/runs/%1/input").arg(baseline)).body;
        QStringList candidates;
        for (const QJsonValue &v : testRuns(QStringLiteral("fan"))) {
            const QJsonObject run = v.toObject();
            const QString id = run.value(QStringLiteral("id")).toString();
            QCOMPARE(run.value(QStringLiteral("baseline_run_id")).toString(), baseline);
            QCOMPARE(run.value(QStringLiteral("input_id")).toString(), baseline);
            QCOMPARE(run.value(QStringLiteral("status_v2")).toString(),
                     QStringLiteral("succeeded"));
            if (id == baseline) {
                QCOMPARE(run.value(QStringLiteral("experiment_role")).toString(),
                         QStringLiteral("baseline"));
                continue;
            }
            QCOMPARE(run.value(QStringLiteral("experiment_role")).toString(),
                     QStringLiteral("shadow"));
            const QString instance =
                run.value(QStringLiteral("application_instance_id")).toString();
            candidates.append(instance);
            // Same input, same run options, the candidate's own options beneath them.
            QCOMPARE(
                m_http->get(QStringLiteral("/v1/applications/test/runs/%1/input").arg(id)).body,
                baselineInput);
            const QJsonObject output = runOutput(*m_http, app, id);
            const QJsonObject options = output.value(QStringLiteral("options")).toObject();
            QCOMPARE(options.value(QStringLiteral("solve.mode")).toString(),
                     QStringLiteral("fast"));
            QCOMPARE(options.value(QStringLiteral("from.instance")).toString(), instance);
            QCOMPARE(output.value(QStringLiteral("statistics"))
                         .toObject()
                         .value(QStringLiteral("result"))
                         .toObject()
                         .value(QStringLiteral("value"))
                         .toDouble(),
                     7.0);
        }
        candidates.sort();
        QCOMPARE(candidates, QStringList({QStringLiteral("cand-a"), QStringLiteral("cand-b")}));
        // The baseline's own answer is as if there were no test.
        QCOMPARE(runOutput(*m_http, app, baseline)
                     .value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("from.instance"))
                     .toString(),
                 QStringLiteral("base"));
        QCOMPARE(statusOf(QStringLiteral("fan")), QStringLiteral("started"));

        // The second baseline run reaches maximum_runs: the test completes after its runs end.
        runOn(QStringLiteral("base"), json(R"({"input": {"value": 9}})"));
        QVERIFY(waitForStatus(QStringLiteral("fan"), QStringLiteral("completed")));
        const QJsonObject done = m_http->get(testPath(QStringLiteral("fan"))).object();
        QCOMPARE(done.value(QStringLiteral("number_of_baseline_runs")).toInt(), 2);
        QCOMPARE(done.value(QStringLiteral("number_of_shadow_runs")).toInt(), 4);
        QCOMPARE(done.value(QStringLiteral("number_of_runs")).toInt(), 6);
        QCOMPARE(done.value(QStringLiteral("number_of_completed_runs")).toInt(), 6);
        QVERIFY(done.contains(QStringLiteral("completed_at")));

        // Results in the batch shape: per instance, and per input pair (keyed by the baseline
        // run), so each baseline lines up with its shadows.
        int perInstance = 0;
        int pairsOfTheFirstBaseline = 0;
        for (const QJsonValue &g :
             done.value(QStringLiteral("grouped_distributional_summaries")).toArray()) {
            const QStringList keys = g[QStringLiteral("group_keys")].toVariant().toStringList();
            const QStringList values = g[QStringLiteral("group_values")].toVariant().toStringList();
            if (!keys.contains(QStringLiteral("inputID"))) {
                ++perInstance;
                continue;
            }
            if (values.first() == baseline) {
                ++pairsOfTheFirstBaseline;
                QCOMPARE(g[QStringLiteral("indicator_distributions")]
                          [QStringLiteral("result.value")][QStringLiteral("mean")]
                              .toDouble(),
                         7.0);
            }
        }
        QCOMPARE(perInstance, 3);
        QCOMPARE(pairsOfTheFirstBaseline, 3);

        // After it ended: no fan-out.
        const QString late = runOn(QStringLiteral("base"));
        QVERIFY(!m_http->waitForRun(app, late).isEmpty());
        QVERIFY(!runMetadata(*m_http, app, late).contains(QStringLiteral("experiment_id")));
        QCOMPARE(testRuns(QStringLiteral("fan")).size(), 6);
    }

    void stopCompleteWaitsForShadowRuns()
    {
        createTest(QStringLiteral("stop-complete"));
        QCOMPARE(
            m_http->send("PUT", testPath(QStringLiteral("stop-complete"), QStringLiteral("/start")))
                .status,
            200);
        runOn(QStringLiteral("base"), json(R"({"input": {"sleep_ms": 1500}})"));
        QVERIFY(waitUntil([&] { return testRuns(QStringLiteral("stop-complete")).size() == 2; }));
        // No body: the older SDK's stop, which means complete.
        const HttpReply stopped =
            m_http->send("PUT", testPath(QStringLiteral("stop-complete"), QStringLiteral("/stop")));
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("stopping"));
        QVERIFY(waitForStatus(QStringLiteral("stop-complete"), QStringLiteral("completed")));
        for (const QJsonValue &run : testRuns(QStringLiteral("stop-complete")))
            QCOMPARE(run[QStringLiteral("status_v2")].toString(), QStringLiteral("succeeded"));
        // Stopped: a new baseline run is left alone.
        const QString after = runOn(QStringLiteral("base"));
        QVERIFY(!m_http->waitForRun(app, after).isEmpty());
        QCOMPARE(testRuns(QStringLiteral("stop-complete")).size(), 2);
    }

    void stopCancelCancelsShadowRunsOnly()
    {
        createTest(QStringLiteral("stop-cancel"));
        QCOMPARE(
            m_http->send("PUT", testPath(QStringLiteral("stop-cancel"), QStringLiteral("/start")))
                .status,
            200);
        const QString baseline =
            runOn(QStringLiteral("base"), json(R"({"input": {"sleep_ms": 3000}})"));
        QVERIFY(waitUntil([&] { return testRuns(QStringLiteral("stop-cancel")).size() == 2; }));
        const HttpReply stopped =
            m_http->put(testPath(QStringLiteral("stop-cancel"), QStringLiteral("/stop")),
                        json(R"({"intent": "cancel"})"));
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("canceled"));
        QVERIFY(allRunsEnded(QStringLiteral("stop-cancel"), 2));
        for (const QJsonValue &run : testRuns(QStringLiteral("stop-cancel"))) {
            const bool isBaseline = run[QStringLiteral("id")].toString() == baseline;
            // The user's own run is never canceled by a test.
            QCOMPARE(run[QStringLiteral("status_v2")].toString(),
                     isBaseline ? QStringLiteral("succeeded") : QStringLiteral("canceled"));
        }
        QCOMPARE(statusOf(QStringLiteral("stop-cancel")), QStringLiteral("canceled"));
    }

    void lifecycleRefusals()
    {
        createTest(QStringLiteral("life"));
        const QString stop = testPath(QStringLiteral("life"), QStringLiteral("/stop"));
        const QString start = testPath(QStringLiteral("life"), QStringLiteral("/start"));
        HttpReply reply = m_http->put(stop, json(R"({"intent": "complete"})"));
        QCOMPARE(reply.status, 409);
        QVERIFY(reply.error().contains(QStringLiteral("not been started")));
        QCOMPARE(m_http->send("PUT", start).status, 200);
        reply = m_http->send("PUT", start);
        QCOMPARE(reply.status, 409);
        QVERIFY(reply.error().contains(QStringLiteral("already started")));
        reply = m_http->put(stop, json(R"({"intent": "pause"})"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.error().contains(QStringLiteral("intent")));

        // A second started test on the same baseline instance, of either kind, is refused.
        createTest(QStringLiteral("rival"), {}, {QStringLiteral("cand-b")});
        reply = m_http->send("PUT", testPath(QStringLiteral("rival"), QStringLiteral("/start")));
        QCOMPARE(reply.status, 409);
        QVERIFY2(reply.error().contains(QStringLiteral("life")), reply.body.constData());
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/applications/test/experiments/switchback"),
                            json(R"({"id": "sb-rival",
                                     "comparison": {"baseline_instance_id": "base",
                                                    "candidate_instance_id": "cand-a"},
                                     "generate_random_plan": {"unit_duration_minutes": 5,
                                                              "units": 2}})"))
                     .status,
                 200);
        reply = m_http->send("PUT",
                             QStringLiteral("/v1/applications/test/experiments/switchback/"
                                            "sb-rival/start"));
        QCOMPARE(reply.status, 409);
        QVERIFY(reply.error().contains(QStringLiteral("shadow test 'life'")));

        QCOMPARE(m_http->put(stop, json(R"({"intent": "complete"})")).status, 200);
        QVERIFY(waitForStatus(QStringLiteral("life"), QStringLiteral("completed")));
        reply = m_http->put(stop, json(R"({"intent": "cancel"})"));
        QCOMPARE(reply.status, 409);
        QVERIFY(reply.error().contains(QStringLiteral("already ended")));
        QCOMPARE(m_http->send("PUT", start).status, 409);

        // Rename, metadata, list.
        reply = m_http->patch(testPath(QStringLiteral("life")),
                              json(R"({"name": "Life", "description": "d"})"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QStringLiteral("name")).toString(), QStringLiteral("Life"));
        const QJsonObject metadata =
            m_http->get(testPath(QStringLiteral("life"), QStringLiteral("/metadata"))).object();
        for (const char *key :
             {"id", "name", "description", "app_id", "created_at", "updated_at", "status"})
            QVERIFY2(metadata.contains(QLatin1String(key)), key);
        QVERIFY(!metadata.contains(QStringLiteral("grouped_distributional_summaries")));
        const QJsonArray list = m_http->get(tests).array();
        QVERIFY(list.size() >= 5);
        for (const QJsonValue &item : list)
            QVERIFY(item[QStringLiteral("comparisons")].isArray());

        for (const char *suffix : {"", "/metadata", "/runs"})
            QCOMPARE(m_http->get(testPath(QStringLiteral("nope"), QLatin1String(suffix))).status,
                     404);
        QCOMPARE(
            m_http->send("PUT", testPath(QStringLiteral("nope"), QStringLiteral("/start"))).status,
            404);
        QCOMPARE(
            m_http->send("PUT", testPath(QStringLiteral("nope"), QStringLiteral("/stop"))).status,
            404);
        QCOMPARE(m_http->patch(testPath(QStringLiteral("nope")), json(R"({"name": "x"})")).status,
                 404);
        QCOMPARE(m_http->del(testPath(QStringLiteral("nope"))).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/nope/experiments/shadow")).status,
                 404);
        QCOMPARE(m_http->del(testPath(QStringLiteral("rival"))).status, 204);
        QCOMPARE(
            m_http->del(QStringLiteral("/v1/applications/test/experiments/switchback/sb-rival"))
                .status,
            204);
    }

    void deleteKeepsBaselineRuns()
    {
        createTest(QStringLiteral("doomed"));
        QCOMPARE(m_http->send("PUT", testPath(QStringLiteral("doomed"), QStringLiteral("/start")))
                     .status,
                 200);
        const QString baseline = runOn(QStringLiteral("base"));
        QVERIFY(allRunsEnded(QStringLiteral("doomed"), 2));
        QString shadow;
        for (const QJsonValue &run : testRuns(QStringLiteral("doomed"))) {
            if (run[QStringLiteral("id")].toString() != baseline)
                shadow = run[QStringLiteral("id")].toString();
        }
        QCOMPARE(m_http->del(testPath(QStringLiteral("doomed"))).status, 204);
        QCOMPARE(m_http->get(testPath(QStringLiteral("doomed"))).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/test/runs/") + shadow).status, 404);
        const QJsonObject kept = runMetadata(*m_http, app, baseline);
        QCOMPARE(kept.value(QStringLiteral("status_v2")).toString(), QStringLiteral("succeeded"));
        QVERIFY(!kept.contains(QStringLiteral("experiment_id")));
        // The baseline instance is free again.
        createTest(QStringLiteral("next"));
        QCOMPARE(
            m_http->send("PUT", testPath(QStringLiteral("next"), QStringLiteral("/start"))).status,
            200);
        QCOMPARE(m_http
                     ->put(testPath(QStringLiteral("next"), QStringLiteral("/stop")),
                           json(R"({"intent": "cancel"})"))
                     .status,
                 200);
    }

    void otherKindsAreNotBatchExperiments()
    {
        // Shadow tests share the experiments table with batch experiments under their own keys;
        // neither the batch routes nor an acceptance test may reach one through those keys.
        createTest(QStringLiteral("hidden"));
        const QString batches = QStringLiteral("/v1/applications/test/experiments/batch/");
        QCOMPARE(m_http->get(batches + QStringLiteral("hidden")).status, 404);
        QCOMPARE(m_http->get(batches + QStringLiteral("shadow:hidden")).status, 404);
        const HttpReply acceptance =
            m_http->post(QStringLiteral("/v1/applications/test/experiments/acceptance"),
                         json(R"({"id": "acc", "name": "acc", "experiment_id": "shadow:hidden",
                     "control": {"instance_id": "base"}, "candidate": {"instance_id": "cand-a"},
                     "metrics": [{"field": "result.value", "metric_type": "direct-comparison",
                                  "params": {"operator": "ge"}, "statistic": "mean"}]})"));
        QCOMPARE(acceptance.status, 400);
        QCOMPARE(m_http->del(testPath(QStringLiteral("hidden"))).status, 204);
    }

    void startAndTerminationTimesFollowTheClock()
    {
        QCOMPARE(m_http
                     ->put(QStringLiteral("/nextdesk/v1/test/clock"),
                           json(R"({"time": "2031-01-01T00:00:00Z"})"))
                     .status,
                 200);
        createTest(QStringLiteral("timed"),
                   json(R"({"start_events": {"time": "2031-01-01T01:00:00Z"},
                            "termination_events": {"maximum_runs": 300,
                                                   "time": "2031-01-01T02:00:00Z"}})"));
        QCOMPARE(
            m_http->send("PUT", testPath(QStringLiteral("timed"), QStringLiteral("/start"))).status,
            200);
        // Started, but before start_events.time: no data collected.
        const QString early = runOn(QStringLiteral("base"));
        QVERIFY(!m_http->waitForRun(app, early).isEmpty());
        QCOMPARE(testRuns(QStringLiteral("timed")).size(), 0);
        QCOMPARE(statusOf(QStringLiteral("timed")), QStringLiteral("started"));

        QCOMPARE(m_http
                     ->put(QStringLiteral("/nextdesk/v1/test/clock"),
                           json(R"({"advance_seconds": 5400})"))
                     .status,
                 200);
        runOn(QStringLiteral("base"));
        QVERIFY(allRunsEnded(QStringLiteral("timed"), 2));

        // termination_events.time passes: the test completes.
        QCOMPARE(m_http
                     ->put(QStringLiteral("/nextdesk/v1/test/clock"),
                           json(R"({"time": "2031-01-01T02:00:00Z"})"))
                     .status,
                 200);
        QVERIFY(waitForStatus(QStringLiteral("timed"), QStringLiteral("completed")));
        QCOMPARE(m_http->get(testPath(QStringLiteral("timed")))
                     .object()
                     .value(QStringLiteral("completed_at"))
                     .toString(),
                 QStringLiteral("2031-01-01T02:00:00.000Z"));
        runOn(QStringLiteral("base"));
        QCOMPARE(testRuns(QStringLiteral("timed")).size(), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("names");
        QTest::newRow("no comparisons")
            << QByteArray(R"({"termination_events": {"maximum_runs": 3}})") << 400 << "comparisons";
        QTest::newRow("comparisons not a map or list")
            << QByteArray(R"({"comparisons": "base", "termination_events": {"maximum_runs": 3}})")
            << 400 << "comparisons";
        QTest::newRow("unknown baseline") << QByteArray(R"({"comparisons": {"ghost": ["cand-a"]},
                              "termination_events": {"maximum_runs": 3}})")
                                          << 400 << "ghost";
        QTest::newRow("unknown candidate")
            << QByteArray(R"({"comparisons": [{"baseline_instance_id": "base",
                                               "candidate_instance_ids": ["ghost"]}],
                              "termination_events": {"maximum_runs": 3}})")
            << 400 << "ghost";
        QTest::newRow("candidate is its baseline")
            << QByteArray(R"({"comparisons": {"base": ["base"]},
                              "termination_events": {"maximum_runs": 3}})")
            << 400 << "differ";
        QTest::newRow("no candidates") << QByteArray(R"({"comparisons": {"base": []},
                              "termination_events": {"maximum_runs": 3}})")
                                       << 400 << "no candidate";
        QTest::newRow("no termination events")
            << QByteArray(R"({"comparisons": {"base": ["cand-a"]}})") << 400
            << "termination_events";
        QTest::newRow("maximum runs missing")
            << QByteArray(R"({"comparisons": {"base": ["cand-a"]}, "termination_events": {}})")
            << 400 << "termination_events.maximum_runs";
        QTest::newRow("maximum runs 0") << QByteArray(R"({"comparisons": {"base": ["cand-a"]},
                              "termination_events": {"maximum_runs": 0}})")
                                        << 400 << "termination_events.maximum_runs";
        QTest::newRow("maximum runs 301") << QByteArray(R"({"comparisons": {"base": ["cand-a"]},
                              "termination_events": {"maximum_runs": 301}})")
                                          << 400 << "termination_events.maximum_runs";
        QTest::newRow("maximum runs not a number")
            << QByteArray(R"({"comparisons": {"base": ["cand-a"]},
                              "termination_events": {"maximum_runs": "3"}})")
            << 400 << "termination_events.maximum_runs";
        QTest::newRow("bad time") << QByteArray(R"({"comparisons": {"base": ["cand-a"]},
                              "termination_events": {"maximum_runs": 3, "time": "soon"}})")
                                  << 400 << "termination_events.time";
        QTest::newRow("ends before it starts")
            << QByteArray(R"({"comparisons": {"base": ["cand-a"]},
                              "start_events": {"time": "2040-01-02T00:00:00Z"},
                              "termination_events": {"maximum_runs": 3,
                                                     "time": "2040-01-01T00:00:00Z"}})")
            << 400 << "termination_events.time";
        QTest::newRow("bad id") << QByteArray(R"({"id": "a b", "comparisons": {"base": ["cand-a"]},
                              "termination_events": {"maximum_runs": 3}})")
                                << 400 << "id";
        QTest::newRow("not JSON") << QByteArray("{") << 400 << "JSON";
        QTest::newRow("duplicate")
            << QByteArray(R"({"id": "fan", "comparisons": {"base": ["cand-a"]},
                              "termination_events": {"maximum_runs": 3}})")
            << 409 << "fan";
    }

    void refusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, names);
        const int before = m_http->get(tests).array().size();
        const HttpReply reply = m_http->send("POST", tests, body);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.error().contains(names), qPrintable(reply.error()));
        // Nothing half-made.
        QCOMPARE(m_http->get(tests).array().size(), before);
    }
};

QTEST_GUILESS_MAIN(TestServerShadow)
#include "tst_servershadow.moc"
