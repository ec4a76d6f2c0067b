// End-to-end tests of ensembles: definitions (CRUD and refusals) and ensemble runs, whose
// children differ only by their run groups' options; the winner by maximize/minimize with
// absolute and relative tolerances, ties broken by the next rule and then by the earliest child,
// children without a value or failed, canceling, and a restart half-way.
#include "servertesthelpers.h"
#include "support/serverprocess.h"

#include "api/dto/ensemble.h"

#include <QTest>

using namespace TestSupport;

namespace {

const QString app = QStringLiteral("test");
const QString ensembles = QStringLiteral("/v1/applications/test/ensembles");

QJsonObject group(const char *id, const char *instance, const QJsonObject &options,
                  int repetitions = 1)
{
    return {{QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("instance_id"), QLatin1String(instance)},
            {QStringLiteral("options"), options},
            {QStringLiteral("repetitions"), repetitions}};
}

QJsonObject rule(const char *id, const char *path, const char *objective, double tolerance,
                 const char *type, int index)
{
    return {{QStringLiteral("id"), QLatin1String(id)},
            {QStringLiteral("statistics_path"), QLatin1String(path)},
            {QStringLiteral("objective"), QLatin1String(objective)},
            {QStringLiteral("tolerance"),
             QJsonObject{{QStringLiteral("value"), tolerance},
                         {QStringLiteral("type"), QLatin1String(type)}}},
            {QStringLiteral("index"), index}};
}

QJsonObject values(std::initializer_list<std::pair<const char *, double>> pairs)
{
    QJsonObject options;
    for (const auto &[name, value] : pairs)
        options.insert(QLatin1String(name), QString::number(value));
    return options;
}

} // namespace

