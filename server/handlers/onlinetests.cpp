// Shadow and switchback tests: their shared lifecycle, routing and routes.
#include "onlinetests.h"

#include "api/dto/experimentstatus.h"
#include "api/wire/jsonobjectreader.h"
#include "api/wire/rfc3339.h"
#include "server/execution/runexecutor.h"

namespace Server {

namespace {

const QList<const OnlineTestKind *> &allKinds()
{
    static const QList<const OnlineTestKind *> kinds{&shadowTestKind(), &switchbackTestKind()};
    return kinds;
}

Api::ExperimentStatus statusOf(const QJsonObject &doc)
{
    return Api::experimentStatusFromString(doc.value(QStringLiteral("status")).toString());
}

QString idOf(const QJsonObject &doc)
{
    return doc.value(QStringLiteral("id")).toString();
}

void setStatus(QJsonObject &doc, Api::ExperimentStatus status, const QDateTime &now)
{
    const QString time = Api::Rfc3339::format(now);
    doc.insert(QStringLiteral("status"), Api::toString(status));
    doc.insert(QStringLiteral("updated_at"), time);
    if (status == Api::ExperimentStatus::Started)
        doc.insert(QStringLiteral("started_at"), time);
    if (status == Api::ExperimentStatus::Completed || status == Api::ExperimentStatus::Canceled)
        doc.insert(QStringLiteral("completed_at"), time);
}

void save(ServerContext &ctx, const OnlineTestKind &kind, const QString &appId,
          const QJsonObject &doc)
{
    if (auto stored = kind.docs.update(ctx.store, appId, doc); !stored)
        qWarning("nextdesk-server: %s", qPrintable(stored.error().message));
}

// Ends a started or stopping test: "cancel" at once (canceling the runs the kind owns),
// "complete" once every run of the test has ended (stopping until then).
QJsonObject endTest(ServerContext &ctx, const OnlineTestKind &kind, const QString &appId,
                    QJsonObject doc, bool cancel)
{
    const QString key = kind.docs.key(idOf(doc));
    if (cancel) {
        // Saved first: canceling a queued run reports its end at once, and that report must
        // find the test already canceled.
        setStatus(doc, Api::ExperimentStatus::Canceled, ctx.clock.now());
        save(ctx, kind, appId, doc);
        if (!kind.cancelRole.isEmpty()) {
            for (const RunRecord &run : ctx.store.experimentRuns(appId, key)) {
                if (run.experimentRole == kind.cancelRole &&
                    !Api::isTerminal(run.info.metadata.status))
                    ctx.executor.cancel(run.info.id);
            }
        }
        return doc;
    }
    const ExperimentRunCounts counts = ctx.store.experimentRunCounts(appId, key);
    setStatus(doc,
              counts.unfinished() > 0 ? Api::ExperimentStatus::Stopping
                                      : Api::ExperimentStatus::Completed,
              ctx.clock.now());
    save(ctx, kind, appId, doc);
    return doc;
}

// Applies what the clock and the runs say: a started test that is due ends, a stopping test
// whose runs have all ended completes.
QJsonObject refresh(ServerContext &ctx, const OnlineTestKind &kind, const QString &appId,
                    QJsonObject doc)
{
    const Api::ExperimentStatus status = statusOf(doc);
    if (status != Api::ExperimentStatus::Started && status != Api::ExperimentStatus::Stopping)
        return doc;
    const ExperimentRunCounts counts =
        ctx.store.experimentRunCounts(appId, kind.docs.key(idOf(doc)));
    if (status == Api::ExperimentStatus::Started) {
        if (kind.isDue(doc, counts, ctx.clock.now()))
            return endTest(ctx, kind, appId, doc, false);
        return doc;
    }
    if (counts.unfinished() == 0) {
        setStatus(doc, Api::ExperimentStatus::Completed, ctx.clock.now());
        save(ctx, kind, appId, doc);
    }
    return doc;
}

// The started test of any kind (other than `self`) that already takes in runs of one of these
// instances.
std::optional<QPair<const OnlineTestKind *, QJsonObject>>
startedTestOn(ServerContext &ctx, const QString &appId, const QStringList &instances,
              const QString &selfKey, QString &sharedInstance)
{
    for (const OnlineTestKind *kind : allKinds()) {
        for (QJsonObject other : kind->docs.list(ctx.store, appId)) {
            if (kind->docs.key(idOf(other)) == selfKey ||
                statusOf(other) != Api::ExperimentStatus::Started)
                continue;
            other = refresh(ctx, *kind, appId, other);
            if (statusOf(other) != Api::ExperimentStatus::Started)
                continue;
            for (const QString &baseline : kind->baselines(other)) {
                if (instances.contains(baseline)) {
                    sharedInstance = baseline;
                    return qMakePair(kind, other);
                }
            }
        }
    }
    return std::nullopt;
}

HttpResponse startTest(ServerContext &ctx, const OnlineTestKind &kind, const HttpRequest &req)
{
    const QString appId = req.param(QStringLiteral("app"));
    const QString id = req.param(QStringLiteral("id"));
    auto found = kind.docs.find(ctx.store, appId, id);
    if (!found)
        return kind.docs.notFound(id);
    QJsonObject doc = refresh(ctx, kind, appId, *found);
    const Api::ExperimentStatus status = statusOf(doc);
    if (Api::isRunning(status))
        return HttpResponse::error(
            409, QStringLiteral("%1 '%2' is already started").arg(kind.docs.label(), id));
    if (status != Api::ExperimentStatus::Draft)
        return HttpResponse::error(409,
                                   QStringLiteral("%1 '%2' has already ended (%3); create a new "
                                                  "test to run it again")
                                       .arg(kind.docs.label(), id, Api::toString(status)));
    for (const QString &instance : kind.instances(doc)) {
        if (!isDevInstanceId(instance) && !ctx.store.instance(appId, instance))
            return HttpResponse::error(409,
                                       QStringLiteral("instance '%1' of %2 '%3' no longer exists")
                                           .arg(instance, kind.docs.label(), id));
    }
    // Two started tests on one baseline instance would both claim its runs: the second waits.
    QString shared;
    if (const auto other =
            startedTestOn(ctx, appId, kind.baselines(doc), kind.docs.key(id), shared))
        return HttpResponse::error(
            409,
            QStringLiteral("instance '%1' is already the baseline of started %2 '%3'; stop that "
                           "test first")
                .arg(shared, other->first->docs.label(), idOf(other->second)));
    const QDateTime now = ctx.clock.now();
    if (auto refusal = kind.prepareStart(doc, now))
        return *refusal;
    setStatus(doc, Api::ExperimentStatus::Started, now);
    if (auto stored = kind.docs.update(ctx.store, appId, doc); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(onlineTestView(ctx, kind, appId, doc, false));
}

HttpResponse stopTest(ServerContext &ctx, const OnlineTestKind &kind, const HttpRequest &req)
{
    const QString appId = req.param(QStringLiteral("app"));
    const QString id = req.param(QStringLiteral("id"));
    auto found = kind.docs.find(ctx.store, appId, id);
    if (!found)
        return kind.docs.notFound(id);
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    // Older SDKs send no body: that is "complete".
    Api::JsonObjectReader r(body);
    const QString intent = r.string(QStringLiteral("intent"), QStringLiteral("complete"));
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    if (intent != QLatin1String("complete") && intent != QLatin1String("cancel"))
        return HttpResponse::error(
            400, QStringLiteral("field 'intent' must be complete or cancel, not '%1'").arg(intent));
    const bool cancel = intent == QLatin1String("cancel");
    QJsonObject doc = refresh(ctx, kind, appId, *found);
    const Api::ExperimentStatus status = statusOf(doc);
    if (status == Api::ExperimentStatus::Draft)
        return HttpResponse::error(409,
                                   QStringLiteral("%1 '%2' has not been started; only a started "
                                                  "test can be stopped")
                                       .arg(kind.docs.label(), id));
    if (!Api::isRunning(status))
        return HttpResponse::error(409,
                                   QStringLiteral("%1 '%2' has already ended (%3)")
                                       .arg(kind.docs.label(), id, Api::toString(status)));
    // Stopping already means "complete when the runs end"; only a cancel changes that.
    if (status == Api::ExperimentStatus::Started || cancel)
        doc = endTest(ctx, kind, appId, doc, cancel);
    return HttpResponse::json(onlineTestView(ctx, kind, appId, doc, false));
}

HttpResponse testRuns(ServerContext &ctx, const OnlineTestKind &kind, const HttpRequest &req)
{
    const QString appId = req.param(QStringLiteral("app"));
    const QString id = req.param(QStringLiteral("id"));
    if (!kind.docs.find(ctx.store, appId, id))
        return kind.docs.notFound(id);
    QJsonArray runs;
    for (const RunRecord &run : ctx.store.experimentRuns(appId, kind.docs.key(id))) {
        QJsonObject item = Api::RunSummary::fromInformation(run.info).toJson();
        item.insert(QStringLiteral("experiment_role"), run.experimentRole);
        if (kind.describeRun)
            kind.describeRun(item, run);
        runs.append(item);
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("runs"), runs}});
}

} // namespace

