// The real NextmvService over HTTP.
#include "nextmvclient.h"

#include "api/wire/createbody.h"
#include "api/wire/jsonobjectreader.h"
#include "api/wire/toplevelfield.h"
#include "apppush.h"
#include "runtransfers.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace Api {

namespace {

Result<QJsonDocument> parseJson(const HttpAnswer &answer)
{
    QJsonParseError error{};
    // Qt 6.4 refuses a bare top-level null, which some Nextmv lists answer when empty.
    if (answer.body.trimmed() == "null")
        return QJsonDocument();
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::decode(NextmvClient::tr("The server's answer is not valid JSON (%1 at byte "
                                              "%2).")
                                 .arg(error.errorString())
                                 .arg(error.offset));
    return doc;
}

template<typename T>
Result<T> decodeObject(const HttpAnswer &answer)
{
    auto doc = parseJson(answer);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::decode(NextmvClient::tr("The server's answer is not a JSON object."));
    auto decoded = T::fromJson(doc->object());
    if (!decoded)
        return Error::decode(NextmvClient::tr("The server's answer could not be read: %1")
                                 .arg(decoded.error().message));
    return decoded;
}

// The items of a listed array that can be read; each one that cannot is noted in `skipped`
// (with its place) and left out, so one odd item does not cost the whole list.
template<typename T>
QList<T> decodeItems(const QJsonArray &array, QStringList &skipped)
{
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = array.at(i).isObject()
            ? T::fromJson(array.at(i).toObject())
            : Result<T>(Error::decode(NextmvClient::tr("not a JSON object")));
        if (item)
            items.append(std::move(item).value());
        else
            skipped.append(NextmvClient::tr("item %1: %2").arg(i + 1).arg(item.error().message));
    }
    return items;
}

// Nextmv lists are bare arrays (null when empty, for some endpoints).
template<typename T>
Result<QList<T>> decodeArray(const HttpAnswer &answer, QStringList &skipped)
{
    auto doc = parseJson(answer);
    if (!doc)
        return doc.error();
    if (!doc->isArray() && !doc->isNull())
        return Error::decode(NextmvClient::tr("The server's answer is not a JSON list."));
    return decodeItems<T>(doc->array(), skipped);
}

// One page of an {"items": [...], "next_page_token": ...} list.
template<typename T>
Result<std::pair<QList<T>, QString>> decodeItemsPage(const HttpAnswer &answer, QStringList &skipped)
{
    auto doc = parseJson(answer);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::decode(NextmvClient::tr("The server's answer is not a JSON object."));
    const QJsonObject root = doc->object();
    return std::pair{decodeItems<T>(root.value(QStringLiteral("items")).toArray(), skipped),
                     root.value(QStringLiteral("next_page_token")).toString()};
}

Result<QList<RunSummary>> decodeRuns(const HttpAnswer &answer, QStringList &skipped)
{
    auto doc = parseJson(answer);
    if (!doc)
        return doc.error();
    return decodeItems<RunSummary>(doc->object().value(QStringLiteral("runs")).toArray(), skipped);
}

// For calls whose answer says nothing beyond its status.
Result<bool> succeededAtAll(const HttpAnswer &)
{
    return true;
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

NextmvClient::NextmvClient(QUrl baseUrl, QByteArray apiKey, QObject *parent)
    : NextmvService(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
{
    // Keep-alive connections are what makes paging fast; HTTP/2 is negotiated where offered.
    m_network.setAutoDeleteReplies(false);
    m_orderedDecoder.setMaxThreadCount(1);
    m_orderedDecoder.setObjectName(QStringLiteral("NextmvClient decoder"));
}

QString NextmvClient::appPath(const QString &appId, const QString &rest)
{
    return QStringLiteral("/v1/applications/") + encoded(appId) + rest;
}

HttpSpec NextmvClient::spec(const QByteArray &method, const QString &path,
                            const QString &query) const
{
    HttpSpec s;
    s.method = method;
    s.url = m_baseUrl;
    // The API lives at the host root, as the Nextmv SDK assumes: a path in the base is dropped.
    s.url.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty())
        s.url.setQuery(query);
    s.retryable = method == "GET";
    s.timeoutMs = m_timeoutMs;
    return s;
}

HttpCall *NextmvClient::newCall(HttpSpec spec)
{
    auto *call = new HttpCall(m_network, std::move(spec), m_apiKey, this);
    call->takeEarlyRepliesFrom(&m_earlyReplies);
    connect(call, &HttpCall::reachability, this, &NextmvClient::setReachable);
    return call;
}

void NextmvClient::sendAhead(const QString &appId)
{
    QStringList paths{QStringLiteral("/v1/applications")};
    if (!appId.isEmpty())
        paths << appPath(appId, QStringLiteral("/runs"))
              << appPath(appId, QStringLiteral("/instances"));
    for (const QString &path : std::as_const(paths)) {
        m_earlyReplies.add(m_network.sendCustomRequest(
            HttpCall::networkRequest(spec("GET", path), m_apiKey), "GET"));
    }
}

void NextmvClient::setReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachabilityChanged(reachable);
}

