// Test support: a fixture-backed NextmvService.
#include "fakenextmvservice.h"

#include "api/client/transfer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace TestSupport {

namespace {

constexpr int pageSize = 50;

// A transfer the fake cannot perform: it fails at once with a clear reason.
class UnsupportedTransfer final : public Api::Transfer
{
public:
    UnsupportedTransfer()
        : Api::Transfer(Direction::Upload, QStringLiteral("unsupported"))
    {
    }

protected:
    void run() override
    {
        QTimer::singleShot(0, this, [this] {
            fail(Api::Error::validation(QStringLiteral("not supported by the fake service")));
        });
    }
    void abort() override { }
};

} // namespace

FakeNextmvService::FakeNextmvService(QObject *parent)
    : Api::NextmvService(parent)
{
}

void FakeNextmvService::loadRunsFixture()
{
    QFile file(QStringLiteral(NEXTDESK_TEST_DATA_DIR "/fake/runs.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture runs.json");
    m_runs.clear();
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array()) {
        auto run = Api::RunSummary::fromJson(v.toObject());
        if (!run)
            qFatal("bad fixture: %s", qPrintable(run.error().message));
        m_runs.append(run.value());
    }
}

void FakeNextmvService::setRunStatus(const QString &runId, Api::RunStatus status,
                                     const QList<Api::Indicator> &statistics)
{
    for (Api::RunSummary &run : m_runs) {
        if (run.id == runId) {
            run.status = status;
            if (!statistics.isEmpty())
                run.statistics = statistics;
            if (Api::isTerminal(status))
                run.durationMs = 1234;
        }
    }
}

void FakeNextmvService::addNewestRun(const Api::RunSummary &run)
{
    m_runs.prepend(run);
}

template<typename T>
Api::PendingCall FakeNextmvService::answer(QObject *context, Callback<T> done,
                                           Api::Result<T> result)
{
    auto *operation = new QObject(this);
    ++m_unansweredCalls;
    connect(operation, &QObject::destroyed, this, [this] { --m_unansweredCalls; });
    QTimer::singleShot(0, operation,
                       [this, operation, context = QPointer<QObject>(context), done, result] {
                           operation->deleteLater();
                           if (!context)
                               return;
                           if (!result)
                               Q_EMIT requestFailed(result.error());
                           done(result);
                       });
    return Api::PendingCall(operation);
}

template<typename T>
Api::PendingCall FakeNextmvService::unsupported(QObject *context, Callback<T> done)
{
    return answer<T>(context, std::move(done),
                     Api::Error::validation(QStringLiteral("not supported by the fake service")));
}

Api::RunInformation FakeNextmvService::information(const Api::RunSummary &run) const
{
    Api::RunInformation info;
    info.id = run.id;
    info.name = run.name;
    info.description = run.description;
    info.userEmail = run.userEmail;
    Api::RunMetadata &m = info.metadata;
    m.applicationId = run.applicationId;
    m.instanceId = run.instanceId;
    m.versionId = run.versionId;
    m.createdAt = run.createdAt;
    m.status = run.status;
    m.durationMs = run.durationMs.value_or(0);
    m.inputSize = run.inputSize.value_or(0);
    m.error = run.error;
    QJsonObject statistics;
    for (const Api::Indicator &indicator : run.statistics) {
        // Rebuild the nested statistics block from the dotted names.
        const QStringList parts = indicator.name.split(QLatin1Char('.'));
        std::function<QJsonObject(QJsonObject, int)> put = [&](QJsonObject object, int depth) {
            if (depth == parts.size() - 1) {
                object.insert(parts.at(depth), indicator.value);
                return object;
            }
            object.insert(parts.at(depth),
                          put(object.value(parts.at(depth)).toObject(), depth + 1));
            return object;
        };
        statistics = put(statistics, 0);
    }
    m.statistics = statistics;
    return info;
}

Api::PendingCall FakeNextmvService::listApplications(QObject *context,
                                                     Callback<QList<Api::Application>> done)
{
    Api::Application app;
    app.id = QStringLiteral("knapsack");
    app.name = QStringLiteral("Knapsack");
    app.defaultInstance = QStringLiteral("greedy");
    return answer<QList<Api::Application>>(context, std::move(done), QList<Api::Application>{app});
}

