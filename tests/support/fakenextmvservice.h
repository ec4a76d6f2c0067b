// Test support: a NextmvService that answers from JSON fixtures (tests/data/fake/) instead of
// the network, asynchronously like the real one, so models can be tested headless and fast.
// Tests change the served state (statuses, new runs, failures) to drive the models.
#pragma once

#include "api/client/nextmvservice.h"

#include <QHash>
#include <QPointer>

namespace TestSupport {

class FakeNextmvService final : public Api::NextmvService
{
    Q_OBJECT

public:
    explicit FakeNextmvService(QObject *parent = nullptr);

    // Serves tests/data/fake/runs.json for app "knapsack", 50 per page, newest first.
    void loadRunsFixture();
    void setRunStatus(const QString &runId, Api::RunStatus status,
                      const QList<Api::Indicator> &statistics = {});
    void addNewestRun(const Api::RunSummary &run);
    // The next list call fails with this error (once).
    void failNextList(const Api::Error &error) { m_nextListError = error; }
    int listCalls() const { return m_listCalls; }
    // With held list calls, each list call waits for the test, which tells its next token
    // early and answers it, in whatever order it likes. Canceled calls are dropped.
    struct HeldListCall
    {
        QString pageToken;
        NextPageKnown nextPageKnown;
        Callback<Api::RunPage> done;
        QPointer<QObject> operation; // gone once canceled
    };
    void holdListCalls() { m_holdListCalls = true; }
    QList<HeldListCall> &heldListCalls() { return m_heldListCalls; }
    // Calls whose answer has not been delivered yet (answers come from the event loop).
    int unansweredCalls() const { return m_unansweredCalls; }
    int metadataCalls() const { return m_metadataCalls; }