namespace {
// Below this an answer decodes in well under a frame on the GUI thread.
constexpr qsizetype offThreadDecodeBytes = 256 * 1024;
} // namespace

template<typename T>
PendingCall NextmvClient::send(HttpSpec spec, QObject *context, Callback<T> done,
                               std::function<Result<T>(const HttpAnswer &)> decode, DecodeOn where,
                               std::function<void(const HttpAnswer &)> beforeDecode)
{
    HttpCall *call = newCall(std::move(spec));
    // The context owns the callback: once it is gone, the call is stopped and never reports.
    connect(context, &QObject::destroyed, call, &HttpCall::abort);
    connect(
        call, &HttpCall::succeeded, context,
        [this, call, context, done, decode, where, beforeDecode](const HttpAnswer &answer) {
            const auto deliver = [this, done](const Result<T> &result) {
                if (!result)
                    Q_EMIT requestFailed(result.error());
                done(result);
            };
            if (beforeDecode) {
                beforeDecode(answer);
                if (call->isAborted())
                    return;
            }
            if (where == DecodeOn::CallerUnlessLarge && answer.body.size() < offThreadDecodeBytes) {
                deliver(decode(answer));
                return;
            }
            // Large answers (a big experiment's summaries) are parsed on a worker thread,
            // so the window keeps painting; the result comes back on this thread. The call
            // lives until then, so cancel() (or the context going away) still stops it.
            call->deferDeletion();
            auto *watcher = new QFutureWatcher<Result<T>>(call);
            connect(watcher, &QFutureWatcherBase::finished, context, [call, watcher, deliver] {
                if (!call->isAborted()) // canceled while decoding: never call back
                    deliver(watcher->result());
                call->deleteLater();
            });
            QThreadPool *pool = where == DecodeOn::OrderedWorker ? &m_orderedDecoder
                                                                 : QThreadPool::globalInstance();
            watcher->setFuture(
                QtConcurrent::run(pool, [decode, answer] { return decode(answer); }));
        });
    connect(call, &HttpCall::failed, context, [this, done](const Error &error, const HttpAnswer &) {
        Q_EMIT requestFailed(error);
        done(error);
    });
    call->start();
    return PendingCall(call);
}

template<typename T>
PendingCall NextmvClient::getList(const QString &path, QObject *context, Callback<QList<T>> done,
                                  const QString &query)
{
    auto skipped = std::make_shared<QStringList>();
    return send<QList<T>>(
        spec("GET", path, query), context, reportingSkipped(skipped, std::move(done)),
        [skipped](const HttpAnswer &answer) { return decodeArray<T>(answer, *skipped); });
}

template<typename T>
PendingCall NextmvClient::sendObject(const QByteArray &method, const QString &path,
                                     const QJsonObject &body, QObject *context, Callback<T> done)
{
    HttpSpec s = spec(method, path);
    s.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send<T>(std::move(s), context, std::move(done), decodeObject<T>);
}

PendingCall NextmvClient::deleteAt(const QString &path, QObject *context, Callback<bool> done)
{
    return send<bool>(spec("DELETE", path), context, std::move(done), succeededAtAll);
}

template<typename T>
NextmvService::Callback<T> NextmvClient::reportingSkipped(std::shared_ptr<QStringList> skipped,
                                                          Callback<T> done)
{
    // Filled by the decoder (maybe on a worker thread) before this runs on the caller's.
    return [this, skipped, done](const Result<T> &result) {
        if (result && !skipped->isEmpty())
            Q_EMIT requestFailed(
                Error::decode(tr("%n listed item(s) could not be read and are left out (%1).",
                                 nullptr, int(skipped->size()))
                                  .arg(skipped->join(QStringLiteral("; ")))));
        done(result);
    };
}

template<typename T>
PendingCall NextmvClient::getItems(const QString &path, QObject *context, Callback<QList<T>> done)
{
    // The pages share one context of their own: canceling the chain deletes it, which stops
    // whichever page is in flight (PendingCall::cancel), and so does the caller's context going.
    auto *chain = new QObject(context);
    getItemsFrom<T>(path, {}, {}, chain, std::move(done));
    return PendingCall(chain);
}

