// End-to-end tests of --strict: requests Nextmv's SDK would never send (creates without an ID or
// a name, empty ID references, unknown fields, input that contradicts its declared format,
// non-string options, a missing configuration, format or description, bodies that are not
// JSON) are refused with a 400 naming the field; the same requests as the SDK sends them are
// taken; a lenient server takes the lenient ones as before; NextDesk's own routes are exempt.
#include "servertesthelpers.h"
#include "support/serverprocess.h"

#include <QHash>

using namespace TestSupport;

namespace {

const QString app = QStringLiteral("/v1/applications/test");
const QString experiments = QStringLiteral("/v1/applications/test/experiments");

// A format as the SDK sends it, e.g. {"input": {"type": "json"}, "output": {"type": "json"}}.
QByteArray format(const char *type)
{
    return QByteArray(R"({"input": {"type": ")") + type + R"("}, "output": {"type": "json"}})";
}

// A run configuration as the SDK resolves it for an input format.
QByteArray configuration(const char *type)
{
    return R"({"format": )" + format(type) + '}';
}

} // namespace

class TestServerStrict : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_strict;
    ServerProcess m_lenient;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<HttpTestClient> m_lenientHttp;
    // "@name@" placeholders in bodies and paths: IDs made in initTestCase.
    QHash<QByteArray, QByteArray> m_ids;

    QByteArray resolved(QByteArray text) const
    {
        for (auto it = m_ids.constBegin(); it != m_ids.constEnd(); ++it)
            text.replace('@' + it.key() + '@', it.value());
        return text;
    }

    // An upload slot of app "test" holding the bytes; its upload_id.
    static QByteArray upload(HttpTestClient &http, const QByteArray &bytes)
    {
        const QJsonObject url = http.post(app + QStringLiteral("/runs/uploadurl"), {}).object();
        if (http.send("PUT", url.value(QStringLiteral("upload_url")).toString(), bytes).status !=
            200)
            return {};
        return url.value(QStringLiteral("upload_id")).toString().toUtf8();
    }

    static void addRow(const char *name, const QByteArray &method, const QString &path,
                       const QByteArray &body, const QString &field = {})
    {
        QTest::newRow(name) << method << path << body << field;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startWithTestApp(m_strict,
                                 {QStringLiteral("--strict"), QStringLiteral("--test-clock")}));
        QVERIFY(startWithTestApp(m_lenient));
        m_http = std::make_unique<HttpTestClient>(m_strict.baseUrl(), m_strict.apiKey());
        m_lenientHttp = std::make_unique<HttpTestClient>(m_lenient.baseUrl(), m_lenient.apiKey());

