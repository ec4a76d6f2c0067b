// The wire DTOs: decode what the reference documents, keep unknown fields, refuse wrong types
// with a message naming the field.
#include "api/dto/application.h"
#include "api/dto/ensemble.h"
#include "api/dto/experiment.h"
#include "api/dto/inputset.h"
#include "api/dto/instance.h"
#include "api/dto/managedinput.h"
#include "api/dto/run.h"
#include "api/dto/shadowtest.h"
#include "api/dto/switchbacktest.h"
#include "api/dto/version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(NEXTDESK_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestDtoCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applicationRoundTripKeepsUnknownFields()
    {
        QJsonObject json = fixture(QStringLiteral("application.json"));
        json.insert(QStringLiteral("future_field"), QJsonObject{{QStringLiteral("x"), 1}});
        const auto app = Api::Application::fromJson(json);
        QVERIFY(app);
        QCOMPARE(app->id, QStringLiteral("knapsack"));
        QCOMPARE(app->defaultInstance, QStringLiteral("latest"));
        QCOMPARE(app->toJson(), json);
    }

    void legacyDefaultInstanceName()
    {
        const auto app = Api::Application::fromJson(
            {{QStringLiteral("id"), QStringLiteral("a")},
             {QStringLiteral("default_instance_id"), QStringLiteral("prod")}});
        QVERIFY(app);
        QCOMPARE(app->defaultInstance, QStringLiteral("prod"));
    }

    void runInformationFromTheReference()
    {
        const QJsonObject json = fixture(QStringLiteral("run-metadata.json"));
        const auto run = Api::RunInformation::fromJson(json);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QCOMPARE(run->id, QStringLiteral("prod-Q3x9aB1kz"));
        QVERIFY(run->metadata.status == Api::RunStatus::Succeeded);
        QCOMPARE(run->metadata.durationMs, 812.0);
        QCOMPARE(run->metadata.inputSize, 502);
        QCOMPARE(run->metadata.optionsSummary.size(), 1);
        QCOMPARE(run->metadata.optionsSummary.first().source, QStringLiteral("run"));
        const auto indicators = Api::indicatorsFromStatistics(run->metadata.statistics);
        QStringList names;
        for (const Api::Indicator &i : indicators)
            names.append(i.name);
        QVERIFY(names.contains(QStringLiteral("result.value")));
        QVERIFY(names.contains(QStringLiteral("result.custom.items")));
        QVERIFY(!names.contains(QStringLiteral("schema")));
        // Re-encoding gives back every documented field.
        const QJsonObject again = run->toJson();
        QCOMPARE(
            again.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("status_v2")),
            json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("status_v2")));
    }

    void wrongTypesNameTheField()
    {
        QJsonObject json = fixture(QStringLiteral("run-metadata.json"));
        QJsonObject metadata = json.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("duration"), QStringLiteral("long"));
        json.insert(QStringLiteral("metadata"), metadata);
        const auto run = Api::RunInformation::fromJson(json);
        QVERIFY(!run);
        QVERIFY2(run.error().message.contains(QLatin1String("metadata.duration")),
                 qPrintable(run.error().message));
    }

    // Found by fuzz_dto: a whole number too large for qint64 was converted anyway (undefined
    // behaviour; on x86 any such size became -2^63 and was accepted).
    void integersBeyondQint64AreRefused()
    {
        QJsonObject json = fixture(QStringLiteral("managed-input.json"));
        for (const double size : {1e300, -1e300, 9223372036854775808.0}) {
            json.insert(QStringLiteral("size"), size);
            const auto input = Api::ManagedInput::fromJson(json);
            QVERIFY2(!input, qPrintable(QString::number(size)));
            QVERIFY2(input.error().message.contains(QLatin1String("'size'")),
                     qPrintable(input.error().message));
        }
        json.insert(QStringLiteral("size"), -9223372036854775808.0);
        QCOMPARE(Api::ManagedInput::fromJson(json)->size, std::numeric_limits<qint64>::min());
        json.insert(QStringLiteral("size"), 9007199254740992.0);
        QCOMPARE(Api::ManagedInput::fromJson(json)->size, Q_INT64_C(9007199254740992));
    }

    // Found by fuzz_dto in CI: a run's sizes were converted from any number, so 1.07e19 was
    // undefined behaviour. A fraction is still dropped, as the sizes have always been read.
    void runSizesBeyondQint64AreRefused()
    {
        QJsonObject json = fixture(QStringLiteral("run-metadata.json"));
        QJsonObject metadata = json.value(QStringLiteral("metadata")).toObject();
        for (const char *key : {"input_size", "output_size"}) {
            for (const double size : {1.07e19, -1e300, 9223372036854775808.0}) {
                QJsonObject wrong = metadata;
                wrong.insert(QLatin1String(key), size);
                json.insert(QStringLiteral("metadata"), wrong);
                const auto run = Api::RunInformation::fromJson(json);
                QVERIFY2(!run, key);
                QVERIFY2(run.error().message.contains(QLatin1String(key)),
                         qPrintable(run.error().message));
            }
        }
        metadata.insert(QStringLiteral("input_size"), 12.75);
        metadata.insert(QStringLiteral("output_size"), -9223372036854775808.0);
        json.insert(QStringLiteral("metadata"), metadata);
        const auto run = Api::RunInformation::fromJson(json);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QCOMPARE(run->metadata.inputSize, 12);
        QCOMPARE(run->metadata.outputSize, std::numeric_limits<qint64>::min());

        QJsonObject summary{{QStringLiteral("id"), QStringLiteral("r1")},
                            {QStringLiteral("status_v2"), QStringLiteral("succeeded")},
                            {QStringLiteral("input_size"), 7.5}};
        const auto listed = Api::RunSummary::fromJson(summary);
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
        QCOMPARE(listed->inputSize, 7);
        summary.insert(QStringLiteral("input_size"), 1.07e19);
        QVERIFY(!Api::RunSummary::fromJson(summary));
    }

    void unknownStatusIsUnknownAndMissingIsRefused()
    {
        // A newer server's status is kept readable (as Unknown, still watched), not an error.
        QJsonObject json = fixture(QStringLiteral("run-metadata.json"));
        QJsonObject metadata = json.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("status_v2"), QStringLiteral("exploded"));
        json.insert(QStringLiteral("metadata"), metadata);
        const auto run = Api::RunInformation::fromJson(json);
        QVERIFY(run);
        QVERIFY(run->metadata.status == Api::RunStatus::Unknown);
        QVERIFY(!Api::isTerminal(run->metadata.status));
        metadata.remove(QStringLiteral("status_v2"));
        metadata.remove(QStringLiteral("status"));
        json.insert(QStringLiteral("metadata"), metadata);
        QVERIFY(!Api::RunInformation::fromJson(json));
    }

    void experimentStatusEveryValueAndUnknownOnes()
    {
        for (const char *name : {"unknown", "draft", "started", "stopping", "completed", "failed",
                                 "canceled", "deleting", "delete-failed"}) {
            const QString text = QString::fromLatin1(name);
            QCOMPARE(Api::toString(Api::experimentStatusFromString(text)), text);
        }
        // A value from a newer server is shown as unknown and never watched as running.
        const auto batch =
            Api::BatchExperiment::fromJson({{QStringLiteral("id"), QStringLiteral("b")},
                                            {QStringLiteral("status"), QStringLiteral("paused")}});
        QVERIFY(batch);
        QVERIFY(batch->status == Api::ExperimentStatus::Unknown);
        QVERIFY(batch->isFinished());
    }

    void batchRequestWithTypedRuns()
    {
        Api::BatchExperimentRequest request;
        request.name = QStringLiteral("sets");
        request.optionSets[QStringLiteral("fast")] = {
            {QStringLiteral("solve.duration"), QStringLiteral("1s")}};
        Api::BatchRunSpec onVersion;
        onVersion.inputId = QStringLiteral("in-1");
        onVersion.versionId = QStringLiteral("v1");
        onVersion.optionSet = QStringLiteral("fast");
        onVersion.repetition = 2;
        request.runs = {onVersion};
        const QJsonObject json = request.toJson();
        QCOMPARE(json[QStringLiteral("option_sets")][QStringLiteral("fast")]
                     [QStringLiteral("solve.duration")]
                         .toString(),
                 QStringLiteral("1s"));
        const QJsonObject run = json[QStringLiteral("runs")].toArray().first().toObject();
        QCOMPARE(run,
                 (QJsonObject{{QStringLiteral("input_id"), QStringLiteral("in-1")},
                              {QStringLiteral("version_id"), QStringLiteral("v1")},
                              {QStringLiteral("option_set"), QStringLiteral("fast")},
                              {QStringLiteral("repetition"), 2}}));
    }

    void inputSetWithInputsButNoInputIds()
    {
        const auto set = Api::InputSet::fromJson(
            {{QStringLiteral("id"), QStringLiteral("s")},
             {QStringLiteral("inputs"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("in-1")}},
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("in-2")}}}}});
        QVERIFY(set);
        QCOMPARE(set->inputIds, (QStringList{QStringLiteral("in-1"), QStringLiteral("in-2")}));
    }

    void runRequestNeedsExactlyOneInput()
    {
        QVERIFY(!Api::RunRequest::fromJson({}));
        QVERIFY(!Api::RunRequest::fromJson({{QStringLiteral("input"), QJsonObject()},
                                            {QStringLiteral("upload_id"), QStringLiteral("u")}}));
        const auto ok = Api::RunRequest::fromJson(
            {{QStringLiteral("input"), QJsonObject()},
             {QStringLiteral("options"), QJsonObject{{QStringLiteral("n"), 3}}}});
        QVERIFY(ok);
        QCOMPARE(ok->options.value(QStringLiteral("n")).toString(), QStringLiteral("3"));
        // What the client encodes, the server decodes to the same request.
        const auto again = Api::RunRequest::fromJson(ok->toJson());
        QVERIFY(again);
        QCOMPARE(again->options, ok->options);
    }

    void instanceVersionAndInputFromTheReference()
    {
        const auto instance = Api::Instance::fromJson(fixture(QStringLiteral("instance.json")));
        QVERIFY(instance);
        QCOMPARE(
            instance->configuration.options.value(QStringLiteral("solve.algorithm")).toString(),
            QStringLiteral("dp"));
        QCOMPARE(instance->configuration.queuingPriority.value_or(0), 6);
        QCOMPARE(Api::Instance::fromJson(instance->toJson())->toJson(), instance->toJson());

        const auto version = Api::Version::fromJson(fixture(QStringLiteral("version.json")));
        QVERIFY(version);
        QCOMPARE(version->executable.executableType(), QStringLiteral("binary"));

        const auto input =
            Api::ManagedInput::fromJson(fixture(QStringLiteral("managed-input.json")));
        QVERIFY(input);
        QCOMPARE(input->uploadId, QStringLiteral("up-1a2b"));
        QCOMPARE(input->createdAt.toMSecsSinceEpoch() % 1000, 0);
    }

    void shadowTestRoundTripKeepsUnknownFields()
    {
        QJsonObject json = fixture(QStringLiteral("shadow-test.json"));
        json.insert(QStringLiteral("future_field"), QStringLiteral("kept"));
        const auto test = Api::ShadowTest::fromJson(json);
        QVERIFY2(test, test ? "" : qPrintable(test.error().message));
        QVERIFY(test->status == Api::ExperimentStatus::Completed);
        QCOMPARE(test->comparisons.size(), 1);
        QCOMPARE(test->comparisons.first().candidateInstanceIds,
                 QStringList({QStringLiteral("dp"), QStringLiteral("dp-fast")}));
        QCOMPARE(test->maximumRuns, 3);
        QVERIFY(test->startTime && test->endTime && test->startedAt);
        QCOMPARE(test->groups.size(), 2);
        QCOMPARE(test->totalRuns(), 9);
        QCOMPARE(test->toJson(), json);
    }

    void shadowComparisonsMapInListOut()
    {
        // The SDK sends {baseline: [candidates]}; answers always use the list form.
        QJsonObject json{{QStringLiteral("id"), QStringLiteral("s")},
                         {QStringLiteral("status"), QStringLiteral("draft")},
                         {QStringLiteral("comparisons"),
                          QJsonObject{{QStringLiteral("greedy"),
                                       QJsonArray{QStringLiteral("dp"), QStringLiteral("x")}}}},
                         {QStringLiteral("termination_events"),
                          QJsonObject{{QStringLiteral("maximum_runs"), 5}}}};
        const auto test = Api::ShadowTest::fromJson(json);
        QVERIFY(test);
        QCOMPARE(test->comparisons.first().baselineInstanceId, QStringLiteral("greedy"));
        const QJsonArray list = test->toJson().value(QStringLiteral("comparisons")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("baseline_instance_id")).toString(),
                 QStringLiteral("greedy"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("candidate_instance_ids")).toArray(),
                 QJsonArray({QStringLiteral("dp"), QStringLiteral("x")}));

        Api::ShadowTestRequest request;
        request.id = QStringLiteral("s");
        request.comparisons = test->comparisons;
        request.maximumRuns = 5;
        const QJsonObject body = request.toJson();
        QCOMPARE(body.value(QStringLiteral("comparisons")).toObject(),
                 json.value(QStringLiteral("comparisons")).toObject());
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("s"));
        QCOMPARE(body.value(QStringLiteral("termination_events"))
                     .toObject()
                     .value(QStringLiteral("maximum_runs"))
                     .toInt(),
                 5);
        QVERIFY(!body.contains(QStringLiteral("start_events")));

        // A wrong shape names the field.
        const auto bad = Api::ShadowTest::fromJson(
            {{QStringLiteral("id"), QStringLiteral("s")},
             {QStringLiteral("comparisons"),
              QJsonObject{{QStringLiteral("greedy"), QStringLiteral("dp")}}}});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("comparisons.greedy")));
    }

    void switchbackTestRoundTripAndPlan()
    {
        QJsonObject json = fixture(QStringLiteral("switchback-test.json"));
        json.insert(QStringLiteral("future_field"), 7);
        const auto test = Api::SwitchbackTest::fromJson(json);
        QVERIFY2(test, test ? "" : qPrintable(test.error().message));
        QVERIFY(test->status == Api::ExperimentStatus::Started);
        QCOMPARE(test->candidateInstanceId, QStringLiteral("dp"));
        QCOMPARE(test->toJson(), json);

        const Api::SwitchbackPlan &plan = test->plan;
        const QDateTime start = plan.start;
        QCOMPARE(plan.end(), start.addSecs(4 * 3600));
        QCOMPARE(plan.unitAt(start.addSecs(-1)), -1);
        QCOMPARE(plan.unitAt(start), 0);
        QCOMPARE(plan.unitAt(start.addSecs(3599)), 0);
        QCOMPARE(plan.unitAt(start.addSecs(3600)), 1);
        QCOMPARE(plan.unitAt(start.addSecs(4 * 3600 - 1)), 3);
        QCOMPARE(plan.unitAt(plan.end()), -1);
        QCOMPARE(Api::SwitchbackPlan().unitAt(start), -1);

        Api::SwitchbackTestRequest request;
        request.baselineInstanceId = QStringLiteral("greedy");
        request.candidateInstanceId = QStringLiteral("dp");
        request.units = 4;
        request.unitDurationMinutes = 60;
        const QJsonObject body = request.toJson();
        QCOMPARE(body.value(QStringLiteral("generate_random_plan"))
                     .toObject()
                     .value(QStringLiteral("units"))
                     .toInt(),
                 4);
        QVERIFY(!body.value(QStringLiteral("generate_random_plan"))
                     .toObject()
                     .contains(QStringLiteral("start")));
    }

    void ensembleDefinitionRoundTripAndRefusals()
    {
        QJsonObject json = fixture(QStringLiteral("ensemble-definition.json"));
        json.insert(QStringLiteral("future_field"), true);
        const auto definition = Api::EnsembleDefinition::fromJson(json);
        QVERIFY2(definition, definition ? "" : qPrintable(definition.error().message));
        QCOMPARE(definition->runGroups.size(), 2);
        QCOMPARE(definition->runGroups.first().repetitions, 2);
        QVERIFY(definition->rules.at(1).objective == Api::EnsembleRule::Objective::Minimize);
        QVERIFY(definition->rules.at(1).toleranceType ==
                Api::EnsembleRule::ToleranceType::Relative);
        QCOMPARE(definition->toJson(), json);
        const QJsonObject request = definition->toRequestJson();
        QCOMPARE(request.keys(),
                 QStringList({QStringLiteral("description"), QStringLiteral("id"),
                              QStringLiteral("name"), QStringLiteral("rules"),
                              QStringLiteral("run_groups")}));

        QJsonObject badRule = json;
        QJsonArray rules = badRule.value(QStringLiteral("rules")).toArray();
        QJsonObject rule = rules.at(1).toObject();
        rule.insert(QStringLiteral("objective"), QStringLiteral("maximise"));
        rules.replace(1, rule);
        badRule.insert(QStringLiteral("rules"), rules);
        const auto refused = Api::EnsembleDefinition::fromJson(badRule);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("rules[1].objective")),
                 qPrintable(refused.error().message));
    }

    void ensembleRunResultRoundTrip()
    {
        const QJsonObject json = fixture(QStringLiteral("ensemble-run.json"));
        const auto result = Api::EnsembleRunResult::fromJson(json);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->children.size(), 2);
        QVERIFY(result->children.at(1).status == Api::RunStatus::Failed);
        QCOMPARE(result->children.at(0).values.value(QStringLiteral("value")), 444.0);
        QCOMPARE(result->winnerRunId, QStringLiteral("dp-1"));
        QCOMPARE(result->toJson(), json);
    }

    void ensembleRunRequestAndRunType()
    {
        Api::RunRequest request;
        request.input = QJsonObject{};
        request.ensembleDefinitionId = QStringLiteral("best-of-3");
        const auto decoded = Api::RunRequest::fromJson(request.toJson());
        QVERIFY(decoded);
        QCOMPARE(decoded->ensembleDefinitionId, QStringLiteral("best-of-3"));
        QVERIFY(!decoded->configurationUnknownFields.contains(QStringLiteral("run_type")));
        // Other run types pass through untouched.
        const auto standard = Api::RunRequest::fromJson(
            {{QStringLiteral("input"), QJsonObject{}},
             {QStringLiteral("configuration"),
              QJsonObject{{QStringLiteral("run_type"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("standard")}}}}}});
        QVERIFY(standard);
        QVERIFY(standard->ensembleDefinitionId.isEmpty());
        QVERIFY(standard->configurationUnknownFields.contains(QStringLiteral("run_type")));
        QVERIFY(!Api::RunRequest::fromJson(
            {{QStringLiteral("input"), QJsonObject{}},
             {QStringLiteral("configuration"),
              QJsonObject{{QStringLiteral("run_type"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("ensemble")}}}}}}));

        // Run metadata keeps the ensemble links and the experiment type.
        Api::RunInformation child;
        child.id = QStringLiteral("dp-1");
        child.metadata.runReferenceId = QStringLiteral("ensemble-1");
        child.metadata.experimentId = QStringLiteral("shadow-1");
        child.metadata.experimentType = QStringLiteral("shadow");
        const auto again = Api::RunInformation::fromJson(child.toJson());
        QVERIFY(again);
        QCOMPARE(again->metadata.runReferenceId, QStringLiteral("ensemble-1"));
        QCOMPARE(again->metadata.experimentType, QStringLiteral("shadow"));
        const QJsonObject item = Api::RunSummary::fromInformation(again.value()).toJson();
        QCOMPARE(item.value(QStringLiteral("run_type"))
                     .toObject()
                     .value(QStringLiteral("reference_id"))
                     .toString(),
                 QStringLiteral("ensemble-1"));
        QCOMPARE(Api::RunSummary::fromJson(item)->experimentType, QStringLiteral("shadow"));
    }
};

QTEST_GUILESS_MAIN(TestDtoCodecs)
#include "tst_dtocodecs.moc"
