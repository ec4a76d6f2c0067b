// The one service interface for the Nextmv applications API. The real implementation talks HTTP
// (NextmvClient); tests use a fixture-backed fake. Every call is asynchronous: the callback runs
// on the caller's thread, only while `context` is alive, with a Result that carries either the
// typed answer or a user-readable Error. Failures also go to requestFailed(), the one place the
// UI observes for its status bar.
#pragma once

#include "api/dto/application.h"
#include "api/dto/ensemble.h"
#include "api/dto/experiment.h"
#include "api/dto/inputset.h"
#include "api/dto/instance.h"
#include "api/dto/managedinput.h"
#include "api/dto/run.h"
#include "api/dto/runpage.h"
#include "api/dto/shadowtest.h"
#include "api/dto/switchbacktest.h"
#include "api/dto/version.h"
#include "api/wire/result.h"
#include "api/wire/serverfeatures.h"
#include "pendingcall.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace Api {

class Transfer;

struct LogLinePage
{
    struct Line
    {
        QDateTime time;
        QString text;
    };
    QList<Line> lines;
    QString nextToken; // pass as `since` for the following lines
    RunStatus status = RunStatus::None;
    int nextAvailableInSeconds = 1;
};

// Shadow and switchback tests run on live traffic; they share their lifecycle calls.
enum class OnlineTestKind { Shadow, Switchback };
// Stopping an online test: complete keeps it as a finished test, cancel marks it canceled.
enum class StopIntent { Complete, Cancel };

// Input for a new run: a file on disk (large ones go through an upload URL automatically) or
// JSON text already in memory (pasted).
struct RunInputSource
{
    QString filePath;
    QByteArray content;
};