        m_ids.insert("json", upload(*m_http, R"({"value": 2})"));
        m_ids.insert("text", upload(*m_http, "two words"));
        m_ids.insert("binary", upload(*m_http, QByteArray("\xff\xfe not text")));
        for (const QByteArray &id : std::as_const(m_ids))
            QVERIFY(!id.isEmpty());
        const HttpReply run = m_http->send("POST", app + QStringLiteral("/runs?instance_id=main"),
                                           R"({"input": {"value": 1}, "configuration": )" +
                                               configuration("json") + '}');
        QCOMPARE(run.status, 200);
        const QString runId = run.object().value(QStringLiteral("run_id")).toString();
        QCOMPARE(m_http->waitForRun(QStringLiteral("test"), runId)
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("status_v2"))
                     .toString(),
                 QStringLiteral("succeeded"));
        m_ids.insert("run", runId.toUtf8());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");

        // Rule 1: creates without a non-empty id or name.
        addRow("app without id", "POST", QStringLiteral("/v1/applications"), R"({"name": "a"})",
               QStringLiteral("'id'"));
        addRow("app with a blank name", "POST", QStringLiteral("/v1/applications"),
               R"({"id": "a1", "name": "  "})", QStringLiteral("'name'"));
        addRow("version without name", "POST", app + QStringLiteral("/versions"), R"({"id": "v9"})",
               QStringLiteral("'name'"));
        addRow("instance with an empty id", "POST", app + QStringLiteral("/instances"),
               R"({"id": "", "name": "i", "version_id": "v1"})", QStringLiteral("'id'"));
        addRow("managed input without id", "POST", app + QStringLiteral("/inputs"),
               R"({"name": "m", "upload_id": "@json@", "format": )" + format("json") + '}',
               QStringLiteral("'id'"));
        addRow("input set without id", "POST", experiments + QStringLiteral("/inputsets"),
               R"({"name": "s", "run_ids": ["@run@"]})", QStringLiteral("'id'"));
        addRow("batch without name", "POST", experiments + QStringLiteral("/batch"),
               R"({"id": "b9", "input_set_id": "s", "instance_ids": ["main"]})",
               QStringLiteral("'name'"));
        addRow("batch with a blank id", "POST", experiments + QStringLiteral("/batch"),
               R"({"id": " ", "name": "b", "input_set_id": "s", "instance_ids": ["main"]})",
               QStringLiteral("'id'"));
        addRow("acceptance without id", "POST", experiments + QStringLiteral("/acceptance"),
               R"({"name": "t", "experiment_id": "b", "candidate": {"instance_id": "main"},
                   "control": {"instance_id": "main"}, "metrics": []})",
               QStringLiteral("'id'"));
        addRow("shadow without name", "POST", experiments + QStringLiteral("/shadow"),
               R"({"id": "sh", "comparisons": {"main": ["latest"]},
                   "termination_events": {"maximum_runs": 2}})",
               QStringLiteral("'name'"));
        addRow("switchback without id", "POST", experiments + QStringLiteral("/switchback"),
               R"({"name": "sw", "comparison": {"baseline_instance_id": "main",
                   "candidate_instance_id": "latest"},
                   "generate_random_plan": {"unit_duration_minutes": 5, "units": 2}})",
               QStringLiteral("'id'"));
        addRow("ensemble without id", "POST", app + QStringLiteral("/ensembles"),
               R"({"name": "e", "description": "e", "run_groups": [], "rules": []})",
               QStringLiteral("'id'"));

        // Rule 1: empty ID references, at any depth.
        addRow("empty version_id", "POST", app + QStringLiteral("/instances"),
               R"({"id": "i9", "name": "i9", "version_id": ""})", QStringLiteral("'version_id'"));
        addRow("empty instance_id", "POST", experiments + QStringLiteral("/inputsets"),
               R"({"id": "s9", "name": "s9", "instance_id": "",
                   "start_time": "2024-01-05T00:00:00+00:00",
                   "end_time": "2024-01-06T00:00:00+00:00"})",
               QStringLiteral("'instance_id'"));
        addRow("empty input_set_id", "POST", experiments + QStringLiteral("/batch"),
               R"({"name": "b", "input_set_id": "", "runs": [{"input_id": "@run@",
                   "instance_id": "main"}]})",
               QStringLiteral("'input_set_id'"));
        addRow("empty instance_id in runs", "POST", experiments + QStringLiteral("/batch"),
               R"({"name": "b", "runs": [{"input_id": "@run@", "instance_id": ""}]})",
               QStringLiteral("'runs[0].instance_id'"));
        addRow("empty string in run_ids", "POST", experiments + QStringLiteral("/inputsets"),
               R"({"id": "s8", "name": "s8", "run_ids": ["@run@", ""]})",
               QStringLiteral("'run_ids[1]'"));
        addRow("empty string in input_ids", "PUT", experiments + QStringLiteral("/inputsets/s1"),
               R"({"id": "s1", "name": "s1", "input_ids": [""]})",
               QStringLiteral("'input_ids[0]'"));
        addRow("empty batch_experiment_id", "POST", app + QStringLiteral("/runs"),
               R"({"input": {"value": 1}, "batch_experiment_id": "", "configuration": )" +
                   configuration("json") + '}',
               QStringLiteral("'batch_experiment_id'"));

        // Rule 2: unknown top-level fields, on every POST, PUT and PATCH of the API.
        addRow("unknown field on create", "POST", QStringLiteral("/v1/applications"),
               R"({"id": "a2", "name": "a2", "color": "red"})", QStringLiteral("'color'"));
        addRow("instance_id in a run body", "POST", app + QStringLiteral("/runs"),
               R"({"input": {"value": 1}, "instance_id": "main", "configuration": )" +
                   configuration("json") + '}',
               QStringLiteral("'instance_id'"));
        addRow("inline input of a managed input", "POST", app + QStringLiteral("/inputs"),
               R"({"id": "m9", "name": "m9", "input": {"value": 1}, "format": )" + format("json") +
                   '}',
               QStringLiteral("'input'"));
        addRow("version_id of an input set", "POST", experiments + QStringLiteral("/inputsets"),
               R"({"id": "s7", "name": "s7", "version_id": "v1",
                   "start_time": "2024-01-05T00:00:00+00:00",
                   "end_time": "2024-01-06T00:00:00+00:00"})",
               QStringLiteral("'version_id'"));
        addRow("input_set_id of an acceptance test", "POST",
               experiments + QStringLiteral("/acceptance"),
               R"({"id": "t", "name": "t", "experiment_id": "t", "input_set_id": "s",
                   "candidate": {"instance_id": "main"}, "control": {"instance_id": "main"},
                   "metrics": []})",
               QStringLiteral("'input_set_id'"));
        addRow("unknown field on a full-object PUT", "PUT", app + QStringLiteral("/versions/v1"),
               R"({"id": "v1", "name": "v1", "code": "x"})", QStringLiteral("'code'"));
        addRow("unknown field on PATCH", "PATCH", experiments + QStringLiteral("/batch/b1"),
               R"({"name": "b", "status": "canceled"})", QStringLiteral("'status'"));
        addRow("a body on cancel", "PATCH", app + QStringLiteral("/runs/@run@/cancel"),
               R"({"reason": "late"})", QStringLiteral("'reason'"));
        addRow("unknown field on stop", "PUT", experiments + QStringLiteral("/shadow/sh/stop"),
               R"({"intent": "cancel", "force": true})", QStringLiteral("'force'"));

        // Rule 3: a declared format the body contradicts; options that are not strings.
        addRow("string input without a format", "POST", app + QStringLiteral("/runs"),
               R"({"input": "two words", "configuration": {}})", QStringLiteral("'input'"));
        addRow("string input declared json", "POST", app + QStringLiteral("/runs"),
               R"({"input": "[1, 2]", "configuration": )" + configuration("json") + '}',
               QStringLiteral("'input'"));
        addRow("object input declared text", "POST", app + QStringLiteral("/runs"),
               R"({"input": {"value": 1}, "configuration": )" + configuration("text") + '}',
               QStringLiteral("'input'"));
        addRow("number input declared text", "POST", app + QStringLiteral("/runs"),
               R"({"input": 5, "configuration": )" + configuration("text") + '}',
               QStringLiteral("'input'"));
        addRow("inline input declared csv-archive", "POST", app + QStringLiteral("/runs"),
               R"({"input": "a,b", "configuration": )" + configuration("csv-archive") + '}',
               QStringLiteral("'input'"));
        addRow("upload that is not JSON declared json", "POST", app + QStringLiteral("/runs"),
               R"({"upload_id": "@text@", "configuration": )" + configuration("json") + '}',
               QStringLiteral("'configuration.format.input.type'"));
        addRow("upload that is not JSON, no format", "POST", app + QStringLiteral("/runs"),
               R"({"upload_id": "@text@", "configuration": {}})", QStringLiteral("not valid JSON"));
        addRow("upload that is not UTF-8 declared text", "POST", app + QStringLiteral("/runs"),
               R"({"upload_id": "@binary@", "configuration": )" + configuration("text") + '}',
               QStringLiteral("not valid UTF-8"));
        addRow("managed input upload that is not JSON", "POST", app + QStringLiteral("/inputs"),
               R"({"id": "m8", "name": "m8", "upload_id": "@text@", "format": {"input":
                   {"type": "json"}}})",
               QStringLiteral("'format.input.type'"));
        addRow("number option", "POST", app + QStringLiteral("/runs"),
               R"({"input": {"value": 1}, "options": {"solve.duration": 5}, "configuration": )" +
                   configuration("json") + '}',
               QStringLiteral("'options.solve.duration'"));
        addRow("boolean instance option", "POST", app + QStringLiteral("/instances"),
               R"({"id": "i8", "name": "i8", "version_id": "v1",
                   "configuration": {"options": {"details": true}}})",
               QStringLiteral("'configuration.options.details'"));

        // Rule 4: what the SDK always sends.
        addRow("run without configuration", "POST", app + QStringLiteral("/runs"),
               R"({"input": {"value": 1}})", QStringLiteral("'configuration'"));
        addRow("managed input without format", "POST", app + QStringLiteral("/inputs"),
               R"({"id": "m7", "name": "m7", "upload_id": "@json@"})", QStringLiteral("'format'"));
        addRow("ensemble without description", "POST", app + QStringLiteral("/ensembles"),
               R"({"id": "e9", "name": "e9", "run_groups": [], "rules": []})",
               QStringLiteral("'description'"));
        addRow("empty ensemble update", "PATCH", app + QStringLiteral("/ensembles/e1"), "{}",
               QStringLiteral("'name' or 'description'"));
    }

    void refused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpReply reply =
            m_http->send(method, QString::fromUtf8(resolved(path.toUtf8())), resolved(body));
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.error().startsWith(QLatin1String("strict mode: ")), reply.body);
        QVERIFY2(reply.error().contains(field), reply.body);
    }

    void refusedUnlessSentAsJson()
    {
        m_http->setContentType("text/plain");
        const HttpReply reply = m_http->send("POST", app + QStringLiteral("/versions"),
                                             R"({"id": "v8", "name": "v8"})");
        m_http->setContentType("application/json");
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.error().contains(QLatin1String("Content-Type")), reply.body);
        QCOMPARE(m_http->get(app + QStringLiteral("/versions/v8")).status, 404);
    }

    // The same requests as Nextmv's SDK sends them, in an order where each finds what it needs.
    void acceptedAsTheSdkSendsThem_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // unused: kept so rows read as the refusals do

        addRow("app", "POST", QStringLiteral("/v1/applications"),
               R"({"id": "sdk-app", "name": "sdk-app", "description": "made by the SDK"})");
        addRow("version", "POST", app + QStringLiteral("/versions"),
               R"({"id": "v2", "name": "Version v2", "description": ""})");
        addRow("instance", "POST", app + QStringLiteral("/instances"),
               R"({"id": "i2", "name": "i2", "version_id": "v2",
                   "configuration": {"options": {"solve.duration": "5"}}})");
        addRow("managed input from an upload", "POST", app + QStringLiteral("/inputs"),
               R"({"id": "mi-json", "name": "mi-json", "upload_id": "@json@", "format": )" +
                   format("json") + '}');
        addRow("text managed input", "POST", app + QStringLiteral("/inputs"),
               R"({"id": "mi-text", "name": "mi-text", "upload_id": "@text@", "format": )" +
                   format("text") + '}');
        addRow("managed input from a run", "POST", app + QStringLiteral("/inputs"),
               R"({"id": "mi-run", "name": "mi-run", "run_id": "@run@", "format": )" +
                   format("json") + '}');
        addRow("input set from runs", "POST", experiments + QStringLiteral("/inputsets"),
               R"({"id": "is-runs", "name": "is-runs", "run_ids": ["@run@"]})");
        addRow("input set from inputs", "POST", experiments + QStringLiteral("/inputsets"),
               R"({"id": "is-inputs", "name": "is-inputs", "description": "",
                   "inputs": [{"id": "mi-json"}]})");
        addRow("input set from a time window", "POST", experiments + QStringLiteral("/inputsets"),
               R"({"id": "is-window", "name": "is-window", "instance_id": "main",
                   "start_time": "2020-01-01T00:00:00+00:00", "end_time": "2100-01-01T00:00:00",
                   "maximum_runs": 5})");
        addRow("batch, older SDK form without id", "POST", experiments + QStringLiteral("/batch"),
               R"({"name": "old form", "input_set_id": "is-runs", "instance_ids": ["main"]})");
        addRow("batch, newer SDK form", "POST", experiments + QStringLiteral("/batch"),
               R"({"id": "acc-1", "name": "acc-1", "type": "batch",
                   "runs": [{"input_id": "@run@", "instance_id": "main", "input_set_id": "is-runs"},
                            {"input_id": "@run@", "instance_id": "i2", "input_set_id": "is-runs"}]})");
        addRow("scenario test", "POST", experiments + QStringLiteral("/batch"),
               R"({"id": "sc-1", "name": "sc-1", "description": "", "type": "scenario",
                   "option_sets": {"fast": {"solve.duration": "1"}},
                   "runs": [{"input_id": "mi-json", "version_id": "v2", "option_set": "fast",
                             "scenario_id": "s", "repetition": 0}]})");
        addRow("rename batch", "PATCH", experiments + QStringLiteral("/batch/sc-1"),
               R"({"description": "renamed"})");
        addRow("acceptance test", "POST", experiments + QStringLiteral("/acceptance"),
               R"({"id": "acc-1", "name": "acc-1", "description": "", "experiment_id": "acc-1",
                   "candidate": {"instance_id": "i2"}, "control": {"instance_id": "main"},
                   "metrics": [{"field": "result.value", "metric_type": "direct-comparison",
                                "params": {"operator": "ge", "tolerance": {"type": "relative",
                                                                         "value": 0.05}},
                                "statistic": "mean"}]})");
        addRow("shadow test", "POST", experiments + QStringLiteral("/shadow"),
               R"({"id": "sh-1", "name": "sh-1", "comparisons": {"main": ["i2"]},
                   "termination_events": {"maximum_runs": 3}})");
        addRow("start shadow test", "PUT", experiments + QStringLiteral("/shadow/sh-1/start"), {});
        addRow("stop shadow test", "PUT", experiments + QStringLiteral("/shadow/sh-1/stop"),
               R"({"intent": "cancel"})");
        addRow("switchback test", "POST", experiments + QStringLiteral("/switchback"),
               R"({"id": "sw-1", "name": "sw-1", "description": "",
                   "comparison": {"baseline_instance_id": "main", "candidate_instance_id": "i2"},
                   "generate_random_plan": {"unit_duration_minutes": 60, "units": 4}})");
        addRow("rename switchback test", "PATCH", experiments + QStringLiteral("/switchback/sw-1"),
               R"({"name": "sw one"})");
        addRow("ensemble definition", "POST", app + QStringLiteral("/ensembles"),
               R"({"id": "ens-1", "name": "ens-1", "description": "ens-1",
                   "run_groups": [{"id": "g", "instance_id": "main",
                                   "options": {"solve.duration": "1"}, "repetitions": 1}],
                   "rules": [{"id": "r", "statistics_path": "result.value",
                              "objective": "maximize",
                              "tolerance": {"value": 0, "type": "absolute"}, "index": 0}]})");
        addRow("rename ensemble definition", "PATCH", app + QStringLiteral("/ensembles/ens-1"),
               R"({"name": "best"})");
        addRow("run with inline JSON", "POST", app + QStringLiteral("/runs?instance_id=main"),
               R"({"input": {"value": 3}, "name": "n", "description": "",
                   "options": {"solve.duration": "5"}, "configuration": )" +
                   configuration("json") + '}');
        addRow("run with inline text", "POST", app + QStringLiteral("/runs?instance_id=main"),
               R"({"input": "two words", "configuration": )" + configuration("text") + '}');
        addRow("run from a JSON upload", "POST", app + QStringLiteral("/runs?instance_id=main"),
               R"({"upload_id": "@json@", "configuration": )" + configuration("json") + '}');
        addRow("run from a text upload", "POST", app + QStringLiteral("/runs?instance_id=main"),
               R"({"upload_id": "@text@", "configuration": )" + configuration("text") + '}');
        addRow("run on a managed input", "POST", app + QStringLiteral("/runs?instance_id=main"),
               R"({"input_id": "mi-json", "configuration": )" + configuration("json") + '}');
        addRow("ensemble run", "POST", app + QStringLiteral("/runs"),
               R"({"input": {"value": 1}, "configuration": {"run_type": {"type": "ensemble",
                   "definition_id": "ens-1"}}})");
        addRow("rename run", "PUT", app + QStringLiteral("/runs/@run@"),
               R"({"name": "renamed", "description": ""})");
        addRow("upload URL", "POST", app + QStringLiteral("/runs/uploadurl"), {});
    }

    void acceptedAsTheSdkSendsThem()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpReply reply =
            m_http->send(method, QString::fromUtf8(resolved(path.toUtf8())), resolved(body));
        QVERIFY2(reply.status == 200, reply.body);
    }

    // Apps, versions, instances, managed inputs and input sets are updated with PUT and the
    // whole object as GET returned it, which is what the SDK sends back.
    void fullObjectUpdatesAccepted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("app") << app;
        QTest::newRow("version") << app + QStringLiteral("/versions/v1");
        QTest::newRow("instance") << app + QStringLiteral("/instances/main");
        QTest::newRow("managed input") << app + QStringLiteral("/inputs/mi-json");
        QTest::newRow("input set") << experiments + QStringLiteral("/inputsets/is-inputs");
    }

    void fullObjectUpdatesAccepted()
    {
        QFETCH(QString, path);
        const HttpReply got = m_http->get(path);
        QCOMPARE(got.status, 200);
        QJsonObject object = got.object();
        object.insert(QStringLiteral("description"), QStringLiteral("updated"));
        // NextDesk's own addition to managed inputs; the SDK's model has no such field.
        object.remove(QStringLiteral("size"));
        const HttpReply put = m_http->put(path, object);
        QVERIFY2(put.status == 200, put.body);
        QCOMPARE(m_http->get(path).object().value(QStringLiteral("description")).toString(),
                 QStringLiteral("updated"));
    }

    // Without --strict the server takes what it always took.
    void lenientServerTakesThem_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("app without id or name")
            << QByteArray("POST") << QStringLiteral("/v1/applications") << QByteArray("{}");
        QTest::newRow("unknown field") << QByteArray("POST") << app + QStringLiteral("/versions")
                                       << QByteArray(R"({"id": "v7", "color": "red"})");
        QTest::newRow("string input, no configuration, number option")
            << QByteArray("POST") << app + QStringLiteral("/runs")
            << QByteArray(R"({"input": "two words", "options": {"n": 5}})");
        QTest::newRow("inline managed input without format")
            << QByteArray("POST") << app + QStringLiteral("/inputs")
            << QByteArray(R"({"input": {"value": 1}})");
        QTest::newRow("empty version_id reference on a batch run")
            << QByteArray("POST") << experiments + QStringLiteral("/batch")
            << QByteArray(R"({"name": "b", "runs": [{"input_id": "@run@", "instance_id": "main",
                                                       "version_id": ""}]})");
    }

    void lenientServerTakesThem()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        // The lenient server has no run "@run@" of its own: make one for the batch row.
        if (body.contains("@run@")) {
            const QString run = m_lenientHttp->createRun(
                QStringLiteral("test"), QStringLiteral("main"),
                {{QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), 1}}}});
            QVERIFY(!run.isEmpty());
            body.replace("@run@", run.toUtf8());
        }
        const HttpReply reply = m_lenientHttp->send(method, path, body);
        QVERIFY2(reply.status == 200, reply.body);
        // The same request is refused in strict mode.
        const HttpReply strict = m_http->send(method, path, resolved(body));
        QCOMPARE(strict.status, 400);
        QVERIFY2(strict.error().startsWith(QLatin1String("strict mode: ")), strict.body);
    }

    // NextDesk's own routes (/nextdesk/v1/...) are not the cloud's: strict mode leaves them be.
    void ownRoutesExempt()
    {
        const HttpReply reply = m_http->send("PUT", QStringLiteral("/nextdesk/v1/test/clock"),
                                             R"({"advance_seconds": 0, "note": "not checked"})");
        QVERIFY2(reply.status == 200, reply.body);
    }
};

QTEST_GUILESS_MAIN(TestServerStrict)
#include "tst_serverstrict.moc"