RoutedRun routeNewRun(ServerContext &ctx, const Api::Application &app, const QString &instanceId)
{
    for (const OnlineTestKind *kind : allKinds()) {
        for (QJsonObject doc : kind->docs.list(ctx.store, app.id)) {
            if (statusOf(doc) != Api::ExperimentStatus::Started)
                continue;
            // Time or the run limit may have ended it since it was last looked at.
            doc = refresh(ctx, *kind, app.id, doc);
            if (statusOf(doc) != Api::ExperimentStatus::Started)
                continue;
            RoutedRun routed;
            routed.instanceId = instanceId;
            if (!kind->route(doc, instanceId, ctx.clock.now(), routed))
                continue;
            routed.kind = kind;
            routed.test = doc;
            routed.links.experimentId = idOf(doc);
            routed.links.experimentType = kind->docs.kind();
            routed.links.experimentKey = kind->docs.key(idOf(doc));
            return routed;
        }
    }
    RoutedRun unrouted;
    unrouted.instanceId = instanceId;
    return unrouted;
}

void afterRoutedRun(ServerContext &ctx, const Api::Application &app, const RoutedRun &routed,
                    const QString &runId, const Api::RunRequest &request)
{
    if (!routed.isRouted())
        return;
    if (routed.kind->afterRouted)
        routed.kind->afterRouted(ctx, app, routed, runId, request);
    // This run may have been the last one the test takes (maximum_runs).
    if (const auto doc = routed.kind->docs.find(ctx.store, app.id, idOf(routed.test)))
        refresh(ctx, *routed.kind, app.id, *doc);
}