template<typename T>
void NextmvClient::getItemsFrom(const QString &path, const QString &pageToken, QList<T> fetched,
                                QObject *chain, Callback<QList<T>> done)
{
    using Page = std::pair<QList<T>, QString>;
    const QString query =
        pageToken.isEmpty() ? QString() : QStringLiteral("pagetoken=") + encoded(pageToken);
    auto skipped = std::make_shared<QStringList>();
    send<Page>(
        spec("GET", path, query), chain,
        reportingSkipped<Page>(skipped,
                               [this, path, fetched, chain, done](const Result<Page> &page) {
                                   if (!page) {
                                       done(page.error());
                                       chain->deleteLater();
                                       return;
                                   }
                                   QList<T> all = fetched + page->first;
                                   // A page that brings nothing new would loop for ever: stop with
                                   // what came.
                                   if (page->second.isEmpty() || all.size() == fetched.size()) {
                                       done(all);
                                       chain->deleteLater();
                                       return;
                                   }
                                   getItemsFrom<T>(path, page->second, std::move(all), chain, done);
                               }),
        [skipped](const HttpAnswer &answer) { return decodeItemsPage<T>(answer, *skipped); });
}

PendingCall NextmvClient::getRuns(const QString &path, QObject *context,
                                  Callback<QList<RunSummary>> done)
{
    auto skipped = std::make_shared<QStringList>();
    return send<QList<RunSummary>>(
        spec("GET", path), context, reportingSkipped(skipped, std::move(done)),
        [skipped](const HttpAnswer &answer) { return decodeRuns(answer, *skipped); });
}

PendingCall NextmvClient::listApplications(QObject *context, Callback<QList<Application>> done)
{
    return getList<Application>(QStringLiteral("/v1/applications"), context, std::move(done));
}

PendingCall NextmvClient::createApplication(const Application &app, QObject *context,
                                            Callback<Application> done)
{
    QJsonObject body{{QStringLiteral("id"), app.id},
                     {QStringLiteral("name"), app.name},
                     {QStringLiteral("description"), app.description}};
    completeIdAndName(body, QStringLiteral("app"));
    return sendObject<Application>("POST", QStringLiteral("/v1/applications"), body, context,
                                   std::move(done));
}

PendingCall NextmvClient::updateApplication(const Application &app, QObject *context,
                                            Callback<Application> done)
{
    return sendObject<Application>("PUT", appPath(app.id), app.toJson(), context, std::move(done));
}

PendingCall NextmvClient::deleteApplication(const QString &appId, QObject *context,
                                            Callback<bool> done)
{
    return deleteAt(appPath(appId), context, std::move(done));
}

PendingCall NextmvClient::listInstances(const QString &appId, QObject *context,
                                        Callback<QList<Instance>> done)
{
    return getList<Instance>(appPath(appId, QStringLiteral("/instances")), context,
                             std::move(done));
}

PendingCall NextmvClient::createInstance(const QString &appId, const Instance &instance,
                                         QObject *context, Callback<Instance> done)
{
    QJsonObject body = instance.toCreateJson();
    completeIdAndName(body, QStringLiteral("instance"));
    return sendObject<Instance>("POST", appPath(appId, QStringLiteral("/instances")), body, context,
                                std::move(done));
}

PendingCall NextmvClient::updateInstance(const Instance &instance, QObject *context,
                                         Callback<Instance> done)
{
    return sendObject<Instance>(
        "PUT",
        appPath(instance.applicationId, QStringLiteral("/instances/") + encoded(instance.id)),
        instance.toJson(), context, std::move(done));
}

PendingCall NextmvClient::deleteInstance(const QString &appId, const QString &instanceId,
                                         QObject *context, Callback<bool> done)
{
    return deleteAt(appPath(appId, QStringLiteral("/instances/") + encoded(instanceId)), context,
                    std::move(done));
}

PendingCall NextmvClient::listVersions(const QString &appId, QObject *context,
                                       Callback<QList<Version>> done)
{
    return getList<Version>(appPath(appId, QStringLiteral("/versions")), context, std::move(done));
}

PendingCall NextmvClient::createVersion(const QString &appId, const Version &version,
                                        QObject *context, Callback<Version> done)
{
    QJsonObject body{{QStringLiteral("id"), version.id},
                     {QStringLiteral("name"), version.name},
                     {QStringLiteral("description"), version.description}};
    completeIdAndName(body, QStringLiteral("version"));
    return sendObject<Version>("POST", appPath(appId, QStringLiteral("/versions")), body, context,
                               std::move(done));
}

PendingCall NextmvClient::updateVersion(const Version &version, QObject *context,
                                        Callback<Version> done)
{
    return sendObject<Version>(
        "PUT", appPath(version.applicationId, QStringLiteral("/versions/") + encoded(version.id)),
        version.toJson(), context, std::move(done));
}

PendingCall NextmvClient::deleteVersion(const QString &appId, const QString &versionId,
                                        QObject *context, Callback<bool> done)
{
    return deleteAt(appPath(appId, QStringLiteral("/versions/") + encoded(versionId)), context,
                    std::move(done));
}

PendingCall NextmvClient::listInputs(const QString &appId, QObject *context,
                                     Callback<QList<ManagedInput>> done)
{
    return getList<ManagedInput>(appPath(appId, QStringLiteral("/inputs")), context,
                                 std::move(done));
}