class NextmvService : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    // The cloud's limit for inline input and output; above it the URL flows are used.
    static constexpr qint64 inlinePayloadLimit = 5LL * 1024 * 1024;

    using QObject::QObject;

    virtual QUrl baseUrl() const = 0;

    // What this server has beyond the calls every server has (serverfeatures.h). Until
    // discoverFeatures() has an answer everything is offered; featuresChanged() follows.
    bool supports(ServerFeature feature) const { return m_features.contains(feature); }
    virtual void discoverFeatures() = 0;
    // A hint at start-up: sends ahead the GETs a window shows `appId` with first (the list of
    // apps; the app's first page of runs and its instances), for those calls to take, so their
    // round trip overlaps the building of the window. Nothing is reported.
    virtual void sendAhead(const QString &appId) { Q_UNUSED(appId); }

    // Applications, instances, versions
    virtual PendingCall listApplications(QObject *context, Callback<QList<Application>> done) = 0;
    virtual PendingCall listInstances(const QString &appId, QObject *context,
                                      Callback<QList<Instance>> done) = 0;
    virtual PendingCall listVersions(const QString &appId, QObject *context,
                                     Callback<QList<Version>> done) = 0;

    virtual PendingCall updateApplication(const Application &app, QObject *context,
                                          Callback<Application> done) = 0;
    // Always with an ID and a name, made up when empty, as Nextmv's SDK sends them.
    virtual PendingCall createApplication(const Application &app, QObject *context,
                                          Callback<Application> done) = 0;
    virtual PendingCall deleteApplication(const QString &appId, QObject *context,
                                          Callback<bool> done) = 0;
    // A version snapshots the app's current dev binary.
    virtual PendingCall createVersion(const QString &appId, const Version &version,
                                      QObject *context, Callback<Version> done) = 0;
    virtual PendingCall updateVersion(const Version &version, QObject *context,
                                      Callback<Version> done) = 0;
    virtual PendingCall deleteVersion(const QString &appId, const QString &versionId,
                                      QObject *context, Callback<bool> done) = 0;
    virtual PendingCall createInstance(const QString &appId, const Instance &instance,
                                       QObject *context, Callback<Instance> done) = 0;
    virtual PendingCall updateInstance(const Instance &instance, QObject *context,
                                       Callback<Instance> done) = 0;
    virtual PendingCall deleteInstance(const QString &appId, const QString &instanceId,
                                       QObject *context, Callback<bool> done) = 0;

    // Managed inputs and input sets
    virtual PendingCall listInputs(const QString &appId, QObject *context,
                                   Callback<QList<ManagedInput>> done) = 0;
    // From a run's input (input.runId set); files go through uploadInput().
    virtual PendingCall createInput(const QString &appId, const ManagedInput &input,
                                    QObject *context, Callback<ManagedInput> done) = 0;
    virtual PendingCall updateInput(const ManagedInput &input, QObject *context,
                                    Callback<ManagedInput> done) = 0;
    virtual PendingCall deleteInput(const QString &appId, const QString &inputId, QObject *context,
                                    Callback<bool> done) = 0;
    virtual PendingCall inputContent(const QString &appId, const QString &inputId, QObject *context,
                                     Callback<QByteArray> done) = 0;
    virtual PendingCall listInputSets(const QString &appId, QObject *context,
                                      Callback<QList<InputSet>> done) = 0;
    virtual PendingCall createInputSet(const QString &appId, const InputSetRequest &request,
                                       QObject *context, Callback<InputSet> done) = 0;
    virtual PendingCall updateInputSet(const InputSet &set, QObject *context,
                                       Callback<InputSet> done) = 0;
    virtual PendingCall deleteInputSet(const QString &appId, const QString &setId, QObject *context,
                                       Callback<bool> done) = 0;

    // Experiments
    virtual PendingCall listBatchExperiments(const QString &appId, QObject *context,
                                             Callback<QList<BatchExperiment>> done) = 0;
    virtual PendingCall batchExperiment(const QString &appId, const QString &id, QObject *context,
                                        Callback<BatchExperiment> done) = 0;
    // Creates and starts it; returns its ID.
    virtual PendingCall createBatchExperiment(const QString &appId,
                                              const BatchExperimentRequest &request,
                                              QObject *context, Callback<QString> done) = 0;
    // Renames; the answer carries the experiment's metadata (no results).
    virtual PendingCall updateBatchExperiment(const QString &appId, const QString &id,
                                              const QString &name, const QString &description,
                                              QObject *context, Callback<BatchExperiment> done) = 0;
    virtual PendingCall deleteBatchExperiment(const QString &appId, const QString &id,
                                              QObject *context, Callback<bool> done) = 0;
    virtual PendingCall batchExperimentRuns(const QString &appId, const QString &id,
                                            QObject *context, Callback<QList<RunSummary>> done) = 0;
    virtual PendingCall listAcceptanceTests(const QString &appId, QObject *context,
                                            Callback<QList<AcceptanceTest>> done) = 0;
    virtual PendingCall acceptanceTest(const QString &appId, const QString &id, QObject *context,
                                       Callback<AcceptanceTest> done) = 0;
    virtual PendingCall createAcceptanceTest(const QString &appId, const AcceptanceTest &test,
                                             QObject *context, Callback<AcceptanceTest> done) = 0;
    virtual PendingCall updateAcceptanceTest(const QString &appId, const QString &id,
                                             const QString &name, const QString &description,
                                             QObject *context, Callback<AcceptanceTest> done) = 0;
    virtual PendingCall deleteAcceptanceTest(const QString &appId, const QString &id,
                                             QObject *context, Callback<bool> done) = 0;

    // Shadow and switchback tests: created as drafts, then started and stopped.
    virtual PendingCall listShadowTests(const QString &appId, QObject *context,
                                        Callback<QList<ShadowTest>> done) = 0;
    virtual PendingCall shadowTest(const QString &appId, const QString &id, QObject *context,
                                   Callback<ShadowTest> done) = 0;
    virtual PendingCall createShadowTest(const QString &appId, const ShadowTestRequest &request,
                                         QObject *context, Callback<ShadowTest> done) = 0;
    virtual PendingCall listSwitchbackTests(const QString &appId, QObject *context,
                                            Callback<QList<SwitchbackTest>> done) = 0;
    virtual PendingCall switchbackTest(const QString &appId, const QString &id, QObject *context,
                                       Callback<SwitchbackTest> done) = 0;
    virtual PendingCall createSwitchbackTest(const QString &appId,
                                             const SwitchbackTestRequest &request, QObject *context,
                                             Callback<SwitchbackTest> done) = 0;
    virtual PendingCall startOnlineTest(const QString &appId, OnlineTestKind kind,
                                        const QString &id, QObject *context,
                                        Callback<bool> done) = 0;
    virtual PendingCall stopOnlineTest(const QString &appId, OnlineTestKind kind, const QString &id,
                                       StopIntent intent, QObject *context,
                                       Callback<bool> done) = 0;
    virtual PendingCall renameOnlineTest(const QString &appId, OnlineTestKind kind,
                                         const QString &id, const QString &name,
                                         const QString &description, QObject *context,
                                         Callback<bool> done) = 0;
    virtual PendingCall deleteOnlineTest(const QString &appId, OnlineTestKind kind,
                                         const QString &id, QObject *context,
                                         Callback<bool> done) = 0;
    virtual PendingCall onlineTestRuns(const QString &appId, OnlineTestKind kind, const QString &id,
                                       QObject *context, Callback<QList<RunSummary>> done) = 0;

    // Ensemble definitions (only name and description change after creation), and what one
    // ensemble run chose: a NextDesk extension that other servers answer with 404.
    virtual PendingCall listEnsembleDefinitions(const QString &appId, QObject *context,
                                                Callback<QList<EnsembleDefinition>> done) = 0;
    virtual PendingCall createEnsembleDefinition(const QString &appId,
                                                 const EnsembleDefinition &definition,
                                                 QObject *context,
                                                 Callback<EnsembleDefinition> done) = 0;
    virtual PendingCall updateEnsembleDefinition(const QString &appId, const QString &id,
                                                 const QString &name, const QString &description,
                                                 QObject *context,
                                                 Callback<EnsembleDefinition> done) = 0;
    virtual PendingCall deleteEnsembleDefinition(const QString &appId, const QString &id,
                                                 QObject *context, Callback<bool> done) = 0;
    virtual PendingCall ensembleRunResult(const QString &appId, const QString &runId,
                                          QObject *context, Callback<EnsembleRunResult> done) = 0;

    // Runs
    // One page of an application's runs, newest first. `nextPageKnown`, when given, is told
    // the token of the page after this one (empty: none) as soon as it is known, which may be
    // before the runs are decoded: a reader can ask for that page meanwhile. `done` follows
    // (the same token in its page, or an error).
    using NextPageKnown = std::function<void(const QString &nextPageToken)>;
    virtual PendingCall listRuns(const QString &appId, const QString &pageToken, QObject *context,
                                 Callback<RunPage> done, NextPageKnown nextPageKnown = {}) = 0;
    // Queued and running runs of the whole account, every application (GET /v1/account/queue).
    virtual PendingCall accountQueue(QObject *context, Callback<QList<RunSummary>> done) = 0;
    virtual PendingCall runMetadata(const QString &appId, const QString &runId, QObject *context,
                                    Callback<RunInformation> done) = 0;
    // Output and input as raw bytes; only for payloads up to inlinePayloadLimit (use
    // downloadRunOutput/downloadRunInput for anything larger).
    virtual PendingCall runOutput(const QString &appId, const QString &runId, QObject *context,
                                  Callback<QByteArray> done) = 0;
    virtual PendingCall runInput(const QString &appId, const QString &runId, QObject *context,
                                 Callback<QByteArray> done) = 0;
    virtual PendingCall runLogs(const QString &appId, const QString &runId, QObject *context,
                                Callback<QString> done) = 0;
    virtual PendingCall liveLogs(const QString &appId, const QString &runId, const QString &since,
                                 QObject *context, Callback<LogLinePage> done) = 0;
    // Returns the new run's ID. Never retried: a retry could start the run twice.
    virtual PendingCall createRun(const QString &appId, const QString &instanceId,
                                  const RunRequest &request, QObject *context,
                                  Callback<QString> done) = 0;
    virtual PendingCall updateRun(const QString &appId, const QString &runId, const QString &name,
                                  const QString &description, QObject *context,
                                  Callback<RunInformation> done) = 0;
    virtual PendingCall cancelRun(const QString &appId, const QString &runId, QObject *context,
                                  Callback<bool> done) = 0;
    // Only where supports(ServerFeature::RunDelete); a server that refuses it loses the feature.
    virtual PendingCall deleteRun(const QString &appId, const QString &runId, QObject *context,
                                  Callback<bool> done) = 0;

    // Long transfers with progress and cancel; the caller owns the returned object.
    // Submits a run from a file or pasted content, through the upload URL above the inline limit.
    virtual Transfer *submitRun(const QString &appId, const QString &instanceId,
                                const RunInputSource &input, const RunRequest &request) = 0;
    // Streams a run's output (or input) to a file, through the download URL.
    virtual Transfer *downloadRunOutput(const QString &appId, const QString &runId,
                                        const QString &filePath) = 0;
    virtual Transfer *downloadRunInput(const QString &appId, const QString &runId,
                                       const QString &filePath) = 0;
    // Pushes a local app folder (or one executable) as the app's new dev binary.
    virtual Transfer *pushApp(const QString &appId, const QString &path) = 0;
    // Uploads a file as a managed input (through the upload URL); the result is its ID.
    virtual Transfer *uploadInput(const QString &appId, const ManagedInput &input,
                                  const QString &filePath) = 0;

Q_SIGNALS:
    // Every failed call, once (after retries), for the error hub.
    void requestFailed(const Api::Error &error);
    // The server answered (any HTTP status) or could not be reached at all.
    void reachabilityChanged(bool reachable);
    void featuresChanged();

protected:
    void setFeatures(const QSet<ServerFeature> &features)
    {
        if (features == m_features)
            return;
        m_features = features;
        Q_EMIT featuresChanged();
    }
    void dropFeature(ServerFeature feature)
    {
        QSet<ServerFeature> features = m_features;
        features.remove(feature);
        setFeatures(features);
    }

private:
    QSet<ServerFeature> m_features = allServerFeatures();
};

} // namespace Api