void onOnlineTestRunFinished(ServerContext &ctx, const RunRecord &run)
{
    const QString &appId = run.info.metadata.applicationId;
    for (const OnlineTestKind *kind : allKinds()) {
        if (const auto doc = kind->docs.findByKey(ctx.store, appId, run.experimentKey))
            refresh(ctx, *kind, appId, *doc);
    }
}

QJsonObject onlineTestView(ServerContext &ctx, const OnlineTestKind &kind, const QString &appId,
                           const QJsonObject &doc, bool detailed)
{
    QJsonObject view = refresh(ctx, kind, appId, doc);
    const QString key = kind.docs.key(idOf(doc));
    kind.putCounts(view, ctx.store.experimentRunCounts(appId, key));
    if (detailed)
        view.insert(QStringLiteral("grouped_distributional_summaries"),
                    groupedSummaries(ctx.store.experimentRuns(appId, key), kind.inputKeyOf));
    return view;
}

void registerOnlineTestRoutes(HttpRouter &router, ServerContext &ctx, const OnlineTestKind &kind,
                              DocumentRoutes routes)
{
    routes.view = [&ctx, &kind](const QString &appId, const QJsonObject &doc, bool detailed) {
        return onlineTestView(ctx, kind, appId, doc, detailed);
    };
    registerDocumentRoutes(router, ctx, routes);
    const QString item = routes.collectionPath + QStringLiteral("/{id}");
    router.add("GET", item + QStringLiteral("/metadata"), [&ctx, &kind](const HttpRequest &req) {
        const QString appId = req.param(QStringLiteral("app"));
        const QString id = req.param(QStringLiteral("id"));
        const auto doc = kind.docs.find(ctx.store, appId, id);
        return doc ? HttpResponse::json(onlineTestView(ctx, kind, appId, *doc, false))
                   : kind.docs.notFound(id);
    });
    router.add("PUT", item + QStringLiteral("/start"),
               [&ctx, &kind](const HttpRequest &req) { return startTest(ctx, kind, req); });
    router.add("PUT", item + QStringLiteral("/stop"),
               [&ctx, &kind](const HttpRequest &req) { return stopTest(ctx, kind, req); });
    router.add("GET", item + QStringLiteral("/runs"),
               [&ctx, &kind](const HttpRequest &req) { return testRuns(ctx, kind, req); });
}

Api::Result<void> detachRuns(ServerContext &ctx, QList<RunRecord> runs)
{
    for (RunRecord &run : runs) {
        Api::RunMetadata &m = run.info.metadata;
        run.experimentKey.clear();
        run.experimentRole.clear();
        m.experimentId.clear();
        m.experimentType.clear();
        m.unknownFields.remove(QStringLiteral("baseline_run_id"));
        m.unknownFields.remove(QStringLiteral("switchback_unit"));
    }
    return ctx.store.updateRuns(runs);
}

} // namespace Server
