// The real client against a real nextdesk-server: typed answers, paging, run submission
// (inline and through the upload URL with progress), downloads, cancel, rename, and the
// errors a user sees when the key is wrong, an ID is unknown or the server is gone.
#include "api/client/nextmvclient.h"
#include "api/client/runwatcher.h"
#include "api/client/transfer.h"
#include "support/faultserver.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

// Waits for one callback; returns its result.
template<typename T, typename Start>
Api::Result<T> await(Start start)
{
    std::optional<Api::Result<T>> result;
    QObject context;
    start(&context, [&result](const Api::Result<T> &r) { result = r; });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 60000)
        QTest::qWait(10);
    return result.value_or(
        Api::Result<T>(Api::Error{Api::Error::Kind::Timeout, 0, QStringLiteral("no answer"), {}}));
}

bool waitForTransfer(Api::Transfer *transfer, int timeoutMs = 120000)
{
    QSignalSpy finished(transfer, &Api::Transfer::finished);
    transfer->start();
    // A transfer refused at once has finished before there is anything to wait for.
    return !finished.isEmpty() || finished.wait(timeoutMs) ||
        transfer->state() != Api::Transfer::State::Running;
}

} // namespace

class TestNextmvClient : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<Api::NextmvClient> m_client;
    QTemporaryDir m_files;

    QString finishedRun(const QJsonObject &input)
    {
        Api::RunRequest request;
        request.input = input;
        auto id = await<QString>([&](QObject *c, auto done) {
            m_client->createRun(QStringLiteral("test"), QStringLiteral("main"), request, c, done);
        });
        if (!id)
            return {};
        for (int i = 0; i < 600; ++i) {
            auto info = await<Api::RunInformation>([&](QObject *c, auto done) {
                m_client->runMetadata(QStringLiteral("test"), id.value(), c, done);
            });
            if (info && Api::isTerminal(info->metadata.status))
                return id.value();
            QTest::qWait(50);
        }
        return {};
    }

    // App "a" on `fake` hands out upload URL u1, takes the PUT to it and creates run r1.
    static void acceptUploadsAndRuns(TestSupport::FaultServer &fake)
    {
        const QString runs = QStringLiteral("/v1/applications/a/runs");
        const QJsonObject upload{{QStringLiteral("upload_id"), QStringLiteral("u1")},
                                 {QStringLiteral("upload_url"),
                                  fake.baseUrl().toString() + QStringLiteral("/upload/u1")}};
        fake.setDefault("POST", runs + QStringLiteral("/uploadurl"),
                        {.body = QJsonDocument(upload).toJson()});
        fake.setDefault("PUT", QStringLiteral("/upload/u1"), {.body = {}, .contentType = {}});
        fake.setDefault("POST", runs, {.body = R"({"run_id": "r1"})"});
    }