PendingCall NextmvClient::createInput(const QString &appId, const ManagedInput &input,
                                      QObject *context, Callback<ManagedInput> done)
{
    return sendObject<ManagedInput>("POST", appPath(appId, QStringLiteral("/inputs")),
                                    input.toCreateJson(), context, std::move(done));
}

PendingCall NextmvClient::updateInput(const ManagedInput &input, QObject *context,
                                      Callback<ManagedInput> done)
{
    QJsonObject body = input.toJson();
    body.remove(QStringLiteral("size")); // what our server reports, not a field the API takes
    return sendObject<ManagedInput>(
        "PUT", appPath(input.appId, QStringLiteral("/inputs/") + encoded(input.id)), body, context,
        std::move(done));
}

PendingCall NextmvClient::deleteInput(const QString &appId, const QString &inputId,
                                      QObject *context, Callback<bool> done)
{
    return deleteAt(appPath(appId, QStringLiteral("/inputs/") + encoded(inputId)), context,
                    std::move(done));
}

PendingCall NextmvClient::inputContent(const QString &appId, const QString &inputId,
                                       QObject *context, Callback<QByteArray> done)
{
    return send<QByteArray>(
        spec("GET",
             appPath(appId,
                     QStringLiteral("/inputs/") + encoded(inputId) + QStringLiteral("/content"))),
        context, std::move(done),
        [](const HttpAnswer &answer) -> Result<QByteArray> { return answer.body; });
}

PendingCall NextmvClient::listInputSets(const QString &appId, QObject *context,
                                        Callback<QList<InputSet>> done)
{
    return getList<InputSet>(appPath(appId, QStringLiteral("/experiments/inputsets")), context,
                             std::move(done));
}

PendingCall NextmvClient::createInputSet(const QString &appId, const InputSetRequest &request,
                                         QObject *context, Callback<InputSet> done)
{
    QJsonObject body = request.toJson();
    completeIdAndName(body, QStringLiteral("input-set"));
    return sendObject<InputSet>("POST", appPath(appId, QStringLiteral("/experiments/inputsets")),
                                body, context, std::move(done));
}

PendingCall NextmvClient::updateInputSet(const InputSet &set, QObject *context,
                                         Callback<InputSet> done)
{
    return sendObject<InputSet>(
        "PUT", appPath(set.appId, QStringLiteral("/experiments/inputsets/") + encoded(set.id)),
        set.toJson(), context, std::move(done));
}

PendingCall NextmvClient::deleteInputSet(const QString &appId, const QString &setId,
                                         QObject *context, Callback<bool> done)
{
    return deleteAt(appPath(appId, QStringLiteral("/experiments/inputsets/") + encoded(setId)),
                    context, std::move(done));
}

PendingCall NextmvClient::listBatchExperiments(const QString &appId, QObject *context,
                                               Callback<QList<BatchExperiment>> done)
{
    // Without the type the cloud may list scenario tests with them, as the SDK asks.
    return getList<BatchExperiment>(appPath(appId, QStringLiteral("/experiments/batch")), context,
                                    std::move(done), QStringLiteral("type=batch"));
}

PendingCall NextmvClient::batchExperiment(const QString &appId, const QString &id, QObject *context,
                                          Callback<BatchExperiment> done)
{
    return send<BatchExperiment>(
        spec("GET", appPath(appId, QStringLiteral("/experiments/batch/") + encoded(id))), context,
        std::move(done), decodeObject<BatchExperiment>);
}

PendingCall NextmvClient::createBatchExperiment(const QString &appId,
                                                const BatchExperimentRequest &request,
                                                QObject *context, Callback<QString> done)
{
    HttpSpec s = spec("POST", appPath(appId, QStringLiteral("/experiments/batch")));
    s.body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return send<QString>(std::move(s), context, std::move(done),
                         [](const HttpAnswer &answer) -> Result<QString> {
                             const QString id = QJsonDocument::fromJson(answer.body)
                                                    .object()
                                                    .value(QStringLiteral("id"))
                                                    .toString();
                             if (id.isEmpty())
                                 return Error::decode(tr("The server did not return the "
                                                         "experiment's ID."));
                             return id;
                         });
}

PendingCall NextmvClient::updateBatchExperiment(const QString &appId, const QString &id,
                                                const QString &name, const QString &description,
                                                QObject *context, Callback<BatchExperiment> done)
{
    return sendObject<BatchExperiment>(
        "PATCH", appPath(appId, QStringLiteral("/experiments/batch/") + encoded(id)),
        {{QStringLiteral("name"), name}, {QStringLiteral("description"), description}}, context,
        std::move(done));
}

PendingCall NextmvClient::deleteBatchExperiment(const QString &appId, const QString &id,
                                                QObject *context, Callback<bool> done)
{
    return deleteAt(appPath(appId, QStringLiteral("/experiments/batch/") + encoded(id)), context,
                    std::move(done));
}

