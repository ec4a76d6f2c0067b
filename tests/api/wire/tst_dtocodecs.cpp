// The wire DTOs: decode what the reference documents, keep unknown fields, refuse wrong types
// with a message naming the field.
#include "api/dto/application.h"
#include "api/dto/experiment.h"
#include "api/dto/instance.h"
#include "api/dto/managedinput.h"
#include "api/dto/run.h"
#include "api/dto/version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

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

    void unknownStatusIsRefused()
    {
        QJsonObject json = fixture(QStringLiteral("run-metadata.json"));
        QJsonObject metadata = json.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("status_v2"), QStringLiteral("exploded"));
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
};

QTEST_GUILESS_MAIN(TestDtoCodecs)
#include "tst_dtocodecs.moc"