private Q_SLOTS:
    void init() { failOnStrictRefusals(); }

    void initTestCase()
    {
        failOnStrictRefusals();
        QVERIFY(startWithTestApp(m_server, {strictMode}));
        m_client = std::make_unique<Api::NextmvClient>(m_server.baseUrl(), m_server.apiKey());
    }

    void listsAreTyped()
    {
        auto apps = await<QList<Api::Application>>(
            [&](QObject *c, auto done) { m_client->listApplications(c, done); });
        QVERIFY(apps);
        QCOMPARE(apps->size(), 1);
        QCOMPARE(apps->first().id, QStringLiteral("test"));
        QCOMPARE(apps->first().defaultInstance, QStringLiteral("main"));
        auto instances = await<QList<Api::Instance>>([&](QObject *c, auto done) {
            m_client->listInstances(QStringLiteral("test"), c, done);
        });
        QVERIFY(instances);
        QCOMPARE(instances->first().versionId, QStringLiteral("v1"));
        auto versions = await<QList<Api::Version>>([&](QObject *c, auto done) {
            m_client->listVersions(QStringLiteral("test"), c, done);
        });
        QVERIFY(versions);
        QCOMPARE(versions->size(), 1);
    }

    void runLifecycle()
    {
        const QString id = finishedRun({{QStringLiteral("value"), 12}});
        QVERIFY(!id.isEmpty());
        auto info = await<Api::RunInformation>([&](QObject *c, auto done) {
            m_client->runMetadata(QStringLiteral("test"), id, c, done);
        });
        QVERIFY(info);
        QVERIFY(info->metadata.status == Api::RunStatus::Succeeded);
        auto output = await<QByteArray>([&](QObject *c, auto done) {
            m_client->runOutput(QStringLiteral("test"), id, c, done);
        });
        QVERIFY(output);
        QVERIFY(output->contains("\"value\": 12"));
        auto input = await<QByteArray>([&](QObject *c, auto done) {
            m_client->runInput(QStringLiteral("test"), id, c, done);
        });
        QVERIFY(input);
        QCOMPARE(
            QJsonDocument::fromJson(input.value()).object().value(QStringLiteral("value")).toInt(),
            12);
        auto renamed = await<Api::RunInformation>([&](QObject *c, auto done) {
            m_client->updateRun(QStringLiteral("test"), id, QStringLiteral("renamed"),
                                QStringLiteral("note"), c, done);
        });
        QVERIFY(renamed);
        QCOMPARE(renamed->name, QStringLiteral("renamed"));
        auto page = await<Api::RunPage>([&](QObject *c, auto done) {
            m_client->listRuns(QStringLiteral("test"), {}, c, done);
        });
        QVERIFY(page);
        QCOMPARE(page->runs.first().id, id);
        QCOMPARE(page->runs.first().name, QStringLiteral("renamed"));
        QVERIFY(!page->runs.first().statistics.isEmpty());
    }

    void watcherReportsTheEndOfARun()
    {
        Api::RunRequest request;
        request.input = QJsonObject{{QStringLiteral("sleep_ms"), 1500}};
        auto id = await<QString>([&](QObject *c, auto done) {
            m_client->createRun(QStringLiteral("test"), QStringLiteral("main"), request, c, done);
        });
        QVERIFY(id);
        Api::RunWatcher watcher(*m_client, QStringLiteral("test"));
        QSignalSpy finished(&watcher, &Api::RunWatcher::runFinished);
        watcher.watch(id.value(), Api::RunStatus::Queued);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<Api::RunInformation>().id, id.value());
        QVERIFY(watcher.watched().isEmpty());
    }

    // The user's polling interval caps how far the watcher backs off on a run that keeps
    // running: 1200 ms is never reached by the default backoff (1000, 1500, 2250, ...).
    void watcherBacksOffNoFurtherThanAsked()
    {
        Api::RunRequest request;
        request.input = QJsonObject{{QStringLiteral("sleep_ms"), 60000}};
        auto id = await<QString>([&](QObject *c, auto done) {
            m_client->createRun(QStringLiteral("test"), QStringLiteral("main"), request, c, done);
        });
        QVERIFY(id);
        Api::RunWatcher watcher(*m_client, QStringLiteral("test"));
        watcher.setSlowestIntervalMs(1200);
        watcher.watch(id.value(), Api::RunStatus::Queued);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.intervalMs(), 1200, 15000);
        auto canceled = await<bool>([&](QObject *c, auto done) {
            m_client->cancelRun(QStringLiteral("test"), id.value(), c, done);
        });
        QVERIFY(canceled);
    }

    void cancelAndLiveLogs()
    {
        Api::RunRequest request;
        request.input = QJsonObject{{QStringLiteral("sleep_ms"), 60000}};
        auto id = await<QString>([&](QObject *c, auto done) {
            m_client->createRun(QStringLiteral("test"), QStringLiteral("main"), request, c, done);
        });
        QVERIFY(id);
        QStringList lines;
        QString since;
        for (int i = 0; i < 100 && lines.size() < 3; ++i) {
            auto page = await<Api::LogLinePage>([&](QObject *c, auto done) {
                m_client->liveLogs(QStringLiteral("test"), id.value(), since, c, done);
            });
            QVERIFY(page);
            for (const auto &line : page->lines)
                lines.append(line.text);
            since = page->nextToken;
            QTest::qWait(100);
        }
        QVERIFY(lines.size() >= 3);
        auto canceled = await<bool>([&](QObject *c, auto done) {
            m_client->cancelRun(QStringLiteral("test"), id.value(), c, done);
        });
        QVERIFY(canceled);
        QTRY_VERIFY_WITH_TIMEOUT((await<Api::RunInformation>([&](QObject *c, auto done) {
                                      m_client->runMetadata(QStringLiteral("test"), id.value(), c,
                                                            done);
                                  })->metadata.status == Api::RunStatus::Canceled),
                                 10000);
    }

    void submitSmallFileInline()
    {
        const QString path = m_files.filePath(QStringLiteral("small.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"value\": 4}");
        file.close();
        Api::RunRequest request;
        request.name = QStringLiteral("from file");
        std::unique_ptr<Api::Transfer> transfer(m_client->submitRun(
            QStringLiteral("test"), QStringLiteral("main"), {path, {}}, request));
        QVERIFY(waitForTransfer(transfer.get()));
        QCOMPARE(transfer->state(), Api::Transfer::State::Succeeded);
        QVERIFY(transfer->result().startsWith(QLatin1String("main-")));
    }

    void malformedJsonFileIsRefusedBeforeSending()
    {
        const QString path = m_files.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"value\": ");
        file.close();
        std::unique_ptr<Api::Transfer> transfer(
            m_client->submitRun(QStringLiteral("test"), QStringLiteral("main"), {path, {}}, {}));
        QVERIFY(waitForTransfer(transfer.get()));
        QCOMPARE(transfer->state(), Api::Transfer::State::Failed);
        QVERIFY(transfer->error().message.contains(QLatin1String("not valid JSON")));
    }

    void twentyMegabyteFileGoesThroughTheUploadUrl()
    {
        const QString path = m_files.filePath(QStringLiteral("big.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"value\": 8, \"rows\": [");
        const QByteArray row = "\"abcdefghijabcdefghijabcdefghijabcdefghijabcdefghi\",";
        while (file.size() < 20 * 1024 * 1024)
            file.write(row);
        file.write("\"end\"]}");
        file.close();
        std::unique_ptr<Api::Transfer> transfer(
            m_client->submitRun(QStringLiteral("test"), QStringLiteral("main"), {path, {}}, {}));
        QList<qint64> progress;
        connect(transfer.get(), &Api::Transfer::progressChanged, this,
                [&progress](qint64 done, qint64) { progress.append(done); });
        QVERIFY(waitForTransfer(transfer.get()));
        QCOMPARE(transfer->state(), Api::Transfer::State::Succeeded);
        QVERIFY(progress.size() > 2);
        QCOMPARE(transfer->bytesDone(), transfer->bytesTotal());
        QCOMPARE(transfer->bytesTotal(), QFileInfo(path).size());
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));

        // The big input round-trips through the download URL, streamed to a file.
        const QString saved = m_files.filePath(QStringLiteral("saved-input.json"));
        std::unique_ptr<Api::Transfer> download(
            m_client->downloadRunInput(QStringLiteral("test"), transfer->result(), saved));
        QVERIFY(waitForTransfer(download.get()));
        QCOMPARE(download->state(), Api::Transfer::State::Succeeded);
        QCOMPARE(QFileInfo(saved).size(), QFileInfo(path).size());
    }

    void outputDownloadAndCancel()
    {
        const QString id = finishedRun({{QStringLiteral("output_padding_bytes"), 3000000}});
        const QString saved = m_files.filePath(QStringLiteral("output.json"));
        std::unique_ptr<Api::Transfer> download(
            m_client->downloadRunOutput(QStringLiteral("test"), id, saved));
        QVERIFY(waitForTransfer(download.get()));
        QCOMPARE(download->state(), Api::Transfer::State::Succeeded);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QStringLiteral("padding"))
                     .toString()
                     .size(),
                 3000000);

        // A canceled download leaves no half-written file behind.
        const QString other = m_files.filePath(QStringLiteral("canceled.json"));
        std::unique_ptr<Api::Transfer> canceled(
            m_client->downloadRunOutput(QStringLiteral("test"), id, other));
        canceled->start();
        canceled->cancel();
        QCOMPARE(canceled->state(), Api::Transfer::State::Canceled);
        QTest::qWait(200);
        QVERIFY(!QFile::exists(other));
    }

    void versionsInstancesInputsAndSets()
    {
        Api::Version version;
        version.id = QStringLiteral("v9");
        version.name = QStringLiteral("Nine");
        auto created = await<Api::Version>([&](QObject *c, auto done) {
            m_client->createVersion(QStringLiteral("test"), version, c, done);
        });
        QVERIFY(created);
        QVERIFY(!created->executable.id.isEmpty());
        Api::Version changed = created.value();
        changed.description = QStringLiteral("described");
        auto updated = await<Api::Version>(
            [&](QObject *c, auto done) { m_client->updateVersion(changed, c, done); });
        QVERIFY(updated);
        QCOMPARE(updated->description, QStringLiteral("described"));

        Api::Instance instance;
        instance.id = QStringLiteral("nine");
        instance.versionId = QStringLiteral("v9");
        instance.configuration.options.insert(QStringLiteral("solve.duration"),
                                              QStringLiteral("2s"));
        auto createdInstance = await<Api::Instance>([&](QObject *c, auto done) {
            m_client->createInstance(QStringLiteral("test"), instance, c, done);
        });
        QVERIFY(createdInstance);
        Api::Instance editedInstance = createdInstance.value();
        editedInstance.name = QStringLiteral("Nine");
        QVERIFY((await<Api::Instance>(
            [&](QObject *c, auto done) { m_client->updateInstance(editedInstance, c, done); })));
        // The server's refusal reaches the caller with its reason.
        auto refused = await<bool>([&](QObject *c, auto done) {
            m_client->deleteInstance(QStringLiteral("test"), QStringLiteral("main"), c, done);
        });
        QVERIFY(!refused);
        QCOMPARE(refused.error().httpStatus, 409);
        QVERIFY(refused.error().message.contains(QLatin1String("default")));
        QVERIFY((await<bool>([&](QObject *c, auto done) {
            m_client->deleteInstance(QStringLiteral("test"), QStringLiteral("nine"), c, done);
        })));
        QVERIFY((await<bool>([&](QObject *c, auto done) {
            m_client->deleteVersion(QStringLiteral("test"), QStringLiteral("v9"), c, done);
        })));

        const QString path = m_files.filePath(QStringLiteral("managed.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"value\": 3}");
        file.close();
        Api::ManagedInput input;
        input.id = QStringLiteral("managed-1");
        input.name = QStringLiteral("Managed one");
        std::unique_ptr<Api::Transfer> upload(
            m_client->uploadInput(QStringLiteral("test"), input, path));
        QVERIFY(waitForTransfer(upload.get()));
        QCOMPARE(upload->state(), Api::Transfer::State::Succeeded);
        QCOMPARE(upload->result(), QStringLiteral("managed-1"));
        auto content = await<QByteArray>([&](QObject *c, auto done) {
            m_client->inputContent(QStringLiteral("test"), QStringLiteral("managed-1"), c, done);
        });
        QVERIFY(content);
        QCOMPARE(content.value(), QByteArray("{\"value\": 3}"));
        auto inputs = await<QList<Api::ManagedInput>>(
            [&](QObject *c, auto done) { m_client->listInputs(QStringLiteral("test"), c, done); });
        QVERIFY(inputs);
        QCOMPARE(inputs->size(), 1);

        Api::InputSetRequest request;
        request.id = QStringLiteral("set-1");
        request.managedInputIds = {QStringLiteral("managed-1")};
        auto set = await<Api::InputSet>([&](QObject *c, auto done) {
            m_client->createInputSet(QStringLiteral("test"), request, c, done);
        });
        QVERIFY(set);
        QCOMPARE(set->inputs.size(), 1);
        auto sets = await<QList<Api::InputSet>>([&](QObject *c, auto done) {
            m_client->listInputSets(QStringLiteral("test"), c, done);
        });
        QVERIFY(sets);
        QCOMPARE(sets->size(), 1);
    }

    void pushAnExecutableThenMakeAVersion()
    {
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        QCOMPARE(http.post(QStringLiteral("/v1/applications"),
                           {{QStringLiteral("id"), QStringLiteral("pushed")},
                            {QStringLiteral("name"), QStringLiteral("pushed")}})
                     .status,
                 200);
        std::unique_ptr<Api::Transfer> push(
            m_client->pushApp(QStringLiteral("pushed"), testAppExecutable()));
        QVERIFY(waitForTransfer(push.get()));
        QVERIFY2(push->state() == Api::Transfer::State::Succeeded,
                 qPrintable(push->error().message));
        QVERIFY(push->result().startsWith(QLatin1String("exe-")));
        Api::Version version;
        version.id = QStringLiteral("first");
        auto created = await<Api::Version>([&](QObject *c, auto done) {
            m_client->createVersion(QStringLiteral("pushed"), version, c, done);
        });
        QVERIFY(created);
        QCOMPARE(created->executable.id, push->result());
        const QString run = http.createRun(QStringLiteral("pushed"), QStringLiteral("latest"),
                                           {{QStringLiteral("input"), QJsonObject()}});
        QCOMPARE(http.waitForRun(QStringLiteral("pushed"), run)
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("status_v2"))
                     .toString(),
                 QStringLiteral("succeeded"));
        // Something that is not a program is refused before anything is sent.
        const QString text = m_files.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        std::unique_ptr<Api::Transfer> bad(m_client->pushApp(QStringLiteral("pushed"), text));
        QVERIFY(waitForTransfer(bad.get()));
        QCOMPARE(bad->state(), Api::Transfer::State::Failed);
        QVERIFY(bad->error().message.contains(QLatin1String("not an executable")));
    }

    void batchExperimentAndAcceptanceTest()
    {
        QStringList runs;
        for (int value : {3, 5, 8})
            runs.append(finishedRun({{QStringLiteral("value"), value}}));
        Api::InputSetRequest setRequest;
        setRequest.id = QStringLiteral("three");
        setRequest.runIds = runs;
        QVERIFY((await<Api::InputSet>([&](QObject *c, auto done) {
            m_client->createInputSet(QStringLiteral("test"), setRequest, c, done);
        })));
        Api::BatchExperimentRequest request;
        request.id = QStringLiteral("exp-1");
        request.name = QStringLiteral("Experiment one");
        request.inputSetId = QStringLiteral("three");
        request.instanceIds = {QStringLiteral("main")};
        auto id = await<QString>([&](QObject *c, auto done) {
            m_client->createBatchExperiment(QStringLiteral("test"), request, c, done);
        });
        QVERIFY(id);
        QCOMPARE(id.value(), QStringLiteral("exp-1"));
        Api::BatchExperiment batch;
        batch.status = Api::ExperimentStatus::Started; // until the first answer says otherwise
        for (int i = 0; i < 300 && !batch.isFinished(); ++i) {
            auto fetched = await<Api::BatchExperiment>([&](QObject *c, auto done) {
                m_client->batchExperiment(QStringLiteral("test"), QStringLiteral("exp-1"), c, done);
            });
            QVERIFY(fetched);
            batch = fetched.value();
            QTest::qWait(50);
        }
        QVERIFY(batch.status == Api::ExperimentStatus::Completed);
        QCOMPARE(batch.completedRuns, 3);
        const QList<Api::SummaryGroup> perInstance = batch.groupsBy(false);
        QCOMPARE(perInstance.size(), 1);
        QCOMPARE(perInstance.first().value(QStringLiteral("instanceID")), QStringLiteral("main"));
        const Api::DistributionSummary value =
            perInstance.first().indicators.value(QStringLiteral("result.value"));
        QCOMPARE(value.count, 3);
        QCOMPARE(value.mean, 16.0 / 3);
        QCOMPARE(value.percentiles.value(50), 5.0);
        QCOMPARE(batch.groupsBy(true).size(), 3);
        auto experimentRuns = await<QList<Api::RunSummary>>([&](QObject *c, auto done) {
            m_client->batchExperimentRuns(QStringLiteral("test"), QStringLiteral("exp-1"), c, done);
        });
        QVERIFY(experimentRuns);
        QCOMPARE(experimentRuns->size(), 3);

        Api::AcceptanceTest test;
        test.id = QStringLiteral("exp-1");
        test.experimentId = QStringLiteral("exp-1");
        test.controlInstance = test.candidateInstance = QStringLiteral("main");
        Api::AcceptanceMetric metric;
        metric.op = QStringLiteral("eq");
        test.metrics = {metric};
        auto made = await<Api::AcceptanceTest>([&](QObject *c, auto done) {
            m_client->createAcceptanceTest(QStringLiteral("test"), test, c, done);
        });
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QVERIFY(made->hasResults);
        QVERIFY(made->passed); // the same instance equals itself
        QCOMPARE(made->results.first().control.mean, 16.0 / 3);
        auto list = await<QList<Api::AcceptanceTest>>([&](QObject *c, auto done) {
            m_client->listAcceptanceTests(QStringLiteral("test"), c, done);
        });
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        auto renamedTest = await<Api::AcceptanceTest>([&](QObject *c, auto done) {
            m_client->updateAcceptanceTest(QStringLiteral("test"), QStringLiteral("exp-1"),
                                           QStringLiteral("Renamed test"), QStringLiteral("why"), c,
                                           done);
        });
        QVERIFY(renamedTest);
        QCOMPARE(renamedTest->name, QStringLiteral("Renamed test"));
        auto renamedBatch = await<Api::BatchExperiment>([&](QObject *c, auto done) {
            m_client->updateBatchExperiment(QStringLiteral("test"), QStringLiteral("exp-1"),
                                            QStringLiteral("Renamed batch"), QString(), c, done);
        });
        QVERIFY(renamedBatch);
        QCOMPARE(renamedBatch->name, QStringLiteral("Renamed batch"));
        QVERIFY(renamedBatch->status == Api::ExperimentStatus::Completed);
        QVERIFY((await<bool>([&](QObject *c, auto done) {
            m_client->deleteAcceptanceTest(QStringLiteral("test"), QStringLiteral("exp-1"), c,
                                           done);
        })));
        auto gone = await<Api::BatchExperiment>([&](QObject *c, auto done) {
            m_client->batchExperiment(QStringLiteral("test"), QStringLiteral("exp-1"), c, done);
        });
        QCOMPARE(gone.error().httpStatus, 404);
    }

    void errorsAreReadable()
    {
        QSignalSpy failures(m_client.get(), &Api::NextmvService::requestFailed);
        auto missing = await<Api::RunInformation>([&](QObject *c, auto done) {
            m_client->runMetadata(QStringLiteral("test"), QStringLiteral("main-nope"), c, done);
        });
        QVERIFY(!missing);
        QCOMPARE(missing.error().httpStatus, 404);
        QVERIFY(missing.error().message.contains(QLatin1String("main-nope")));
        QCOMPARE(failures.size(), 1);

        Api::NextmvClient wrongKey(m_server.baseUrl(), "wrong");
        auto denied = await<QList<Api::Application>>(
            [&](QObject *c, auto done) { wrongKey.listApplications(c, done); });
        QVERIFY(!denied);
        QCOMPARE(denied.error().httpStatus, 401);
        QVERIFY(denied.error().message.contains(QLatin1String("API key")));
    }

    void serverGoneIsANetworkErrorAfterRetries()
    {
        ServerProcess doomed;
        QVERIFY(doomed.start());
        Api::NextmvClient client(doomed.baseUrl(), doomed.apiKey());
        QSignalSpy reachability(&client, &Api::NextmvService::reachabilityChanged);
        doomed.kill();
        QElapsedTimer clock;
        clock.start();
        auto result = await<QList<Api::Application>>(
            [&](QObject *c, auto done) { client.listApplications(c, done); });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Api::Error::Kind::Network);
        QVERIFY(result.error().message.contains(QLatin1String("127.0.0.1")));
        QVERIFY(clock.elapsed() > 1000); // it retried with backoff before giving up
        QCOMPARE(reachability.size(), 1);
        QCOMPARE(reachability.first().first().toBool(), false);
    }

    void largeAnswersDecodeOffTheCallingThread()
    {
        // Over 256 kB: parsed on a worker thread, delivered here, errors reported the same way.
        TestSupport::FaultServer fake;
        QVERIFY(fake.listen());
        QJsonArray apps;
        for (int i = 0; i < 4000; ++i)
            apps.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("app-%1").arg(i)},
                                    {QStringLiteral("name"), QString(60, QLatin1Char('n'))}});
        const QByteArray big = QJsonDocument(apps).toJson();
        QVERIFY(big.size() > 256 * 1024);
        fake.enqueue("GET", QStringLiteral("/v1/applications"), {.body = big});
        Api::NextmvClient client(fake.baseUrl(), "key");
        auto listed = await<QList<Api::Application>>(
            [&](QObject *c, auto done) { client.listApplications(c, done); });
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), 4000);
        QCOMPARE(listed.value().last().id, QStringLiteral("app-3999"));

        QByteArray broken = big;
        broken.chop(10);
        fake.setDefault("GET", QStringLiteral("/v1/applications"), {.body = broken});
        QSignalSpy failures(&client, &Api::NextmvService::requestFailed);
        auto refused = await<QList<Api::Application>>(
            [&](QObject *c, auto done) { client.listApplications(c, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Api::Error::Kind::Decode);
        QCOMPARE(failures.size(), 1);
    }

    void listsSurviveNullAndOddItems()
    {
        TestSupport::FaultServer fake;
        QVERIFY(fake.listen());
        Api::NextmvClient client(fake.baseUrl(), "key");
        QSignalSpy failures(&client, &Api::NextmvService::requestFailed);
        // Some lists answer a bare null when empty, which Qt 6.4's parser refuses.
        fake.enqueue("GET", QStringLiteral("/v1/applications"), {.body = "null"});
        auto empty = await<QList<Api::Application>>(
            [&](QObject *c, auto done) { client.listApplications(c, done); });
        QVERIFY(empty);
        QVERIFY(empty.value().isEmpty());
        QCOMPARE(failures.size(), 0);

        // One item that cannot be read is left out and reported; the others are kept.
        fake.enqueue("GET", QStringLiteral("/v1/applications/a/instances"),
                     {.body = R"([{"id": "one", "version_id": "v1"}, {"id": 5}, "odd",
                                  {"id": "two", "version_id": "v1"}])"});
        auto instances = await<QList<Api::Instance>>(
            [&](QObject *c, auto done) { client.listInstances(QStringLiteral("a"), c, done); });
        QVERIFY(instances);
        QCOMPARE(instances.value().size(), 2);
        QCOMPARE(instances.value().last().id, QStringLiteral("two"));
        QCOMPARE(failures.size(), 1);
        const auto reported = failures.first().first().value<Api::Error>();
        QVERIFY2(reported.message.contains(QStringLiteral("item 2")) &&
                     reported.message.contains(QStringLiteral("item 3")),
                 qPrintable(reported.message));

        // The same for runs and for {"items"} lists.
        fake.enqueue("GET", QStringLiteral("/v1/applications/a/runs"),
                     {.body = R"({"runs": [{"id": 1}]})"});
        auto page = await<Api::RunPage>(
            [&](QObject *c, auto done) { client.listRuns(QStringLiteral("a"), {}, c, done); });
        QVERIFY(page);
        QVERIFY(page.value().runs.isEmpty());
        QCOMPARE(failures.size(), 2);
        fake.enqueue("GET", QStringLiteral("/v1/applications/a/ensembles"),
                     {.body = R"({"items": null})"});
        auto ensembles = await<QList<Api::EnsembleDefinition>>([&](QObject *c, auto done) {
            client.listEnsembleDefinitions(QStringLiteral("a"), c, done);
        });
        QVERIFY(ensembles);
        QVERIFY(ensembles.value().isEmpty());
        QCOMPARE(failures.size(), 2);
    }

    void theNextPageIsNamedBeforeThePageIsDecoded()
    {
        TestSupport::FaultServer fake;
        QVERIFY(fake.listen());
        Api::NextmvClient client(fake.baseUrl(), "key");
        const auto list = [&](QStringList *events) {
            return await<Api::RunPage>([&](QObject *c, auto done) {
                client.listRuns(
                    QStringLiteral("a"), {}, c,
                    [events, done](const Api::Result<Api::RunPage> &page) {
                        events->append(QStringLiteral("page"));
                        done(page);
                    },
                    [events](const QString &token) {
                        events->append(QStringLiteral("next ") + token);
                    });
            });
        };
        fake.setDefault("GET", QStringLiteral("/v1/applications/a/runs"),
                        {.body = "{\"runs\": [{\"id\": \"r1\", \"options\": "
                                 "{\"next_page_token\": \"no\"}}], \"next_page_token\": \"t2\"}"});
        QStringList events;
        auto page = list(&events);
        QVERIFY(page);
        QCOMPARE(page->nextPageToken, QStringLiteral("t2"));
        QCOMPARE(events, QStringList({QStringLiteral("next t2"), QStringLiteral("page")}));

        // The last page names none; a body that cannot be read names nothing early.
        fake.setDefault("GET", QStringLiteral("/v1/applications/a/runs"),
                        {.body = "{\"runs\": []}"});
        events.clear();
        QVERIFY(list(&events));
        QCOMPARE(events, QStringList({QStringLiteral("next "), QStringLiteral("page")}));
        fake.setDefault("GET", QStringLiteral("/v1/applications/a/runs"), {.body = "{\"runs\": ["});
        events.clear();
        QVERIFY(!list(&events));
        QCOMPARE(events, QStringList({QStringLiteral("page")}));
    }

    // At start-up the console sends the first GETs ahead, while it builds its window; the
    // calls the window then makes take those answers instead of asking again.
    void callsTakeTheAnswersSentAheadForThem()
    {
        TestSupport::FaultServer fake;
        QVERIFY(fake.listen());
        fake.setDefault("GET", QStringLiteral("/v1/applications"), {.body = "[]"});
        fake.setDefault("GET", QStringLiteral("/v1/applications/a/runs"),
                        {.body = "{\"runs\": [], \"next_page_token\": \"\"}"});
        fake.setDefault("GET", QStringLiteral("/v1/applications/a/instances"), {.body = "[]"});
        Api::NextmvClient client(fake.baseUrl(), "key");
        client.sendAhead(QStringLiteral("a"));
        QTRY_COMPARE(fake.requests().size(), 3); // on the wire before anything asks
        for (const TestSupport::FaultServer::Request &request : fake.requests())
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer key"));

        QVERIFY(await<QList<Api::Application>>(
            [&](QObject *c, auto done) { client.listApplications(c, done); }));
        QVERIFY(await<Api::RunPage>(
            [&](QObject *c, auto done) { client.listRuns(QStringLiteral("a"), {}, c, done); }));
        QVERIFY(await<QList<Api::Instance>>(
            [&](QObject *c, auto done) { client.listInstances(QStringLiteral("a"), c, done); }));
        QCOMPARE(fake.requests().size(), 3);

        // An answer is taken once: the next call asks the server.
        QVERIFY(await<QList<Api::Application>>(
            [&](QObject *c, auto done) { client.listApplications(c, done); }));
        QCOMPARE(fake.requestCount("GET", QStringLiteral("/v1/applications")), 2);
    }

    void createsAlwaysCarryAnIdAndAName()
    {
        // As Nextmv's SDK: an ID made up as "<prefix>-<random>" when none was given, and the
        // ID as the name when it is empty. A given ID and name are kept.
        TestSupport::FaultServer fake;
        QVERIFY(fake.listen());
        Api::NextmvClient client(fake.baseUrl(), "key");
        const QString app = QStringLiteral("/v1/applications/a");
        fake.setDefault("POST", app + QStringLiteral("/versions"), {.body = R"({"id": "v"})"});
        fake.setDefault("POST", app + QStringLiteral("/instances"), {.body = R"({"id": "i"})"});
        fake.setDefault("POST", app + QStringLiteral("/inputs"), {.body = R"({"id": "m"})"});
        fake.setDefault("POST", app + QStringLiteral("/experiments/inputsets"),
                        {.body = R"({"id": "s"})"});
        Api::Version version; // no ID, no name
        (void)await<Api::Version>([&](QObject *c, auto done) {
            client.createVersion(QStringLiteral("a"), version, c, done);
        });
        Api::Instance instance;
        instance.name = QStringLiteral("Production");
        (void)await<Api::Instance>([&](QObject *c, auto done) {
            client.createInstance(QStringLiteral("a"), instance, c, done);
        });
        Api::ManagedInput input;
        input.runId = QStringLiteral("run-1");
        (void)await<Api::ManagedInput>([&](QObject *c, auto done) {
            client.createInput(QStringLiteral("a"), input, c, done);
        });
        Api::InputSetRequest set;
        set.id = QStringLiteral("my-set");
        set.runIds = {QStringLiteral("run-1")};
        (void)await<Api::InputSet>([&](QObject *c, auto done) {
            client.createInputSet(QStringLiteral("a"), set, c, done);
        });
        QCOMPARE(fake.requests().size(), 4);
        const auto body = [&fake](int i) {
            return QJsonDocument::fromJson(fake.requests().at(i).body).object();
        };
        const QString versionId = body(0)[QStringLiteral("id")].toString();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^version-[a-z0-9]{8}$")).match(versionId).hasMatch(),
            qPrintable(versionId));
        QCOMPARE(body(0)[QStringLiteral("name")].toString(), versionId);
        QVERIFY(body(1)[QStringLiteral("id")].toString().startsWith(QStringLiteral("instance-")));
        QCOMPARE(body(1)[QStringLiteral("name")].toString(), QStringLiteral("Production"));
        QVERIFY(
            body(2)[QStringLiteral("id")].toString().startsWith(QStringLiteral("managed-input-")));
        QVERIFY(!body(2).contains(QStringLiteral("size"))); // set by the server
        QCOMPARE(body(3)[QStringLiteral("id")].toString(), QStringLiteral("my-set"));
        QCOMPARE(body(3)[QStringLiteral("name")].toString(), QStringLiteral("my-set"));
    }

    void batchExperimentsAsTheNewestSdkAsks()
    {
        TestSupport::FaultServer fake;
        QVERIFY(fake.listen());
        Api::NextmvClient client(fake.baseUrl(), "key");
        const QString batches = QStringLiteral("/v1/applications/a/experiments/batch");
        fake.enqueue("GET", batches, {.body = "[]"});
        fake.enqueue("POST", batches, {.body = R"({"id": "b1"})"});
        QVERIFY((await<QList<Api::BatchExperiment>>([&](QObject *c, auto done) {
            client.listBatchExperiments(QStringLiteral("a"), c, done);
        })));
        Api::BatchExperimentRequest request;
        request.name = QStringLiteral("b1");
        Api::BatchRunSpec run;
        run.inputId = QStringLiteral("in");
        run.instanceId = QStringLiteral("main");
        request.runs = {run};
        QVERIFY((await<QString>([&](QObject *c, auto done) {
            client.createBatchExperiment(QStringLiteral("a"), request, c, done);
        })));
        QCOMPARE(fake.requests().at(0).query, QByteArray("type=batch"));
        const QJsonObject body = QJsonDocument::fromJson(fake.requests().at(1).body).object();
        QCOMPARE(body[QStringLiteral("type")].toString(), QStringLiteral("batch"));
        QCOMPARE(body[QStringLiteral("runs")].toArray().size(), 1);
    }

    void featuresAreDiscoveredPerServer()
    {
        // nextdesk-server lists what it has beyond Nextmv Cloud's API.
        HttpTestClient http(m_server.baseUrl(), m_server.apiKey());
        const QJsonArray listed =
            http.get(Api::serverInfoPath).object().value(QStringLiteral("features")).toArray();
        for (const Api::ServerFeature feature : Api::allServerFeatures())
            QVERIFY(listed.contains(Api::wireName(feature)));

        // A server without the route (Nextmv Cloud) gets the documented calls only.
        TestSupport::FaultServer fake;
        QVERIFY(fake.listen());
        Api::NextmvClient cloud(fake.baseUrl(), "key");
        QSignalSpy cloudChanged(&cloud, &Api::NextmvService::featuresChanged);
        cloud.discoverFeatures();
        QVERIFY(cloudChanged.wait(10000));
        QVERIFY(!cloud.supports(Api::ServerFeature::InputContent));
        QVERIFY(!cloud.supports(Api::ServerFeature::EnsembleResults));
        QVERIFY(cloud.supports(Api::ServerFeature::RunRename));
        QVERIFY(cloud.supports(Api::ServerFeature::RunDelete));

        // Deleting a run is tried; a server without that method loses the action, clearly.
        fake.setDefault("DELETE", QStringLiteral("/v1/applications/a/runs/r1"),
                        {.status = 405, .body = R"({"error": "method not allowed"})"});
        auto deleted = await<bool>([&](QObject *c, auto done) {
            cloud.deleteRun(QStringLiteral("a"), QStringLiteral("r1"), c, done);
        });
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().message, QStringLiteral("This server does not delete runs."));
        QVERIFY(!cloud.supports(Api::ServerFeature::RunDelete));
    }

    void textInputsAreUploadedAndDeclaredText()
    {
        // As Nextmv's SDK: only JSON goes inline; a text input, however small, is uploaded and
        // the run declares its input format as text (the cloud reads a JSON string as JSON).
        TestSupport::FaultServer fake;
        QVERIFY(fake.listen());
        Api::NextmvClient client(fake.baseUrl(), "key");
        acceptUploadsAndRuns(fake);

        const QString path = m_files.filePath(QStringLiteral("shifts.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("3 workers\nmorning, evening\n");
        file.close();
        std::unique_ptr<Api::Transfer> text(
            client.submitRun(QStringLiteral("a"), QStringLiteral("main"), {path, {}}, {}));
        QVERIFY(waitForTransfer(text.get()));
        QCOMPARE(text->state(), Api::Transfer::State::Succeeded);
        QCOMPARE(fake.requestCount("PUT", QStringLiteral("/upload/u1")), 1);
        const auto put = std::find_if(fake.requests().cbegin(), fake.requests().cend(),
                                      [](const auto &r) { return r.method == "PUT"; });
        QCOMPARE(put->body, QByteArray("3 workers\nmorning, evening\n"));
        QJsonObject body = QJsonDocument::fromJson(fake.requests().last().body).object();
        QCOMPARE(body[QStringLiteral("upload_id")].toString(), QStringLiteral("u1"));
        QVERIFY(!body.contains(QStringLiteral("input")));
        const auto formatOf = [](const QJsonObject &b) {
            return b[QStringLiteral("configuration")][QStringLiteral("format")]
                    [QStringLiteral("input")][QStringLiteral("type")]
                        .toString();
        };
        QCOMPARE(formatOf(body), QStringLiteral("text"));

        // A small JSON input still goes inline, declared json.
        std::unique_ptr<Api::Transfer> json(client.submitRun(
            QStringLiteral("a"), QStringLiteral("main"), {{}, R"({"value": 1})"}, {}));
        QVERIFY(waitForTransfer(json.get()));
        QCOMPARE(json->state(), Api::Transfer::State::Succeeded);
        body = QJsonDocument::fromJson(fake.requests().last().body).object();
        QCOMPARE(body[QStringLiteral("input")][QStringLiteral("value")].toInt(), 1);
        QCOMPARE(formatOf(body), QStringLiteral("json"));
        QCOMPARE(fake.requestCount("PUT", QStringLiteral("/upload/u1")), 1);
    }

    void largeInputsAreCheckedWhileTheyUpload()
    {
        // Above the inline limit an input is uploaded while a worker checks it (a chunk at a
        // time): a JSON file that is broken creates no run, text is declared text, and JSON
        // declared json, whatever the order the check and the upload end in.
        TestSupport::FaultServer fake;
        QVERIFY(fake.listen());
        Api::NextmvClient client(fake.baseUrl(), "key");
        acceptUploadsAndRuns(fake);
        const QString runs = QStringLiteral("/v1/applications/a/runs");
        const auto write = [this](const QString &name, const QByteArray &tail) {
            const QString path = m_files.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write("{\"rows\": [");
            const QByteArray row = "[1, 2.5, \"caf\xc3\xa9\", true, null],";
            while (file.size() < Api::NextmvService::inlinePayloadLimit + 1024 * 1024)
                file.write(row);
            file.write(tail);
            return path;
        };
        const auto formatOf = [](const QJsonObject &b) {
            return b[QStringLiteral("configuration")][QStringLiteral("format")]
                    [QStringLiteral("input")][QStringLiteral("type")]
                        .toString();
        };

        const QString broken = write(QStringLiteral("big-broken.json"), "[]}}");
        std::unique_ptr<Api::Transfer> refused(
            client.submitRun(QStringLiteral("a"), QStringLiteral("main"), {broken, {}}, {}));
        QVERIFY(waitForTransfer(refused.get()));
        QCOMPARE(refused->state(), Api::Transfer::State::Failed);
        QVERIFY2(refused->error().message.contains(QLatin1String("not valid JSON")),
                 qPrintable(refused->error().message));
        QVERIFY(refused->error().message.contains(
            QStringLiteral("at byte %1").arg(QFileInfo(broken).size() - 2)));
        QCOMPARE(fake.requestCount("POST", runs), 0);

        const QString json = write(QStringLiteral("big.json"), "[]]}");
        std::unique_ptr<Api::Transfer> accepted(
            client.submitRun(QStringLiteral("a"), QStringLiteral("main"), {json, {}}, {}));
        QVERIFY(waitForTransfer(accepted.get()));
        QCOMPARE(accepted->state(), Api::Transfer::State::Succeeded);
        QCOMPARE(formatOf(QJsonDocument::fromJson(fake.requests().last().body).object()),
                 QStringLiteral("json"));
        QCOMPARE(accepted->bytesDone(), QFileInfo(json).size());

        const QString text = write(QStringLiteral("big.txt"), "not json at the end");
        std::unique_ptr<Api::Transfer> asText(
            client.submitRun(QStringLiteral("a"), QStringLiteral("main"), {text, {}}, {}));
        QVERIFY(waitForTransfer(asText.get()));
        QCOMPARE(asText->state(), Api::Transfer::State::Succeeded);
        QCOMPARE(formatOf(QJsonDocument::fromJson(fake.requests().last().body).object()),
                 QStringLiteral("text"));
        QCOMPARE(fake.requestCount("POST", runs), 2);

        // Canceled while both run: nothing is created afterwards.
        std::unique_ptr<Api::Transfer> canceled(
            client.submitRun(QStringLiteral("a"), QStringLiteral("main"), {json, {}}, {}));
        canceled->start();
        canceled->cancel();
        QCOMPARE(canceled->state(), Api::Transfer::State::Canceled);
        QTest::qWait(300);
        QCOMPARE(fake.requestCount("POST", runs), 2);
    }

    void aDeadContextNeverGetsCalledBack()
    {
        bool called = false;
        {
            QObject context;
            m_client->listApplications(&context, [&called](const auto &) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestNextmvClient)
#include "tst_nextmvclient.moc"