PendingCall NextmvClient::batchExperimentRuns(const QString &appId, const QString &id,
                                              QObject *context, Callback<QList<RunSummary>> done)
{
    return getRuns(
        appPath(appId,
                QStringLiteral("/experiments/batch/") + encoded(id) + QStringLiteral("/runs")),
        context, std::move(done));
}

PendingCall NextmvClient::listAcceptanceTests(const QString &appId, QObject *context,
                                              Callback<QList<AcceptanceTest>> done)
{
    return getList<AcceptanceTest>(appPath(appId, QStringLiteral("/experiments/acceptance")),
                                   context, std::move(done));
}

PendingCall NextmvClient::acceptanceTest(const QString &appId, const QString &id, QObject *context,
                                         Callback<AcceptanceTest> done)
{
    return send<AcceptanceTest>(
        spec("GET", appPath(appId, QStringLiteral("/experiments/acceptance/") + encoded(id))),
        context, std::move(done), decodeObject<AcceptanceTest>);
}

PendingCall NextmvClient::createAcceptanceTest(const QString &appId, const AcceptanceTest &test,
                                               QObject *context, Callback<AcceptanceTest> done)
{
    QJsonObject body = test.toRequestJson();
    completeIdAndName(body, QStringLiteral("acceptance"));
    return sendObject<AcceptanceTest>("POST",
                                      appPath(appId, QStringLiteral("/experiments/acceptance")),
                                      body, context, std::move(done));
}

PendingCall NextmvClient::updateAcceptanceTest(const QString &appId, const QString &id,
                                               const QString &name, const QString &description,
                                               QObject *context, Callback<AcceptanceTest> done)
{
    return sendObject<AcceptanceTest>(
        "PATCH", appPath(appId, QStringLiteral("/experiments/acceptance/") + encoded(id)),
        {{QStringLiteral("name"), name}, {QStringLiteral("description"), description}}, context,
        std::move(done));
}

PendingCall NextmvClient::deleteAcceptanceTest(const QString &appId, const QString &id,
                                               QObject *context, Callback<bool> done)
{
    return deleteAt(appPath(appId, QStringLiteral("/experiments/acceptance/") + encoded(id)),
                    context, std::move(done));
}

QString NextmvClient::onlineTestPath(const QString &appId, OnlineTestKind kind, const QString &id)
{
    const QString collection = kind == OnlineTestKind::Shadow
        ? QStringLiteral("/experiments/shadow")
        : QStringLiteral("/experiments/switchback");
    return appPath(appId, id.isEmpty() ? collection : collection + QLatin1Char('/') + encoded(id));
}

PendingCall NextmvClient::listShadowTests(const QString &appId, QObject *context,
                                          Callback<QList<ShadowTest>> done)
{
    return getList<ShadowTest>(onlineTestPath(appId, OnlineTestKind::Shadow), context,
                               std::move(done));
}

PendingCall NextmvClient::shadowTest(const QString &appId, const QString &id, QObject *context,
                                     Callback<ShadowTest> done)
{
    return send<ShadowTest>(spec("GET", onlineTestPath(appId, OnlineTestKind::Shadow, id)), context,
                            std::move(done), decodeObject<ShadowTest>);
}

PendingCall NextmvClient::createShadowTest(const QString &appId, const ShadowTestRequest &request,
                                           QObject *context, Callback<ShadowTest> done)
{
    QJsonObject body = request.toJson();
    completeIdAndName(body, QStringLiteral("shadow"));
    return sendObject<ShadowTest>("POST", onlineTestPath(appId, OnlineTestKind::Shadow), body,
                                  context, std::move(done));
}

PendingCall NextmvClient::listSwitchbackTests(const QString &appId, QObject *context,
                                              Callback<QList<SwitchbackTest>> done)
{
    return getItems<SwitchbackTest>(onlineTestPath(appId, OnlineTestKind::Switchback), context,
                                    std::move(done));
}

PendingCall NextmvClient::switchbackTest(const QString &appId, const QString &id, QObject *context,
                                         Callback<SwitchbackTest> done)
{
    return send<SwitchbackTest>(spec("GET", onlineTestPath(appId, OnlineTestKind::Switchback, id)),
                                context, std::move(done), decodeObject<SwitchbackTest>);
}

PendingCall NextmvClient::createSwitchbackTest(const QString &appId,
                                               const SwitchbackTestRequest &request,
                                               QObject *context, Callback<SwitchbackTest> done)
{
    QJsonObject body = request.toJson();
    completeIdAndName(body, QStringLiteral("switchback"));
    return sendObject<SwitchbackTest>("POST", onlineTestPath(appId, OnlineTestKind::Switchback),
                                      body, context, std::move(done));
}

PendingCall NextmvClient::startOnlineTest(const QString &appId, OnlineTestKind kind,
                                          const QString &id, QObject *context, Callback<bool> done)
{
    return send<bool>(spec("PUT", onlineTestPath(appId, kind, id) + QStringLiteral("/start")),
                      context, std::move(done), succeededAtAll);
}