    QUrl baseUrl() const override { return QUrl(QStringLiteral("fake://nextmv")); }
    Api::PendingCall listApplications(QObject *context,
                                      Callback<QList<Api::Application>> done) override;
    Api::PendingCall listInstances(const QString &appId, QObject *context,
                                   Callback<QList<Api::Instance>> done) override;
    Api::PendingCall listVersions(const QString &appId, QObject *context,
                                  Callback<QList<Api::Version>> done) override;
    // Edits are not served by the fake: models that need them are tested end to end.
    Api::PendingCall updateApplication(const Api::Application &, QObject *context,
                                       Callback<Api::Application> done) override;
    Api::PendingCall createApplication(const Api::Application &, QObject *context,
                                       Callback<Api::Application> done) override;
    Api::PendingCall deleteApplication(const QString &, QObject *context,
                                       Callback<bool> done) override;
    Api::PendingCall createVersion(const QString &, const Api::Version &, QObject *context,
                                   Callback<Api::Version> done) override;
    Api::PendingCall updateVersion(const Api::Version &, QObject *context,
                                   Callback<Api::Version> done) override;
    Api::PendingCall deleteVersion(const QString &, const QString &, QObject *context,
                                   Callback<bool> done) override;
    Api::PendingCall createInstance(const QString &, const Api::Instance &, QObject *context,
                                    Callback<Api::Instance> done) override;
    Api::PendingCall updateInstance(const Api::Instance &, QObject *context,
                                    Callback<Api::Instance> done) override;
    Api::PendingCall deleteInstance(const QString &, const QString &, QObject *context,
                                    Callback<bool> done) override;
    Api::PendingCall listInputs(const QString &, QObject *context,
                                Callback<QList<Api::ManagedInput>> done) override;
    Api::PendingCall createInput(const QString &, const Api::ManagedInput &, QObject *context,
                                 Callback<Api::ManagedInput> done) override;
    Api::PendingCall updateInput(const Api::ManagedInput &, QObject *context,
                                 Callback<Api::ManagedInput> done) override;
    Api::PendingCall deleteInput(const QString &, const QString &, QObject *context,
                                 Callback<bool> done) override;
    Api::PendingCall inputContent(const QString &, const QString &, QObject *context,
                                  Callback<QByteArray> done) override;
    Api::PendingCall listInputSets(const QString &, QObject *context,
                                   Callback<QList<Api::InputSet>> done) override;
    Api::PendingCall createInputSet(const QString &, const Api::InputSetRequest &, QObject *context,
                                    Callback<Api::InputSet> done) override;
    Api::PendingCall updateInputSet(const Api::InputSet &, QObject *context,
                                    Callback<Api::InputSet> done) override;
    Api::PendingCall deleteInputSet(const QString &, const QString &, QObject *context,
                                    Callback<bool> done) override;
    Api::Transfer *uploadInput(const QString &, const Api::ManagedInput &,
                               const QString &) override;
    Api::Transfer *pushApp(const QString &, const QString &) override;
    Api::PendingCall listBatchExperiments(const QString &, QObject *context,
                                          Callback<QList<Api::BatchExperiment>> done) override;
    Api::PendingCall batchExperiment(const QString &, const QString &, QObject *context,
                                     Callback<Api::BatchExperiment> done) override;
    Api::PendingCall createBatchExperiment(const QString &, const Api::BatchExperimentRequest &,
                                           QObject *context, Callback<QString> done) override;
    Api::PendingCall updateBatchExperiment(const QString &, const QString &, const QString &,
                                           const QString &, QObject *context,
                                           Callback<Api::BatchExperiment> done) override;
    Api::PendingCall deleteBatchExperiment(const QString &, const QString &, QObject *context,
                                           Callback<bool> done) override;
    Api::PendingCall batchExperimentRuns(const QString &, const QString &, QObject *context,
                                         Callback<QList<Api::RunSummary>> done) override;
    Api::PendingCall listAcceptanceTests(const QString &, QObject *context,
                                         Callback<QList<Api::AcceptanceTest>> done) override;
    Api::PendingCall acceptanceTest(const QString &, const QString &, QObject *context,
                                    Callback<Api::AcceptanceTest> done) override;
    Api::PendingCall createAcceptanceTest(const QString &, const Api::AcceptanceTest &,
                                          QObject *context,
                                          Callback<Api::AcceptanceTest> done) override;
    Api::PendingCall updateAcceptanceTest(const QString &, const QString &, const QString &,
                                          const QString &, QObject *context,
                                          Callback<Api::AcceptanceTest> done) override;
    Api::PendingCall deleteAcceptanceTest(const QString &, const QString &, QObject *context,
                                          Callback<bool> done) override;
    // Online tests and ensembles are tested end to end against nextdesk-server.
    Api::PendingCall listShadowTests(const QString &, QObject *context,
                                     Callback<QList<Api::ShadowTest>> done) override;
    Api::PendingCall shadowTest(const QString &, const QString &, QObject *context,
                                Callback<Api::ShadowTest> done) override;
    Api::PendingCall createShadowTest(const QString &, const Api::ShadowTestRequest &,
                                      QObject *context, Callback<Api::ShadowTest> done) override;
    Api::PendingCall listSwitchbackTests(const QString &, QObject *context,
                                         Callback<QList<Api::SwitchbackTest>> done) override;
    Api::PendingCall switchbackTest(const QString &, const QString &, QObject *context,
                                    Callback<Api::SwitchbackTest> done) override;
    Api::PendingCall createSwitchbackTest(const QString &, const Api::SwitchbackTestRequest &,
                                          QObject *context,
                                          Callback<Api::SwitchbackTest> done) override;
    Api::PendingCall startOnlineTest(const QString &, Api::OnlineTestKind, const QString &,
                                     QObject *context, Callback<bool> done) override;
    Api::PendingCall stopOnlineTest(const QString &, Api::OnlineTestKind, const QString &,
                                    Api::StopIntent, QObject *context,
                                    Callback<bool> done) override;
    Api::PendingCall renameOnlineTest(const QString &, Api::OnlineTestKind, const QString &,
                                      const QString &, const QString &, QObject *context,
                                      Callback<bool> done) override;
    Api::PendingCall deleteOnlineTest(const QString &, Api::OnlineTestKind, const QString &,
                                      QObject *context, Callback<bool> done) override;
    Api::PendingCall onlineTestRuns(const QString &, Api::OnlineTestKind, const QString &,
                                    QObject *context,
                                    Callback<QList<Api::RunSummary>> done) override;
    Api::PendingCall
    listEnsembleDefinitions(const QString &, QObject *context,
                            Callback<QList<Api::EnsembleDefinition>> done) override;
    Api::PendingCall createEnsembleDefinition(const QString &, const Api::EnsembleDefinition &,
                                              QObject *context,
                                              Callback<Api::EnsembleDefinition> done) override;
    Api::PendingCall updateEnsembleDefinition(const QString &, const QString &, const QString &,
                                              const QString &, QObject *context,
                                              Callback<Api::EnsembleDefinition> done) override;
    Api::PendingCall deleteEnsembleDefinition(const QString &, const QString &, QObject *context,
                                              Callback<bool> done) override;
    Api::PendingCall ensembleRunResult(const QString &, const QString &, QObject *context,
                                       Callback<Api::EnsembleRunResult> done) override;
    // Tells nextPageKnown the token just before the page, as the client does when it reads
    // the token before decoding.
    Api::PendingCall listRuns(const QString &appId, const QString &pageToken, QObject *context,
                              Callback<Api::RunPage> done,
                              NextPageKnown nextPageKnown = {}) override;
    Api::PendingCall runMetadata(const QString &appId, const QString &runId, QObject *context,
                                 Callback<Api::RunInformation> done) override;
    Api::PendingCall runOutput(const QString &appId, const QString &runId, QObject *context,
                               Callback<QByteArray> done) override;
    Api::PendingCall runInput(const QString &appId, const QString &runId, QObject *context,
                              Callback<QByteArray> done) override;
    Api::PendingCall runLogs(const QString &appId, const QString &runId, QObject *context,
                             Callback<QString> done) override;
    Api::PendingCall liveLogs(const QString &appId, const QString &runId, const QString &since,
                              QObject *context, Callback<Api::LogLinePage> done) override;
    Api::PendingCall createRun(const QString &appId, const QString &instanceId,
                               const Api::RunRequest &request, QObject *context,
                               Callback<QString> done) override;
    Api::PendingCall updateRun(const QString &appId, const QString &runId, const QString &name,
                               const QString &description, QObject *context,
                               Callback<Api::RunInformation> done) override;
    Api::PendingCall accountQueue(QObject *context, Callback<QList<Api::RunSummary>> done) override;
    Api::PendingCall deleteRun(const QString &appId, const QString &runId, QObject *context,
                               Callback<bool> done) override;
    void discoverFeatures() override { }
    // As if the server had described itself so.
    void setSupportedFeatures(const QSet<Api::ServerFeature> &features) { setFeatures(features); }
    Api::PendingCall cancelRun(const QString &appId, const QString &runId, QObject *context,
                               Callback<bool> done) override;
    Api::Transfer *submitRun(const QString &appId, const QString &instanceId,
                             const Api::RunInputSource &input,
                             const Api::RunRequest &request) override;
    Api::Transfer *downloadRunOutput(const QString &appId, const QString &runId,
                                     const QString &filePath) override;
    Api::Transfer *downloadRunInput(const QString &appId, const QString &runId,
                                    const QString &filePath) override;

private:
    // Calls back from the event loop, as a network answer would.
    template<typename T>
    Api::PendingCall answer(QObject *context, Callback<T> done, Api::Result<T> result);
    template<typename T>
    Api::PendingCall unsupported(QObject *context, Callback<T> done);
    Api::RunInformation information(const Api::RunSummary &run) const;

    QList<Api::RunSummary> m_runs;
    std::optional<Api::Error> m_nextListError;
    int m_listCalls = 0;
    bool m_holdListCalls = false;
    QList<HeldListCall> m_heldListCalls;
    int m_unansweredCalls = 0;
    int m_metadataCalls = 0;
};

} // namespace TestSupport
