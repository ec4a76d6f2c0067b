// The real NextmvService: the Nextmv applications API over one QNetworkAccessManager, against
// Nextmv Cloud or nextdesk-server alike (same paths, same JSON).
#pragma once

#include "earlyreplies.h"
#include "httpcall.h"
#include "nextmvservice.h"

#include <QNetworkAccessManager>
#include <QThreadPool>

#include <memory>

namespace Api {

class NextmvClient final : public NextmvService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextmvClient)

public:
    NextmvClient(QUrl baseUrl, QByteArray apiKey, QObject *parent = nullptr);

    QUrl baseUrl() const override { return m_baseUrl; }
    bool isReachable() const { return m_reachable; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    PendingCall listApplications(QObject *context, Callback<QList<Application>> done) override;
    PendingCall listInstances(const QString &appId, QObject *context,
                              Callback<QList<Instance>> done) override;
    PendingCall listVersions(const QString &appId, QObject *context,
                             Callback<QList<Version>> done) override;
    PendingCall updateApplication(const Application &app, QObject *context,
                                  Callback<Application> done) override;
    PendingCall createApplication(const Application &app, QObject *context,
                                  Callback<Application> done) override;
    PendingCall deleteApplication(const QString &appId, QObject *context,
                                  Callback<bool> done) override;
    PendingCall createVersion(const QString &appId, const Version &version, QObject *context,
                              Callback<Version> done) override;
    PendingCall updateVersion(const Version &version, QObject *context,
                              Callback<Version> done) override;
    PendingCall deleteVersion(const QString &appId, const QString &versionId, QObject *context,
                              Callback<bool> done) override;
    PendingCall createInstance(const QString &appId, const Instance &instance, QObject *context,
                               Callback<Instance> done) override;
    PendingCall updateInstance(const Instance &instance, QObject *context,
                               Callback<Instance> done) override;
    PendingCall deleteInstance(const QString &appId, const QString &instanceId, QObject *context,
                               Callback<bool> done) override;
    PendingCall listInputs(const QString &appId, QObject *context,
                           Callback<QList<ManagedInput>> done) override;
    PendingCall createInput(const QString &appId, const ManagedInput &input, QObject *context,
                            Callback<ManagedInput> done) override;
    PendingCall updateInput(const ManagedInput &input, QObject *context,
                            Callback<ManagedInput> done) override;
    PendingCall deleteInput(const QString &appId, const QString &inputId, QObject *context,
                            Callback<bool> done) override;
    PendingCall inputContent(const QString &appId, const QString &inputId, QObject *context,
                             Callback<QByteArray> done) override;
    PendingCall listInputSets(const QString &appId, QObject *context,
                              Callback<QList<InputSet>> done) override;
    PendingCall createInputSet(const QString &appId, const InputSetRequest &request,
                               QObject *context, Callback<InputSet> done) override;
    PendingCall updateInputSet(const InputSet &set, QObject *context,
                               Callback<InputSet> done) override;
    PendingCall deleteInputSet(const QString &appId, const QString &setId, QObject *context,
                               Callback<bool> done) override;
    PendingCall listBatchExperiments(const QString &appId, QObject *context,
                                     Callback<QList<BatchExperiment>> done) override;
    PendingCall batchExperiment(const QString &appId, const QString &id, QObject *context,
                                Callback<BatchExperiment> done) override;
    PendingCall createBatchExperiment(const QString &appId, const BatchExperimentRequest &request,
                                      QObject *context, Callback<QString> done) override;
    PendingCall updateBatchExperiment(const QString &appId, const QString &id, const QString &name,
                                      const QString &description, QObject *context,
                                      Callback<BatchExperiment> done) override;
    PendingCall deleteBatchExperiment(const QString &appId, const QString &id, QObject *context,
                                      Callback<bool> done) override;
    PendingCall batchExperimentRuns(const QString &appId, const QString &id, QObject *context,
                                    Callback<QList<RunSummary>> done) override;
    PendingCall listAcceptanceTests(const QString &appId, QObject *context,
                                    Callback<QList<AcceptanceTest>> done) override;
    PendingCall acceptanceTest(const QString &appId, const QString &id, QObject *context,
                               Callback<AcceptanceTest> done) override;
    PendingCall createAcceptanceTest(const QString &appId, const AcceptanceTest &test,
                                     QObject *context, Callback<AcceptanceTest> done) override;
    PendingCall updateAcceptanceTest(const QString &appId, const QString &id, const QString &name,
                                     const QString &description, QObject *context,
                                     Callback<AcceptanceTest> done) override;
    PendingCall deleteAcceptanceTest(const QString &appId, const QString &id, QObject *context,
                                     Callback<bool> done) override;
    PendingCall listShadowTests(const QString &appId, QObject *context,
                                Callback<QList<ShadowTest>> done) override;
    PendingCall shadowTest(const QString &appId, const QString &id, QObject *context,
                           Callback<ShadowTest> done) override;
    PendingCall createShadowTest(const QString &appId, const ShadowTestRequest &request,
                                 QObject *context, Callback<ShadowTest> done) override;
    PendingCall listSwitchbackTests(const QString &appId, QObject *context,
                                    Callback<QList<SwitchbackTest>> done) override;
    PendingCall switchbackTest(const QString &appId, const QString &id, QObject *context,
                               Callback<SwitchbackTest> done) override;
    PendingCall createSwitchbackTest(const QString &appId, const SwitchbackTestRequest &request,
                                     QObject *context, Callback<SwitchbackTest> done) override;
    PendingCall startOnlineTest(const QString &appId, OnlineTestKind kind, const QString &id,
                                QObject *context, Callback<bool> done) override;
    PendingCall stopOnlineTest(const QString &appId, OnlineTestKind kind, const QString &id,
                               StopIntent intent, QObject *context, Callback<bool> done) override;
    PendingCall renameOnlineTest(const QString &appId, OnlineTestKind kind, const QString &id,
                                 const QString &name, const QString &description, QObject *context,
                                 Callback<bool> done) override;
    PendingCall deleteOnlineTest(const QString &appId, OnlineTestKind kind, const QString &id,
                                 QObject *context, Callback<bool> done) override;
    PendingCall onlineTestRuns(const QString &appId, OnlineTestKind kind, const QString &id,
                               QObject *context, Callback<QList<RunSummary>> done) override;

    PendingCall listEnsembleDefinitions(const QString &appId, QObject *context,
                                        Callback<QList<EnsembleDefinition>> done) override;
    PendingCall createEnsembleDefinition(const QString &appId, const EnsembleDefinition &definition,
                                         QObject *context,
                                         Callback<EnsembleDefinition> done) override;
    PendingCall updateEnsembleDefinition(const QString &appId, const QString &id,
                                         const QString &name, const QString &description,
                                         QObject *context,
                                         Callback<EnsembleDefinition> done) override;
    PendingCall deleteEnsembleDefinition(const QString &appId, const QString &id, QObject *context,
                                         Callback<bool> done) override;
    PendingCall ensembleRunResult(const QString &appId, const QString &runId, QObject *context,
                                  Callback<EnsembleRunResult> done) override;

    // Runs
    PendingCall listRuns(const QString &appId, const QString &pageToken, QObject *context,
                         Callback<RunPage> done, NextPageKnown nextPageKnown = {}) override;
    PendingCall runMetadata(const QString &appId, const QString &runId, QObject *context,
                            Callback<RunInformation> done) override;
    PendingCall runOutput(const QString &appId, const QString &runId, QObject *context,
                          Callback<QByteArray> done) override;
    PendingCall runInput(const QString &appId, const QString &runId, QObject *context,
                         Callback<QByteArray> done) override;
    PendingCall runLogs(const QString &appId, const QString &runId, QObject *context,
                        Callback<QString> done) override;
    PendingCall liveLogs(const QString &appId, const QString &runId, const QString &since,
                         QObject *context, Callback<LogLinePage> done) override;
    PendingCall createRun(const QString &appId, const QString &instanceId,
                          const RunRequest &request, QObject *context,
                          Callback<QString> done) override;
    PendingCall updateRun(const QString &appId, const QString &runId, const QString &name,
                          const QString &description, QObject *context,
                          Callback<RunInformation> done) override;
    PendingCall cancelRun(const QString &appId, const QString &runId, QObject *context,
                          Callback<bool> done) override;
    PendingCall accountQueue(QObject *context, Callback<QList<RunSummary>> done) override;
    PendingCall deleteRun(const QString &appId, const QString &runId, QObject *context,
                          Callback<bool> done) override;
    void discoverFeatures() override;
    void sendAhead(const QString &appId) override;

    Transfer *submitRun(const QString &appId, const QString &instanceId,
                        const RunInputSource &input, const RunRequest &request) override;
    Transfer *downloadRunOutput(const QString &appId, const QString &runId,
                                const QString &filePath) override;
    Transfer *downloadRunInput(const QString &appId, const QString &runId,
                               const QString &filePath) override;
    Transfer *uploadInput(const QString &appId, const ManagedInput &input,
                          const QString &filePath) override;
    Transfer *pushApp(const QString &appId, const QString &path) override;

    // For the transfers: a configured, not yet started call. Pre-signed URLs get no key.
    HttpCall *newCall(HttpSpec spec);
    HttpSpec spec(const QByteArray &method, const QString &path, const QString &query = {}) const;
    static QString appPath(const QString &appId, const QString &rest = {});

private:
    // Where an answer is decoded: on the calling thread unless it is large, or always on the
    // one thread that decodes answers in the order they came (pages read one after another).
    enum class DecodeOn { CallerUnlessLarge, OrderedWorker };
    template<typename T>
    PendingCall send(HttpSpec spec, QObject *context, Callback<T> done,
                     std::function<Result<T>(const HttpAnswer &)> decode,
                     DecodeOn where = DecodeOn::CallerUnlessLarge,
                     std::function<void(const HttpAnswer &)> beforeDecode = {});
    // The shapes every CRUD call has: a typed object or bare list back, or just success.
    template<typename T>
    PendingCall getList(const QString &path, QObject *context, Callback<QList<T>> done,
                        const QString &query = {});
    template<typename T>
    PendingCall sendObject(const QByteArray &method, const QString &path, const QJsonObject &body,
                           QObject *context, Callback<T> done);
    PendingCall deleteAt(const QString &path, QObject *context, Callback<bool> done);
    // Lists answered as {"items": [...], "next_page_token": ...}, every page fetched.
    template<typename T>
    PendingCall getItems(const QString &path, QObject *context, Callback<QList<T>> done);
    template<typename T>
    void getItemsFrom(const QString &path, const QString &pageToken, QList<T> fetched,
                      QObject *chain, Callback<QList<T>> done);
    PendingCall getRuns(const QString &path, QObject *context, Callback<QList<RunSummary>> done);
    // Delivers the list, then tells the error hub about the items the decoder left out.
    template<typename T>
    Callback<T> reportingSkipped(std::shared_ptr<QStringList> skipped, Callback<T> done);
    static QString onlineTestPath(const QString &appId, OnlineTestKind kind,
                                  const QString &id = {});
    void setReachable(bool reachable);
    // Failed transfers reach the error hub like failed calls do.
    Transfer *reportingFailures(Transfer *transfer);

    QNetworkAccessManager m_network;
    // After m_network: deleted before it, and with it the replies nothing took.
    EarlyReplies m_earlyReplies;
    QThreadPool m_orderedDecoder; // one thread
    const QUrl m_baseUrl;
    const QByteArray m_apiKey;
    int m_timeoutMs = 30000;
    bool m_reachable = true;
};

} // namespace Api