class TestServerEnsemble : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;

    void define(const char *id, const QJsonArray &groups, const QJsonArray &rules)
    {
        const HttpReply reply = m_http->post(ensembles,
                                             {{QStringLiteral("id"), QLatin1String(id)},
                                              {QStringLiteral("run_groups"), groups},
                                              {QStringLiteral("rules"), rules}});
        QVERIFY2(reply.status == 200, reply.body.constData());
    }

    HttpReply startEnsemble(const QString &definition, const QString &query = {})
    {
        return m_http->post(
            QStringLiteral("/v1/applications/test/runs") + query,
            {{QStringLiteral("input"), QJsonObject{{QStringLiteral("value"), 0}}},
             {QStringLiteral("configuration"),
              QJsonObject{{QStringLiteral("run_type"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("ensemble")},
                                       {QStringLiteral("definition_id"), definition}}}}}});
    }

    // Runs the ensemble to its end; the parent's ID.
    QString runEnsemble(const QString &definition)
    {
        const HttpReply started = startEnsemble(definition);
        if (started.status != 200)
            qWarning("ensemble run refused: %s", started.body.constData());
        const QString id = started.object().value(QStringLiteral("run_id")).toString();
        m_http->waitForRun(app, id);
        return id;
    }

    Api::EnsembleRunResult result(const QString &runId)
    {
        const HttpReply reply = m_http->get(
            QStringLiteral("/nextdesk/v1/applications/test/runs/%1/ensemble").arg(runId));
        auto decoded = Api::EnsembleRunResult::fromJson(reply.object());
        if (!decoded)
            qWarning("%s", reply.body.constData());
        return decoded ? decoded.value() : Api::EnsembleRunResult();
    }

    QString groupOf(const Api::EnsembleRunResult &r, const QString &runId)
    {
        for (const Api::EnsembleChild &child : r.children) {
            if (child.runId == runId)
                return child.runGroupId;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startWithTestApp(m_server));
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        QCOMPARE(m_http
                     ->post(QStringLiteral("/v1/applications/test/instances"),
                            json(R"({"id": "alt", "version_id": "v1",
                                     "configuration": {"options": {"from.instance": "alt"}}})"))
                     .status,
                 200);
    }

    void definitionsCrud()
    {
        define("crud", {group("a", "main", {}, 2)},
               {rule("value", "result.value", "maximize", 0, "absolute", 0)});
        const QJsonObject got = m_http->get(ensembles + QStringLiteral("/crud")).object();
        for (const char *key : {"id", "application_id", "name", "description", "run_groups",
                                "rules", "created_at", "updated_at"})
            QVERIFY2(got.contains(QLatin1String(key)), key);
        QCOMPARE(got.value(QStringLiteral("application_id")).toString(), app);
        QCOMPARE(got.value(QStringLiteral("name")).toString(), QStringLiteral("crud"));
        const QJsonArray items =
            m_http->get(ensembles).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const HttpReply renamed = m_http->patch(ensembles + QStringLiteral("/crud"),
                                                json(R"({"description": "two of a"})"));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.object().value(QStringLiteral("description")).toString(),
                 QStringLiteral("two of a"));
        QCOMPARE(m_http->del(ensembles + QStringLiteral("/crud")).status, 204);
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE")})
            QCOMPARE(m_http->send(method, ensembles + QStringLiteral("/crud")).status, 404);
        QCOMPARE(m_http->patch(ensembles + QStringLiteral("/crud"), json("{}")).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/nope/ensembles")).status, 404);
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("names");
        const QJsonArray groups{group("a", "main", {})};
        const QJsonArray rules{rule("value", "result.value", "maximize", 0, "absolute", 0)};
        auto body = [](const QJsonArray &g, const QJsonArray &r) {
            return QJsonObject{{QStringLiteral("run_groups"), g}, {QStringLiteral("rules"), r}};
        };
        QTest::newRow("no groups") << body({}, rules) << 400 << "run_groups";
        QTest::newRow("no rules") << body(groups, {}) << 400 << "rules";
        QTest::newRow("groups missing")
            << QJsonObject{{QStringLiteral("rules"), rules}} << 400 << "run_groups";
        QTest::newRow("duplicate group")
            << body({group("a", "main", {}), group("a", "alt", {})}, rules) << 400 << "'a'";
        QTest::newRow("duplicate rule")
            << body(groups,
                    {rules.first(), rule("value", "run.duration", "minimize", 0, "absolute", 1)})
            << 400 << "'value'";
        QTest::newRow("unknown instance")
            << body({group("a", "ghost", {})}, rules) << 400 << "run_groups[0].instance_id";
        QTest::newRow("objective")
            << body(groups, {rule("v", "result.value", "maximise", 0, "absolute", 0)}) << 400
            << "rules[0].objective";
        QTest::newRow("tolerance type")
            << body(groups, {rule("v", "result.value", "maximize", 0, "percent", 0)}) << 400
            << "rules[0].tolerance.type";
        QTest::newRow("repetitions")
            << body({group("a", "main", {}, 0)}, rules) << 400 << "run_groups[0].repetitions";
        QTest::newRow("options not strings")
            << body({QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                 {QStringLiteral("instance_id"), QStringLiteral("main")},
                                 {QStringLiteral("options"),
                                  QJsonObject{{QStringLiteral("x"), QJsonObject{}}}}}},
                    rules)
            << 400 << "run_groups[0].options.x";
        QJsonObject duplicate = body(groups, rules);
        duplicate.insert(QStringLiteral("id"), QStringLiteral("taken"));
        QTest::newRow("duplicate definition") << duplicate << 409 << "taken";
    }

    void refusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, names);
        if (m_http->get(ensembles + QStringLiteral("/taken")).status != 200)
            define("taken", {group("a", "main", {})},
                   {rule("value", "result.value", "maximize", 0, "absolute", 0)});
        const int before =
            m_http->get(ensembles).object().value(QStringLiteral("items")).toArray().size();
        const HttpReply reply = m_http->post(ensembles, body);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.error().contains(names), qPrintable(reply.error()));
        QCOMPARE(m_http->get(ensembles).object().value(QStringLiteral("items")).toArray().size(),
                 before);
    }

    void maximizePicksTheHighestValueWithGroupOptions()
    {
        define("max",
               {group("low", "main", values({{"value", 1}})),
                group("high", "alt", values({{"value", 5}})),
                group("mid", "main", values({{"value", 3}}), 2)},
               {rule("value", "result.value", "maximize", 0, "absolute", 0)});
        // An instance_id (older SDKs send the default) is ignored: the groups name instances.
        const HttpReply started =
            startEnsemble(QStringLiteral("max"), QStringLiteral("?instance_id=main"));
        QCOMPARE(started.status, 200);
        const QString parent = started.object().value(QStringLiteral("run_id")).toString();
        const QJsonObject meta =
            m_http->waitForRun(app, parent).value(QStringLiteral("metadata")).toObject();
        QCOMPARE(meta.value(QStringLiteral("status_v2")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(meta.value(QStringLiteral("run_type")).toObject(),
                 json(R"({"type": "ensemble", "definition_id": "max"})"));

        const Api::EnsembleRunResult r = result(parent);
        QCOMPARE(r.children.size(), 4);
        QCOMPARE(groupOf(r, r.winnerRunId), QStringLiteral("high"));
        QCOMPARE(r.decidingRuleId, QStringLiteral("value"));
        QCOMPARE(r.rounds.size(), 1);
        QCOMPARE(r.rounds.first().best.value_or(0), 5.0);
        QCOMPARE(r.rounds.first().kept, QStringList{r.winnerRunId});
        int midRepetitions = 0;
        for (const Api::EnsembleChild &child : r.children) {
            const QJsonObject childMeta = runMetadata(*m_http, app, child.runId);
            QCOMPARE(childMeta.value(QStringLiteral("run_type"))
                         .toObject()
                         .value(QStringLiteral("reference_id"))
                         .toString(),
                     parent);
            QCOMPARE(Api::toString(child.status), Api::toString(Api::RunStatus::Succeeded));
            midRepetitions += child.runGroupId == QLatin1String("mid") ? 1 : 0;
        }
        QCOMPARE(midRepetitions, 2);

        // The parent answers with the winner's output: group options over the instance's.
        const QJsonObject output = runOutput(*m_http, app, parent);
        QCOMPARE(output, runOutput(*m_http, app, r.winnerRunId));
        QCOMPARE(output.value(QStringLiteral("options")).toObject(),
                 json(R"({"value": "5", "from.instance": "alt"})"));
        QCOMPARE(meta.value(QStringLiteral("statistics"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 5.0);
    }

    void minimizeWithinAbsoluteToleranceThenTheNextRuleDecides()
    {
        // Listed out of order: index, not position, decides which rule goes first.
        define("min",
               {group("a", "main", values({{"value", 10}, {"custom.speed", 3}})),
                group("b", "main", values({{"value", 10.5}, {"custom.speed", 1}})),
                group("c", "main", values({{"value", 12}, {"custom.speed", 0}}))},
               {rule("speed", "result.custom.speed", "minimize", 0, "absolute", 1),
                rule("value", "result.value", "minimize", 0.5, "absolute", 0)});
        const Api::EnsembleRunResult r = result(runEnsemble(QStringLiteral("min")));
        QCOMPARE(Api::toString(r.status), Api::toString(Api::RunStatus::Succeeded));
        QCOMPARE(groupOf(r, r.winnerRunId), QStringLiteral("b"));
        QCOMPARE(r.decidingRuleId, QStringLiteral("speed"));
        QCOMPARE(r.rounds.size(), 2);
        QCOMPARE(r.rounds.at(0).ruleId, QStringLiteral("value"));
        QCOMPARE(r.rounds.at(0).kept.size(), 2); // 10 and 10.5 (|10.5 - 10| <= 0.5)
        QCOMPARE(r.rounds.at(0).outsideTolerance.size(), 1);
    }

    void relativeToleranceTieGoesToTheEarliestChild()
    {
        define("rel",
               {group("x", "main", values({{"value", 100}})),
                group("y", "main", values({{"value", 104}})),
                group("z", "main", values({{"value", 80}}))},
               {rule("value", "result.value", "maximize", 0.05, "relative", 0)});
        const Api::EnsembleRunResult r = result(runEnsemble(QStringLiteral("rel")));
        QCOMPARE(groupOf(r, r.winnerRunId), QStringLiteral("x"));
        QVERIFY(r.decidingRuleId.isEmpty());
        QCOMPARE(r.rounds.first().kept.size(), 2);
        QVERIFY2(r.decision.contains(QStringLiteral("earliest")), qPrintable(r.decision));
    }

    void aChildWithoutAValueIsDroppedAtThatRule()
    {
        define("gap",
               {group("p", "main", values({{"value", 5}, {"custom.q", 2}})),
                group("r", "main", values({{"value", 5}}))},
               {rule("value", "result.value", "maximize", 0, "absolute", 0),
                rule("q", "result.custom.q", "maximize", 0, "absolute", 1)});
        const Api::EnsembleRunResult r = result(runEnsemble(QStringLiteral("gap")));
        QCOMPARE(groupOf(r, r.winnerRunId), QStringLiteral("p"));
        QCOMPARE(r.decidingRuleId, QStringLiteral("q"));
        QCOMPARE(r.rounds.size(), 2);
        QCOMPARE(r.rounds.at(1).withoutValue.size(), 1);
        QCOMPARE(groupOf(r, r.rounds.at(1).withoutValue.first()), QStringLiteral("r"));
        QVERIFY2(r.decision.contains(QStringLiteral("without a value")), qPrintable(r.decision));
    }

    void failedChildrenAreLeftOut()
    {
        define("some-fail",
               {group("ok", "main", values({{"value", 1}})),
                group("bad", "main", values({{"value", 9}, {"exit_code", 3}}))},
               {rule("value", "result.value", "maximize", 0, "absolute", 0)});
        const Api::EnsembleRunResult r = result(runEnsemble(QStringLiteral("some-fail")));
        QCOMPARE(Api::toString(r.status), Api::toString(Api::RunStatus::Succeeded));
        QCOMPARE(groupOf(r, r.winnerRunId), QStringLiteral("ok"));
        for (const Api::EnsembleChild &child : r.children) {
            if (child.runGroupId == QLatin1String("bad")) {
                QCOMPARE(Api::toString(child.status), Api::toString(Api::RunStatus::Failed));
                QVERIFY(child.values.isEmpty());
            }
        }
    }

    void everyChildFailedFailsTheParent()
    {
        define("all-fail", {group("bad", "main", values({{"exit_code", 1}}), 2)},
               {rule("value", "result.value", "maximize", 0, "absolute", 0)});
        const QString parent = runEnsemble(QStringLiteral("all-fail"));
        const QJsonObject meta = runMetadata(*m_http, app, parent);
        QCOMPARE(meta.value(QStringLiteral("status_v2")).toString(), QStringLiteral("failed"));
        QVERIFY2(meta.value(QStringLiteral("error")).toString().contains(QStringLiteral("failed")),
                 qPrintable(meta.value(QStringLiteral("error")).toString()));
        const Api::EnsembleRunResult r = result(parent);
        QVERIFY(r.winnerRunId.isEmpty());
        QCOMPARE(r.children.size(), 2);
    }

    void runRefusals()
    {
        HttpReply reply = startEnsemble(QStringLiteral("ghost"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.error().contains(QStringLiteral("definition_id")));
        reply = m_http->post(
            QStringLiteral("/v1/applications/test/runs"),
            json(R"({"input": {}, "configuration": {"run_type": {"type": "ensemble"}}})"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.error().contains(QStringLiteral("definition_id")));
        const QString standard =
            m_http->createRun(app, QStringLiteral("main"), json(R"({"input": {}})"));
        QCOMPARE(
            m_http
                ->get(
                    QStringLiteral("/nextdesk/v1/applications/test/runs/%1/ensemble").arg(standard))
                .status,
            404);
        QCOMPARE(
            m_http->get(QStringLiteral("/nextdesk/v1/applications/test/runs/nope/ensemble")).status,
            404);
    }

    void cancelingTheParentCancelsItsChildren()
    {
        define("slow", {group("s", "main", values({{"sleep_ms", 30000}}), 2)},
               {rule("value", "result.value", "maximize", 0, "absolute", 0)});
        const QString parent = startEnsemble(QStringLiteral("slow"))
                                   .object()
                                   .value(QStringLiteral("run_id"))
                                   .toString();
        QCOMPARE(m_http->patch(QStringLiteral("/v1/applications/test/runs/%1/cancel").arg(parent))
                     .status,
                 204);
        QCOMPARE(runMetadata(*m_http, app, parent).value(QStringLiteral("status_v2")).toString(),
                 QStringLiteral("canceled"));
        QVERIFY(waitUntil([&] {
            const Api::EnsembleRunResult r = result(parent);
            for (const Api::EnsembleChild &child : r.children) {
                if (child.status != Api::RunStatus::Canceled)
                    return false;
            }
            return r.children.size() == 2;
        }));
        QCOMPARE(result(parent).decision, QStringLiteral("the ensemble run was canceled"));
        // Deleting the parent takes its children along.
        const QString child = result(parent).children.first().runId;
        QCOMPARE(m_http->del(QStringLiteral("/v1/applications/test/runs/") + parent).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/applications/test/runs/") + child).status, 404);
    }

    // Last: it restarts the server.
    void aRestartHalfWayFailsTheParentWithAReason()
    {
        // Long enough to be killed half-way, short so the orphaned app processes end soon.
        define("restart", {group("s", "main", values({{"sleep_ms", 5000}}), 2)},
               {rule("value", "result.value", "maximize", 0, "absolute", 0)});
        const QString parent = startEnsemble(QStringLiteral("restart"))
                                   .object()
                                   .value(QStringLiteral("run_id"))
                                   .toString();
        QVERIFY(waitUntil([&] {
            return result(parent).children.size() == 2 &&
                result(parent).children.first().status == Api::RunStatus::Running;
        }));
        m_server.kill();
        QVERIFY(m_server.start());
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        const QJsonObject meta = runMetadata(*m_http, app, parent);
        QCOMPARE(meta.value(QStringLiteral("status_v2")).toString(), QStringLiteral("failed"));
        QVERIFY(meta.value(QStringLiteral("error")).toString().contains(QStringLiteral("stopped")));
        const Api::EnsembleRunResult r = result(parent);
        QCOMPARE(r.children.size(), 2);
        for (const Api::EnsembleChild &child : r.children)
            QCOMPARE(Api::toString(child.status), Api::toString(Api::RunStatus::Failed));
        QVERIFY(r.winnerRunId.isEmpty());
        // The definition survived too and runs again.
        define("after", {group("a", "main", values({{"value", 2}}))},
               {rule("value", "result.value", "maximize", 0, "absolute", 0)});
        QCOMPARE(Api::toString(result(runEnsemble(QStringLiteral("after"))).status),
                 Api::toString(Api::RunStatus::Succeeded));
    }
};

QTEST_GUILESS_MAIN(TestServerEnsemble)
#include "tst_serverensemble.moc"