PendingCall NextmvClient::stopOnlineTest(const QString &appId, OnlineTestKind kind,
                                         const QString &id, StopIntent intent, QObject *context,
                                         Callback<bool> done)
{
    HttpSpec s = spec("PUT", onlineTestPath(appId, kind, id) + QStringLiteral("/stop"));
    s.body = QJsonDocument(QJsonObject{{QStringLiteral("intent"),
                                        intent == StopIntent::Cancel ? QStringLiteral("cancel")
                                                                     : QStringLiteral("complete")}})
                 .toJson(QJsonDocument::Compact);
    return send<bool>(std::move(s), context, std::move(done), succeededAtAll);
}

PendingCall NextmvClient::renameOnlineTest(const QString &appId, OnlineTestKind kind,
                                           const QString &id, const QString &name,
                                           const QString &description, QObject *context,
                                           Callback<bool> done)
{
    HttpSpec s = spec("PATCH", onlineTestPath(appId, kind, id));
    s.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                       {QStringLiteral("description"), description}})
                 .toJson(QJsonDocument::Compact);
    return send<bool>(std::move(s), context, std::move(done), succeededAtAll);
}

PendingCall NextmvClient::deleteOnlineTest(const QString &appId, OnlineTestKind kind,
                                           const QString &id, QObject *context, Callback<bool> done)
{
    return deleteAt(onlineTestPath(appId, kind, id), context, std::move(done));
}

PendingCall NextmvClient::onlineTestRuns(const QString &appId, OnlineTestKind kind,
                                         const QString &id, QObject *context,
                                         Callback<QList<RunSummary>> done)
{
    return getRuns(onlineTestPath(appId, kind, id) + QStringLiteral("/runs"), context,
                   std::move(done));
}

PendingCall NextmvClient::listEnsembleDefinitions(const QString &appId, QObject *context,
                                                  Callback<QList<EnsembleDefinition>> done)
{
    return getItems<EnsembleDefinition>(appPath(appId, QStringLiteral("/ensembles")), context,
                                        std::move(done));
}

PendingCall NextmvClient::createEnsembleDefinition(const QString &appId,
                                                   const EnsembleDefinition &definition,
                                                   QObject *context,
                                                   Callback<EnsembleDefinition> done)
{
    return sendObject<EnsembleDefinition>("POST", appPath(appId, QStringLiteral("/ensembles")),
                                          definition.toRequestJson(), context, std::move(done));
}

PendingCall NextmvClient::updateEnsembleDefinition(const QString &appId, const QString &id,
                                                   const QString &name, const QString &description,
                                                   QObject *context,
                                                   Callback<EnsembleDefinition> done)
{
    return sendObject<EnsembleDefinition>(
        "PATCH", appPath(appId, QStringLiteral("/ensembles/") + encoded(id)),
        {{QStringLiteral("name"), name}, {QStringLiteral("description"), description}}, context,
        std::move(done));
}

PendingCall NextmvClient::deleteEnsembleDefinition(const QString &appId, const QString &id,
                                                   QObject *context, Callback<bool> done)
{
    return deleteAt(appPath(appId, QStringLiteral("/ensembles/") + encoded(id)), context,
                    std::move(done));
}

PendingCall NextmvClient::ensembleRunResult(const QString &appId, const QString &runId,
                                            QObject *context, Callback<EnsembleRunResult> done)
{
    // Not part of the cloud's API (its path for this is unknown): nextdesk-server's extension.
    return send<EnsembleRunResult>(
        spec("GET",
             QStringLiteral("/nextdesk") +
                 appPath(appId,
                         QStringLiteral("/runs/") + encoded(runId) + QStringLiteral("/ensemble"))),
        context, std::move(done), decodeObject<EnsembleRunResult>);
}

PendingCall NextmvClient::listRuns(const QString &appId, const QString &pageToken, QObject *context,
                                   Callback<RunPage> done, NextPageKnown nextPageKnown)
{
    const QString query =
        pageToken.isEmpty() ? QString() : QStringLiteral("pagetoken=") + encoded(pageToken);
    auto skipped = std::make_shared<QStringList>();
    return send<RunPage>(
        spec("GET", appPath(appId, QStringLiteral("/runs")), query), context,
        reportingSkipped(skipped, std::move(done)),
        [skipped](const HttpAnswer &answer) -> Result<RunPage> {
            if (std::optional<RunPage> page = RunPage::readCommonShape(answer.body))
                return std::move(*page);
            auto doc = parseJson(answer);
            if (!doc)
                return doc.error();
            const QJsonObject root = doc->object();
            RunPage page;
            page.runs =
                decodeItems<RunSummary>(root.value(QStringLiteral("runs")).toArray(), *skipped);
            page.nextPageToken = root.value(QStringLiteral("next_page_token")).toString();
            return page;
        },
        // Paging on, decoding a page takes longer than the server takes for the
        // next one: the token is read first, so that the page after it is on its
        // way while this one decodes, off the window's thread. The first page is
        // what the user waits for: decoded at once, without a hop through a
        // thread and back through a window that may be painting meanwhile.
        pageToken.isEmpty() ? DecodeOn::CallerUnlessLarge : DecodeOn::OrderedWorker,
        [nextPageKnown](const HttpAnswer &answer) {
            if (!nextPageKnown)
                return;
            if (const auto token = topLevelStringField(answer.body, "next_page_token"))
                nextPageKnown(*token);
        });
}