Api::PendingCall FakeNextmvService::listInstances(const QString &, QObject *context,
                                                  Callback<QList<Api::Instance>> done)
{
    QList<Api::Instance> instances;
    for (const char *id : {"greedy", "dp"}) {
        Api::Instance instance;
        instance.id = instance.versionId = instance.name = QString::fromLatin1(id);
        instance.applicationId = QStringLiteral("knapsack");
        instances.append(instance);
    }
    return answer<QList<Api::Instance>>(context, std::move(done), instances);
}

Api::PendingCall FakeNextmvService::listVersions(const QString &, QObject *context,
                                                 Callback<QList<Api::Version>> done)
{
    return unsupported<QList<Api::Version>>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::listRuns(const QString &appId, const QString &pageToken,
                                             QObject *context, Callback<Api::RunPage> pageDone,
                                             NextPageKnown nextPageKnown)
{
    ++m_listCalls;
    if (m_holdListCalls) {
        auto *operation = new QObject(context);
        m_heldListCalls.append({pageToken, nextPageKnown, pageDone, operation});
        return Api::PendingCall(operation);
    }
    Callback<Api::RunPage> done = [nextPageKnown, pageDone](const Api::Result<Api::RunPage> &page) {
        if (page && nextPageKnown)
            nextPageKnown(page->nextPageToken);
        pageDone(page);
    };
    if (m_nextListError) {
        const Api::Error error = *m_nextListError;
        m_nextListError.reset();
        return answer<Api::RunPage>(context, std::move(done), error);
    }
    if (appId != QLatin1String("knapsack"))
        return answer<Api::RunPage>(
            context, std::move(done),
            Api::Error{
                Api::Error::Kind::Http, 404, QStringLiteral("Not found: %1").arg(appId), {}});
    const int start = pageToken.isEmpty() ? 0 : pageToken.mid(5).toInt();
    Api::RunPage page;
    page.runs = m_runs.mid(start, pageSize);
    if (start + pageSize < m_runs.size())
        page.nextPageToken = QStringLiteral("page-%1").arg(start + pageSize);
    return answer<Api::RunPage>(context, std::move(done), page);
}

Api::PendingCall FakeNextmvService::runMetadata(const QString &, const QString &runId,
                                                QObject *context,
                                                Callback<Api::RunInformation> done)
{
    ++m_metadataCalls;
    for (const Api::RunSummary &run : std::as_const(m_runs)) {
        if (run.id == runId)
            return answer<Api::RunInformation>(context, std::move(done), information(run));
    }
    return answer<Api::RunInformation>(
        context, std::move(done),
        Api::Error{Api::Error::Kind::Http, 404, QStringLiteral("Not found: %1").arg(runId), {}});
}

Api::PendingCall FakeNextmvService::runOutput(const QString &, const QString &, QObject *context,
                                              Callback<QByteArray> done)
{
    return unsupported<QByteArray>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::runInput(const QString &, const QString &, QObject *context,
                                             Callback<QByteArray> done)
{
    return unsupported<QByteArray>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::runLogs(const QString &, const QString &, QObject *context,
                                            Callback<QString> done)
{
    return unsupported<QString>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::liveLogs(const QString &, const QString &, const QString &,
                                             QObject *context, Callback<Api::LogLinePage> done)
{
    return unsupported<Api::LogLinePage>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createRun(const QString &, const QString &,
                                              const Api::RunRequest &, QObject *context,
                                              Callback<QString> done)
{
    return unsupported<QString>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::updateRun(const QString &, const QString &, const QString &,
                                              const QString &, QObject *context,
                                              Callback<Api::RunInformation> done)
{
    return unsupported<Api::RunInformation>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::accountQueue(QObject *context,
                                                 Callback<QList<Api::RunSummary>> done)
{
    return unsupported<QList<Api::RunSummary>>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::deleteRun(const QString &, const QString &, QObject *context,
                                              Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::cancelRun(const QString &, const QString &, QObject *context,
                                              Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::Transfer *FakeNextmvService::submitRun(const QString &, const QString &,
                                            const Api::RunInputSource &, const Api::RunRequest &)
{
    return new UnsupportedTransfer;
}

Api::Transfer *FakeNextmvService::downloadRunOutput(const QString &, const QString &,
                                                    const QString &)
{
    return new UnsupportedTransfer;
}

Api::Transfer *FakeNextmvService::downloadRunInput(const QString &, const QString &,
                                                   const QString &)
{
    return new UnsupportedTransfer;
}

Api::PendingCall FakeNextmvService::updateApplication(const Api::Application &, QObject *context,
                                                      Callback<Api::Application> done)
{
    return unsupported<Api::Application>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createApplication(const Api::Application &, QObject *context,
                                                      Callback<Api::Application> done)
{
    return unsupported<Api::Application>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::deleteApplication(const QString &, QObject *context,
                                                      Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createVersion(const QString &, const Api::Version &,
                                                  QObject *context, Callback<Api::Version> done)
{
    return unsupported<Api::Version>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::updateVersion(const Api::Version &, QObject *context,
                                                  Callback<Api::Version> done)
{
    return unsupported<Api::Version>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::deleteVersion(const QString &, const QString &,
                                                  QObject *context, Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createInstance(const QString &, const Api::Instance &,
                                                   QObject *context, Callback<Api::Instance> done)
{
    return unsupported<Api::Instance>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::updateInstance(const Api::Instance &, QObject *context,
                                                   Callback<Api::Instance> done)
{
    return unsupported<Api::Instance>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::deleteInstance(const QString &, const QString &,
                                                   QObject *context, Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::listInputs(const QString &, QObject *context,
                                               Callback<QList<Api::ManagedInput>> done)
{
    return unsupported<QList<Api::ManagedInput>>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createInput(const QString &, const Api::ManagedInput &,
                                                QObject *context, Callback<Api::ManagedInput> done)
{
    return unsupported<Api::ManagedInput>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::updateInput(const Api::ManagedInput &, QObject *context,
                                                Callback<Api::ManagedInput> done)
{
    return unsupported<Api::ManagedInput>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::deleteInput(const QString &, const QString &, QObject *context,
                                                Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::inputContent(const QString &, const QString &, QObject *context,
                                                 Callback<QByteArray> done)
{
    return unsupported<QByteArray>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::listInputSets(const QString &, QObject *context,
                                                  Callback<QList<Api::InputSet>> done)
{
    return unsupported<QList<Api::InputSet>>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createInputSet(const QString &, const Api::InputSetRequest &,
                                                   QObject *context, Callback<Api::InputSet> done)
{
    return unsupported<Api::InputSet>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::updateInputSet(const Api::InputSet &, QObject *context,
                                                   Callback<Api::InputSet> done)
{
    return unsupported<Api::InputSet>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::deleteInputSet(const QString &, const QString &,
                                                   QObject *context, Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::Transfer *FakeNextmvService::pushApp(const QString &, const QString &)
{
    return new UnsupportedTransfer;
}

Api::Transfer *FakeNextmvService::uploadInput(const QString &, const Api::ManagedInput &,
                                              const QString &)
{
    return new UnsupportedTransfer;
}

Api::PendingCall FakeNextmvService::listBatchExperiments(const QString &, QObject *context,
                                                         Callback<QList<Api::BatchExperiment>> done)
{
    return unsupported<QList<Api::BatchExperiment>>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::batchExperiment(const QString &, const QString &,
                                                    QObject *context,
                                                    Callback<Api::BatchExperiment> done)
{
    return unsupported<Api::BatchExperiment>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createBatchExperiment(const QString &,
                                                          const Api::BatchExperimentRequest &,
                                                          QObject *context, Callback<QString> done)
{
    return unsupported<QString>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::updateBatchExperiment(const QString &, const QString &,
                                                          const QString &, const QString &,
                                                          QObject *context,
                                                          Callback<Api::BatchExperiment> done)
{
    return unsupported<Api::BatchExperiment>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::deleteBatchExperiment(const QString &, const QString &,
                                                          QObject *context, Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::batchExperimentRuns(const QString &, const QString &,
                                                        QObject *context,
                                                        Callback<QList<Api::RunSummary>> done)
{
    return unsupported<QList<Api::RunSummary>>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::listAcceptanceTests(const QString &, QObject *context,
                                                        Callback<QList<Api::AcceptanceTest>> done)
{
    return unsupported<QList<Api::AcceptanceTest>>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::acceptanceTest(const QString &, const QString &,
                                                   QObject *context,
                                                   Callback<Api::AcceptanceTest> done)
{
    return unsupported<Api::AcceptanceTest>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createAcceptanceTest(const QString &,
                                                         const Api::AcceptanceTest &,
                                                         QObject *context,
                                                         Callback<Api::AcceptanceTest> done)
{
    return unsupported<Api::AcceptanceTest>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::updateAcceptanceTest(const QString &, const QString &,
                                                         const QString &, const QString &,
                                                         QObject *context,
                                                         Callback<Api::AcceptanceTest> done)
{
    return unsupported<Api::AcceptanceTest>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::deleteAcceptanceTest(const QString &, const QString &,
                                                         QObject *context, Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::listShadowTests(const QString &, QObject *context,
                                                    Callback<QList<Api::ShadowTest>> done)
{
    return unsupported<QList<Api::ShadowTest>>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::shadowTest(const QString &, const QString &, QObject *context,
                                               Callback<Api::ShadowTest> done)
{
    return unsupported<Api::ShadowTest>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createShadowTest(const QString &,
                                                     const Api::ShadowTestRequest &,
                                                     QObject *context,
                                                     Callback<Api::ShadowTest> done)
{
    return unsupported<Api::ShadowTest>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::listSwitchbackTests(const QString &, QObject *context,
                                                        Callback<QList<Api::SwitchbackTest>> done)
{
    return unsupported<QList<Api::SwitchbackTest>>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::switchbackTest(const QString &, const QString &,
                                                   QObject *context,
                                                   Callback<Api::SwitchbackTest> done)
{
    return unsupported<Api::SwitchbackTest>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createSwitchbackTest(const QString &,
                                                         const Api::SwitchbackTestRequest &,
                                                         QObject *context,
                                                         Callback<Api::SwitchbackTest> done)
{
    return unsupported<Api::SwitchbackTest>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::startOnlineTest(const QString &, Api::OnlineTestKind,
                                                    const QString &, QObject *context,
                                                    Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::stopOnlineTest(const QString &, Api::OnlineTestKind,
                                                   const QString &, Api::StopIntent,
                                                   QObject *context, Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::renameOnlineTest(const QString &, Api::OnlineTestKind,
                                                     const QString &, const QString &,
                                                     const QString &, QObject *context,
                                                     Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::deleteOnlineTest(const QString &, Api::OnlineTestKind,
                                                     const QString &, QObject *context,
                                                     Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::onlineTestRuns(const QString &, Api::OnlineTestKind,
                                                   const QString &, QObject *context,
                                                   Callback<QList<Api::RunSummary>> done)
{
    return unsupported<QList<Api::RunSummary>>(context, std::move(done));
}

Api::PendingCall
FakeNextmvService::listEnsembleDefinitions(const QString &, QObject *context,
                                           Callback<QList<Api::EnsembleDefinition>> done)
{
    return unsupported<QList<Api::EnsembleDefinition>>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::createEnsembleDefinition(const QString &,
                                                             const Api::EnsembleDefinition &,
                                                             QObject *context,
                                                             Callback<Api::EnsembleDefinition> done)
{
    return unsupported<Api::EnsembleDefinition>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::updateEnsembleDefinition(const QString &, const QString &,
                                                             const QString &, const QString &,
                                                             QObject *context,
                                                             Callback<Api::EnsembleDefinition> done)
{
    return unsupported<Api::EnsembleDefinition>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::deleteEnsembleDefinition(const QString &, const QString &,
                                                             QObject *context, Callback<bool> done)
{
    return unsupported<bool>(context, std::move(done));
}

Api::PendingCall FakeNextmvService::ensembleRunResult(const QString &, const QString &,
                                                      QObject *context,
                                                      Callback<Api::EnsembleRunResult> done)
{
    return unsupported<Api::EnsembleRunResult>(context, std::move(done));
}

} // namespace TestSupport
