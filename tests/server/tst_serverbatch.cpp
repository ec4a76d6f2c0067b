// End-to-end tests of batch experiments: 25 inputs × 2 instances of the sample knapsack app,
// results checked against statistics recomputed here from the runs; explicit run lists with
// option sets; listing, renaming, deleting, and the refusals.
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace TestSupport;

namespace {

const QString batches = QStringLiteral("/v1/applications/knapsack/experiments/batch");

double percentile(QList<double> sorted, double p)
{
    const double position = p / 100.0 * double(sorted.size() - 1);
    const qsizetype lower = qsizetype(std::floor(position));
    const qsizetype upper = std::min(lower + 1, sorted.size() - 1);
    return sorted.at(lower) + (sorted.at(upper) - sorted.at(lower)) * (position - double(lower));
}

} // namespace

class TestServerBatch : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;

    QJsonObject waitForBatch(const QString &id)
    {
        QJsonObject batch;
        for (int i = 0; i < 600; ++i) {
            batch = m_http->get(batches + QStringLiteral("/") + id).object();
            if (batch.value(QStringLiteral("status")).toString() != QLatin1String("started"))
                break;
            QTest::qWait(100);
        }
        return batch;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pushKnapsack(m_server, QStringLiteral("knapsack"),
                             {QStringLiteral("greedy"), QStringLiteral("dp")}));
        QVERIFY(m_server.start());
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        const QStringList files = sampleInputFiles();
        QVERIFY(files.size() >= 25);
        QJsonArray inputs;
        for (int i = 0; i < 25; ++i) {
            QFile file(files.at(i));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString id = QStringLiteral("in-%1").arg(i, 2, 10, QLatin1Char('0'));
            QCOMPARE(m_http
                         ->post(QStringLiteral("/v1/applications/knapsack/inputs"),
                                {{QStringLiteral("id"), id},
                                 {QStringLiteral("input"),
                                  QJsonDocument::fromJson(file.readAll()).object()}})
                         .status,
                     200);
            inputs.append(QJsonObject{{QStringLiteral("id"), id}});
        }
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/applications/knapsack/experiments/inputsets"),
                            {{QStringLiteral("id"), QStringLiteral("twenty-five")},
                             {QStringLiteral("inputs"), inputs}})
                     .status,
                 200);
    }

    void resultsMatchStatisticsRecomputedFromTheRuns()
    {
        const HttpReply created =
            m_http->post(batches,
                         {{QStringLiteral("id"), QStringLiteral("greedy-vs-dp")},
                          {QStringLiteral("name"), QStringLiteral("Greedy vs DP")},
                          {QStringLiteral("input_set_id"), QStringLiteral("twenty-five")},
                          {QStringLiteral("instance_ids"),
                           QJsonArray{QStringLiteral("greedy"), QStringLiteral("dp")}}});
        QCOMPARE(created.status, 200);
        QCOMPARE(created.object().value(QStringLiteral("id")).toString(),
                 QStringLiteral("greedy-vs-dp"));

        const QJsonObject batch = waitForBatch(QStringLiteral("greedy-vs-dp"));
        QCOMPARE(batch.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(batch.value(QStringLiteral("number_of_requested_runs")).toInt(), 50);
        QCOMPARE(batch.value(QStringLiteral("number_of_completed_runs")).toInt(), 50);
        for (const char *key :
             {"id", "name", "created_at", "updated_at", "input_set_id", "instance_ids"})
            QVERIFY2(batch.contains(QLatin1String(key)), key);

        // Recompute result.value per instance from the runs themselves.
        const QJsonArray runs = m_http->get(batches + QStringLiteral("/greedy-vs-dp/runs"))
                                    .object()
                                    .value(QStringLiteral("runs"))
                                    .toArray();
        QCOMPARE(runs.size(), 50);
        QMap<QString, QList<double>> values;
        for (const QJsonValue &v : runs) {
            const QJsonObject run = v.toObject();
            QVERIFY(
                run.value(QStringLiteral("input_id")).toString().startsWith(QLatin1String("in-")));
            QVERIFY(run.contains(QStringLiteral("option_set")));
            const QJsonObject info =
                m_http
                    ->get(QStringLiteral("/v1/applications/knapsack/runs/%1/metadata")
                              .arg(run.value(QStringLiteral("id")).toString()))
                    .object();
            values[run.value(QStringLiteral("application_instance_id")).toString()].append(
                info.value(QStringLiteral("metadata"))
                    .toObject()
                    .value(QStringLiteral("statistics"))
                    .toObject()
                    .value(QStringLiteral("result"))
                    .toObject()
                    .value(QStringLiteral("value"))
                    .toDouble());
        }
        int checkedGroups = 0;
        for (const QJsonValue &g :
             batch.value(QStringLiteral("grouped_distributional_summaries")).toArray()) {
            const QJsonObject group = g.toObject();
            if (group.value(QStringLiteral("group_keys")).toArray().size() != 2)
                continue;
            const QString instance =
                group.value(QStringLiteral("group_values")).toArray().first().toString();
            const QJsonObject d = group.value(QStringLiteral("indicator_distributions"))
                                      .toObject()
                                      .value(QStringLiteral("result.value"))
                                      .toObject();
            QList<double> sorted = values.value(instance);
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(d.value(QStringLiteral("count")).toInt(), 25);
            double sum = 0;
            for (double v : sorted)
                sum += v;
            const double mean = sum / 25;
            double squares = 0;
            for (double v : sorted)
                squares += (v - mean) * (v - mean);
            QVERIFY(std::abs(d.value(QStringLiteral("mean")).toDouble() - mean) < 1e-9);
            QVERIFY(std::abs(d.value(QStringLiteral("std")).toDouble() - std::sqrt(squares / 24)) <
                    1e-9);
            QCOMPARE(d.value(QStringLiteral("min")).toDouble(), sorted.first());
            QCOMPARE(d.value(QStringLiteral("max")).toDouble(), sorted.last());
            const QJsonObject p = d.value(QStringLiteral("percentiles")).toObject();
            QVERIFY(std::abs(p.value(QStringLiteral("p50")).toDouble() - percentile(sorted, 50)) <
                    1e-9);
            QVERIFY(std::abs(p.value(QStringLiteral("p90")).toDouble() - percentile(sorted, 90)) <
                    1e-9);
            ++checkedGroups;
        }
        QCOMPARE(checkedGroups, 2);
        // DP is exact: it never does worse than greedy on any input.
        QList<double> greedy = values.value(QStringLiteral("greedy")),
                      dp = values.value(QStringLiteral("dp"));
        QVERIFY(std::accumulate(dp.begin(), dp.end(), 0.0) >=
                std::accumulate(greedy.begin(), greedy.end(), 0.0));
    }

    void explicitRunsWithOptionSets()
    {
        const HttpReply created = m_http->post(
            batches,
            {{QStringLiteral("name"), QStringLiteral("options")},
             {QStringLiteral("option_sets"),
              QJsonObject{{QStringLiteral("fast"),
                           QJsonObject{{QStringLiteral("solve.duration"), QStringLiteral("1s")}}}}},
             {QStringLiteral("runs"),
              QJsonArray{QJsonObject{{QStringLiteral("input_id"), QStringLiteral("in-00")},
                                     {QStringLiteral("instance_id"), QStringLiteral("dp")},
                                     {QStringLiteral("option_set"), QStringLiteral("fast")},
                                     {QStringLiteral("repetition"), 1}},
                         // A version runs directly, without an instance.
                         QJsonObject{{QStringLiteral("input_id"), QStringLiteral("in-01")},
                                     {QStringLiteral("version_id"), QStringLiteral("greedy")}}}}});
        QCOMPARE(created.status, 200);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        const QJsonObject done = waitForBatch(id);
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        // With option sets, every group names its set: sets are compared, not pooled.
        QStringList groupValues;
        for (const QJsonValue &g :
             done.value(QStringLiteral("grouped_distributional_summaries")).toArray()) {
            const QStringList keys = g[QStringLiteral("group_keys")].toVariant().toStringList();
            if (!keys.contains(QStringLiteral("inputID"))) {
                QCOMPARE(keys.last(), QStringLiteral("optionSetID"));
                groupValues.append(
                    g[QStringLiteral("group_values")].toVariant().toStringList().join(
                        QLatin1Char('/')));
            }
        }
        QCOMPARE(groupValues.size(), 2);
        QVERIFY(groupValues.contains(QStringLiteral("dp/dp/fast")));
        QVERIFY(groupValues.contains(QStringLiteral("/greedy/")));
        const QJsonObject run =
            m_http->get(batches + QStringLiteral("/") + id + QStringLiteral("/runs"))
                .object()
                .value(QStringLiteral("runs"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(run.value(QStringLiteral("option_set")).toString(), QStringLiteral("fast"));
        QCOMPARE(run.value(QStringLiteral("repetition")).toInt(), 1);
        QCOMPARE(run.value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("solve.duration"))
                     .toString(),
                 QStringLiteral("1s"));
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("no name")
            << QJsonObject{{QStringLiteral("input_set_id"), QStringLiteral("twenty-five")},
                           {QStringLiteral("instance_ids"), QJsonArray{QStringLiteral("dp")}}}
            << 400;
        QTest::newRow("unknown set")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                           {QStringLiteral("input_set_id"), QStringLiteral("nope")},
                           {QStringLiteral("instance_ids"), QJsonArray{QStringLiteral("dp")}}}
            << 400;
        QTest::newRow("unknown instance")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                           {QStringLiteral("input_set_id"), QStringLiteral("twenty-five")},
                           {QStringLiteral("instance_ids"), QJsonArray{QStringLiteral("ghost")}}}
            << 400;
        QTest::newRow("unknown option set")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                           {QStringLiteral("runs"),
                            QJsonArray{
                                QJsonObject{{QStringLiteral("input_id"), QStringLiteral("in-00")},
                                            {QStringLiteral("instance_id"), QStringLiteral("dp")},
                                            {QStringLiteral("option_set"), QStringLiteral("zz")}}}}}
            << 400;
        QTest::newRow("unknown version")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                           {QStringLiteral("runs"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("input_id"), QStringLiteral("in-00")},
                                {QStringLiteral("version_id"), QStringLiteral("ghost")}}}}}
            << 400;
        QTest::newRow("instance and version")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                           {QStringLiteral("runs"),
                            QJsonArray{
                                QJsonObject{{QStringLiteral("input_id"), QStringLiteral("in-00")},
                                            {QStringLiteral("instance_id"), QStringLiteral("dp")},
                                            {QStringLiteral("version_id"), QStringLiteral("dp")}}}}}
            << 400;
        QTest::newRow("duplicate")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("greedy-vs-dp")},
                           {QStringLiteral("name"), QStringLiteral("x")},
                           {QStringLiteral("input_set_id"), QStringLiteral("twenty-five")},
                           {QStringLiteral("instance_ids"), QJsonArray{QStringLiteral("dp")}}}
            << 409;
    }

    void refusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        const HttpReply reply = m_http->post(batches, body);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.error().isEmpty());
    }

    void acceptanceTestVerdicts()
    {
        const QString tests = QStringLiteral("/v1/applications/knapsack/experiments/acceptance");
        auto metric = [](const char *statistic, const char *op, const char *type, double value) {
            return QJsonObject{
                {QStringLiteral("field"), QStringLiteral("result.value")},
                {QStringLiteral("metric_type"), QStringLiteral("direct-comparison")},
                {QStringLiteral("statistic"), QLatin1String(statistic)},
                {QStringLiteral("params"),
                 QJsonObject{{QStringLiteral("operator"), QLatin1String(op)},
                             {QStringLiteral("tolerance"),
                              QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                                          {QStringLiteral("value"), value}}}}}};
        };
        const HttpReply created =
            m_http->post(tests,
                         {{QStringLiteral("id"), QStringLiteral("dp-beats-greedy")},
                          {QStringLiteral("experiment_id"), QStringLiteral("greedy-vs-dp")},
                          {QStringLiteral("control"),
                           QJsonObject{{QStringLiteral("instance_id"), QStringLiteral("greedy")}}},
                          {QStringLiteral("candidate"),
                           QJsonObject{{QStringLiteral("instance_id"), QStringLiteral("dp")}}},
                          {QStringLiteral("metrics"),
                           QJsonArray{metric("mean", "ge", "relative", 0.0),
                                      metric("mean", "lt", "absolute", 0.0)}}});
        QCOMPARE(created.status, 200);
        const QJsonObject test = m_http->get(tests + QStringLiteral("/dp-beats-greedy")).object();
        for (const char *key :
             {"id", "name", "description", "app_id", "experiment_id", "control", "candidate",
              "metrics", "created_at", "updated_at", "status", "results"})
            QVERIFY2(test.contains(QLatin1String(key)), key);
        QCOMPARE(test.value(QStringLiteral("control"))
                     .toObject()
                     .value(QStringLiteral("version_id"))
                     .toString(),
                 QStringLiteral("greedy"));
        const QJsonObject results = test.value(QStringLiteral("results")).toObject();
        const QJsonArray metrics = results.value(QStringLiteral("metric_results")).toArray();
        QCOMPARE(metrics.size(), 2);
        QVERIFY(metrics.at(0).toObject().value(QStringLiteral("passed")).toBool()); // dp >= greedy
        QVERIFY(
            !metrics.at(1).toObject().value(QStringLiteral("passed")).toBool()); // dp < greedy: no
        QVERIFY(!results.value(QStringLiteral("passed")).toBool());
        const QJsonObject sides =
            metrics.at(0).toObject().value(QStringLiteral("statistics")).toObject();
        const double controlMean = sides.value(QStringLiteral("control"))
                                       .toObject()
                                       .value(QStringLiteral("distribution_summary_statistics"))
                                       .toObject()
                                       .value(QStringLiteral("mean"))
                                       .toDouble();
        const double candidateMean = sides.value(QStringLiteral("candidate"))
                                         .toObject()
                                         .value(QStringLiteral("distribution_summary_statistics"))
                                         .toObject()
                                         .value(QStringLiteral("mean"))
                                         .toDouble();
        QVERIFY(candidateMean >= controlMean);
        QCOMPARE(m_http->get(tests).array().size(), 1);
        QCOMPARE(m_http
                     ->patch(tests + QStringLiteral("/dp-beats-greedy"),
                             {{QStringLiteral("description"), QStringLiteral("nightly gate")}})
                     .object()
                     .value(QStringLiteral("description"))
                     .toString(),
                 QStringLiteral("nightly gate"));
        // Refusals: unknown operator, unknown experiment.
        QCOMPARE(
            m_http
                ->post(tests,
                       {{QStringLiteral("experiment_id"), QStringLiteral("greedy-vs-dp")},
                        {QStringLiteral("id"), QStringLiteral("bad")},
                        {QStringLiteral("control"),
                         QJsonObject{{QStringLiteral("instance_id"), QStringLiteral("greedy")}}},
                        {QStringLiteral("candidate"),
                         QJsonObject{{QStringLiteral("instance_id"), QStringLiteral("dp")}}},
                        {QStringLiteral("metrics"), QJsonArray{metric("mean", "gte", "", 0)}}})
                .status,
            400);
        QCOMPARE(
            m_http->post(tests, {{QStringLiteral("experiment_id"), QStringLiteral("nope")}}).status,
            400);
        QCOMPARE(m_http->get(tests + QStringLiteral("/nope")).status, 404);
        // Acceptance tests share the experiments table under "acceptance:<id>"; the batch
        // route must not serve them, spelled plainly or percent-encoded.
        const QString batch = QStringLiteral("/v1/applications/knapsack/experiments/batch/");
        QCOMPARE(m_http->get(batch + QStringLiteral("acceptance:dp-beats-greedy")).status, 404);
        QCOMPARE(m_http->get(batch + QStringLiteral("acceptance%3Adp-beats-greedy")).status, 404);
    }

    void listRenameDelete()
    {
        const QJsonArray list = m_http->get(batches).array();
        QCOMPARE(list.size(), 2);
        QVERIFY(list.first().toObject().contains(QStringLiteral("number_of_runs")));
        const HttpReply renamed =
            m_http->patch(batches + QStringLiteral("/greedy-vs-dp"),
                          {{QStringLiteral("name"), QStringLiteral("Renamed")}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Renamed"));
        const QString aRun = m_http->get(batches + QStringLiteral("/greedy-vs-dp/runs"))
                                 .object()
                                 .value(QStringLiteral("runs"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
        QCOMPARE(m_http->del(batches + QStringLiteral("/greedy-vs-dp")).status / 100, 2);
        QCOMPARE(m_http->get(batches + QStringLiteral("/greedy-vs-dp")).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/knapsack/runs/") + aRun).status, 404);
        QCOMPARE(m_http->get(batches).array().size(), 1);
        // Deleting an acceptance test takes its batch experiment along, as in Nextmv Cloud.
        QCOMPARE(
            m_http->del(QStringLiteral(
                            "/v1/applications/knapsack/experiments/acceptance/dp-beats-greedy"))
                    .status /
                100,
            2);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/knapsack/experiments/acceptance"))
                     .array()
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestServerBatch)
#include "tst_serverbatch.moc"