PendingCall NextmvClient::accountQueue(QObject *context, Callback<QList<RunSummary>> done)
{
    auto skipped = std::make_shared<QStringList>();
    return send<QList<RunSummary>>(
        spec("GET", QStringLiteral("/v1/account/queue")), context,
        reportingSkipped(skipped, std::move(done)),
        [skipped](const HttpAnswer &answer) -> Result<QList<RunSummary>> {
            auto doc = parseJson(answer);
            if (!doc)
                return doc.error();
            return decodeItems<RunSummary>(doc->object().value(QStringLiteral("runs")).toArray(),
                                           *skipped);
        });
}

PendingCall NextmvClient::runMetadata(const QString &appId, const QString &runId, QObject *context,
                                      Callback<RunInformation> done)
{
    return send<RunInformation>(
        spec("GET",
             appPath(appId,
                     QStringLiteral("/runs/") + encoded(runId) + QStringLiteral("/metadata"))),
        context, std::move(done), decodeObject<RunInformation>);
}

PendingCall NextmvClient::runOutput(const QString &appId, const QString &runId, QObject *context,
                                    Callback<QByteArray> done)
{
    return send<QByteArray>(
        spec("GET", appPath(appId, QStringLiteral("/runs/") + encoded(runId))), context,
        std::move(done), [](const HttpAnswer &answer) -> Result<QByteArray> {
            auto doc = parseJson(answer);
            if (!doc)
                return doc.error();
            const QJsonValue output = doc->object().value(QStringLiteral("output"));
            if (output.isUndefined())
                return Error::decode(tr("The run has no output."));
            if (output.isObject() && output.toObject().size() == 1 &&
                output.toObject().contains(QStringLiteral("url")))
                return Error::decode(tr("The output is large; download it to a file instead."));
            return output.isObject()
                ? QJsonDocument(output.toObject()).toJson(QJsonDocument::Indented)
                : output.isArray() ? QJsonDocument(output.toArray()).toJson(QJsonDocument::Indented)
                                   : output.toVariant().toString().toUtf8();
        });
}

PendingCall NextmvClient::runInput(const QString &appId, const QString &runId, QObject *context,
                                   Callback<QByteArray> done)
{
    return send<QByteArray>(
        spec("GET",
             appPath(appId, QStringLiteral("/runs/") + encoded(runId) + QStringLiteral("/input"))),
        context, std::move(done),
        [](const HttpAnswer &answer) -> Result<QByteArray> { return answer.body; });
}

PendingCall NextmvClient::runLogs(const QString &appId, const QString &runId, QObject *context,
                                  Callback<QString> done)
{
    return send<QString>(
        spec("GET",
             appPath(appId, QStringLiteral("/runs/") + encoded(runId) + QStringLiteral("/logs"))),
        context, std::move(done), [](const HttpAnswer &answer) -> Result<QString> {
            auto doc = parseJson(answer);
            if (!doc)
                return doc.error();
            return doc->object().value(QStringLiteral("log")).toString();
        });
}

PendingCall NextmvClient::liveLogs(const QString &appId, const QString &runId, const QString &since,
                                   QObject *context, Callback<LogLinePage> done)
{
    const QString query = since.isEmpty() ? QString() : QStringLiteral("since=") + encoded(since);
    return send<LogLinePage>(
        spec("GET",
             appPath(appId,
                     QStringLiteral("/runs/") + encoded(runId) + QStringLiteral("/logs/live")),
             query),
        context, std::move(done), [since](const HttpAnswer &answer) -> Result<LogLinePage> {
            auto doc = parseJson(answer);
            if (!doc)
                return doc.error();
            JsonObjectReader r(doc->object());
            LogLinePage page;
            for (const QJsonValue &v : r.array(QStringLiteral("items"))) {
                JsonObjectReader item(v.toObject());
                page.lines.append({item.timestamp(QStringLiteral("timestamp")),
                                   item.string(QStringLiteral("log"))});
            }
            page.nextToken = r.string(QStringLiteral("next_page_token"), since);
            page.status = runStatusFromString(r.string(QStringLiteral("status_v2")))
                              .value_or(RunStatus::None);
            page.nextAvailableInSeconds =
                int(r.integer(QStringLiteral("next_available_in_seconds"), 1));
            return page;
        });
}

PendingCall NextmvClient::createRun(const QString &appId, const QString &instanceId,
                                    const RunRequest &request, QObject *context,
                                    Callback<QString> done)
{
    HttpSpec s = spec("POST", appPath(appId, QStringLiteral("/runs")),
                      instanceId.isEmpty() ? QString()
                                           : QStringLiteral("instance_id=") + encoded(instanceId));
    s.body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return send<QString>(
        std::move(s), context, std::move(done), [](const HttpAnswer &answer) -> Result<QString> {
            auto doc = parseJson(answer);
            if (!doc)
                return doc.error();
            const QString id = doc->object().value(QStringLiteral("run_id")).toString();
            if (id.isEmpty())
                return Error::decode(tr("The server did not return a run ID."));
            return id;
        });
}

PendingCall NextmvClient::updateRun(const QString &appId, const QString &runId, const QString &name,
                                    const QString &description, QObject *context,
                                    Callback<RunInformation> done)
{
    HttpSpec s = spec("PUT", appPath(appId, QStringLiteral("/runs/") + encoded(runId)));
    s.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                       {QStringLiteral("description"), description}})
                 .toJson(QJsonDocument::Compact);
    return send<RunInformation>(std::move(s), context, std::move(done),
                                [](const HttpAnswer &answer) -> Result<RunInformation> {
                                    // Nextmv Cloud does not document this answer's body.
                                    if (answer.body.trimmed().isEmpty())
                                        return RunInformation{};
                                    return decodeObject<RunInformation>(answer);
                                });
}

PendingCall NextmvClient::cancelRun(const QString &appId, const QString &runId, QObject *context,
                                    Callback<bool> done)
{
    return send<bool>(
        spec("PATCH",
             appPath(appId, QStringLiteral("/runs/") + encoded(runId) + QStringLiteral("/cancel"))),
        context, std::move(done), succeededAtAll);
}

PendingCall NextmvClient::deleteRun(const QString &appId, const QString &runId, QObject *context,
                                    Callback<bool> done)
{
    return deleteAt(appPath(appId, QStringLiteral("/runs/") + encoded(runId)), context,
                    [this, done](const Result<bool> &deleted) {
                        // Nextmv's reference does not confirm this call: a server that has no
                        // such method says so once, and the action goes away.
                        const int status = deleted ? 0 : deleted.error().httpStatus;
                        if (status == 405 || status == 501) {
                            dropFeature(ServerFeature::RunDelete);
                            Error error = deleted.error();
                            error.message = tr("This server does not delete runs.");
                            done(error);
                            return;
                        }
                        done(deleted);
                    });
}

void NextmvClient::discoverFeatures()
{
    HttpCall *call = newCall(spec("GET", serverInfoPath));
    connect(call, &HttpCall::succeeded, this, [this](const HttpAnswer &answer) {
        QSet<ServerFeature> features;
        const QJsonArray listed = QJsonDocument::fromJson(answer.body)
                                      .object()
                                      .value(QStringLiteral("features"))
                                      .toArray();
        for (const QJsonValue &name : listed) {
            if (const auto feature = serverFeatureFromWireName(name.toString()))
                features.insert(*feature);
        }
        setFeatures(features);
    });
    connect(call, &HttpCall::failed, this, [this](const Error &error, const HttpAnswer &) {
        // No such route: a server that does not describe itself, such as Nextmv Cloud. Other
        // failures (unreachable, wrong key) say nothing about features and are reported by
        // the calls that follow.
        if (error.httpStatus == 404 || error.httpStatus == 405)
            setFeatures(baselineServerFeatures());
    });
    call->start();
}

Transfer *NextmvClient::submitRun(const QString &appId, const QString &instanceId,
                                  const RunInputSource &input, const RunRequest &request)
{
    return reportingFailures(new RunSubmission(*this, appId, instanceId, input, request));
}

Transfer *NextmvClient::downloadRunOutput(const QString &appId, const QString &runId,
                                          const QString &filePath)
{
    return new PayloadDownload(*this, appId, runId, PayloadDownload::Payload::Output, filePath);
}

Transfer *NextmvClient::reportingFailures(Transfer *transfer)
{
    connect(transfer, &Transfer::finished, this, [this, transfer] {
        if (transfer->state() == Transfer::State::Failed)
            Q_EMIT requestFailed(transfer->error());
    });
    return transfer;
}

Transfer *NextmvClient::pushApp(const QString &appId, const QString &path)
{
    return reportingFailures(new AppPush(*this, appId, path));
}

Transfer *NextmvClient::uploadInput(const QString &appId, const ManagedInput &input,
                                    const QString &filePath)
{
    return reportingFailures(new InputUpload(*this, appId, input, filePath));
}

Transfer *NextmvClient::downloadRunInput(const QString &appId, const QString &runId,
                                         const QString &filePath)
{
    return new PayloadDownload(*this, appId, runId, PayloadDownload::Payload::Input, filePath);
}

} // namespace Api
