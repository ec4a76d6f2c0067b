// Batch experiments: an input set (or explicit run list) × instances, run through the same
// worker pool as ordinary runs; status and progress from those runs, and results as
// distributional summaries per instance (and per input) for every statistic the runs report.
#include "routehelpers.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/rfc3339.h"
#include "server/execution/runexecutor.h"
#include "server/experiments/summaries.h"

#include <QJsonArray>

namespace Server {

namespace {

const QString batchKind = QStringLiteral("batch experiment");

struct RunSpec
{
    QString inputId;
    QString instanceId;
    QString versionId; // instead of an instance
    QString optionSet;
    int repetition = 0;
};

QString experimentStatus(const QList<RunRecord> &runs)
{
    if (runs.isEmpty())
        return QStringLiteral("started");
    int finished = 0;
    int failed = 0;
    int canceled = 0;
    for (const RunRecord &run : runs) {
        if (Api::isTerminal(run.info.metadata.status))
            ++finished;
        if (run.info.metadata.status == Api::RunStatus::Failed)
            ++failed;
        if (run.info.metadata.status == Api::RunStatus::Canceled)
            ++canceled;
    }
    if (finished < runs.size())
        return QStringLiteral("started");
    // Canceling an experiment is canceling its runs (the API has no experiment-level cancel),
    // so any canceled run marks the whole experiment canceled once the rest have ended.
    if (canceled > 0)
        return QStringLiteral("canceled");
    return failed == runs.size() ? QStringLiteral("failed") : QStringLiteral("completed");
}

QJsonObject metadata(const QJsonObject &doc, const QList<RunRecord> &runs)
{
    QJsonObject m = doc;
    int completed = 0;
    for (const RunRecord &run : runs)
        completed += Api::isTerminal(run.info.metadata.status) ? 1 : 0;
    m.insert(QStringLiteral("status"), experimentStatus(runs));
    m.insert(QStringLiteral("number_of_runs"), int(runs.size()));
    m.insert(QStringLiteral("number_of_completed_runs"), completed);
    return m;
}

std::variant<QList<RunSpec>, HttpResponse> runSpecs(ServerContext &ctx, const QString &appId,
                                                    Api::JsonObjectReader &r,
                                                    const QJsonObject &optionSets,
                                                    QString &inputSetId, QStringList &instanceIds)
{
    QList<RunSpec> specs;
    const QJsonArray runs = r.array(QStringLiteral("runs"));
    inputSetId = r.string(QStringLiteral("input_set_id"));
    instanceIds = r.stringList(QStringLiteral("instance_ids"));
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    if (runs.isEmpty()) {
        // The older SDK's form: every input of the set on every instance.
        if (inputSetId.isEmpty() || instanceIds.isEmpty())
            return HttpResponse::error(400,
                                       QStringLiteral("give 'runs', or 'input_set_id' with "
                                                      "'instance_ids'"));
        const auto set = ctx.store.inputSet(appId, inputSetId);
        if (!set)
            return HttpResponse::error(400,
                                       QStringLiteral("field 'input_set_id': input set '%1' "
                                                      "does not exist")
                                           .arg(inputSetId));
        for (const QString &instance : std::as_const(instanceIds)) {
            for (const QString &input : set->inputIds)
                specs.append({input, instance, {}, 0});
        }
    } else {
        for (const QJsonValue &v : runs) {
            Api::JsonObjectReader run(v.toObject(), QStringLiteral("runs[]"));
            RunSpec spec;
            spec.inputId = run.requiredString(QStringLiteral("input_id"));
            spec.instanceId = run.string(QStringLiteral("instance_id"));
            spec.versionId = run.string(QStringLiteral("version_id"));
            spec.optionSet = run.string(QStringLiteral("option_set"));
            spec.repetition = int(run.integer(QStringLiteral("repetition"), 0));
            run.value(QStringLiteral("input_set_id"));
            run.value(QStringLiteral("scenario_id"));
            if (!run.ok())
                return HttpResponse::error(400, run.errorMessage());
            if (spec.instanceId.isEmpty() == spec.versionId.isEmpty())
                return HttpResponse::error(400,
                                           QStringLiteral("each of 'runs' needs exactly one of "
                                                          "'instance_id' or 'version_id'"));
            if (!spec.optionSet.isEmpty() && !optionSets.contains(spec.optionSet))
                return HttpResponse::error(400,
                                           QStringLiteral("option set '%1' is not in "
                                                          "'option_sets'")
                                               .arg(spec.optionSet));
            specs.append(spec);
            if (!spec.instanceId.isEmpty() && !instanceIds.contains(spec.instanceId))
                instanceIds.append(spec.instanceId);
        }
    }
    if (specs.size() > 10000)
        return HttpResponse::error(400,
                                   QStringLiteral("a batch experiment is limited to 10000 runs"));
    // Check everything before starting anything: no half-made experiments.
    for (const RunSpec &spec : std::as_const(specs)) {
        if (!spec.versionId.isEmpty()) {
            if (!ctx.store.version(appId, spec.versionId))
                return HttpResponse::error(
                    400, QStringLiteral("version '%1' does not exist").arg(spec.versionId));
        } else if (!isDevInstanceId(spec.instanceId) && !ctx.store.instance(appId, spec.instanceId))
            return HttpResponse::error(
                400, QStringLiteral("instance '%1' does not exist").arg(spec.instanceId));
        if (ctx.store.managedInputPayload(appId, spec.inputId).isEmpty() &&
            !ctx.store.run(appId, spec.inputId))
            return HttpResponse::error(400,
                                       QStringLiteral("input '%1' is neither a managed input "
                                                      "nor a run")
                                           .arg(spec.inputId));
    }
    return specs;
}

HttpResponse createBatch(ServerContext &ctx, const HttpRequest &req)
{
    if (auto missing = requireApplication(ctx, req))
        return *missing;
    const auto app = ctx.store.application(req.param(QStringLiteral("app")));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    Api::JsonObjectReader r(body);
    QString id = r.string(QStringLiteral("id"));
    const QString name = r.requiredString(QStringLiteral("name"));
    const QString description = r.string(QStringLiteral("description"));
    const QString type = r.string(QStringLiteral("type"), QStringLiteral("batch"));
    const QJsonObject optionSets = r.object(QStringLiteral("option_sets"));
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    if (type != QLatin1String("batch") && type != QLatin1String("scenario"))
        return HttpResponse::error(400, QStringLiteral("field 'type' must be batch or scenario"));
    if (id.isEmpty())
        id = generateId(QStringLiteral("batch")).toLower();
    if (!isValidId(id))
        return invalidId(QStringLiteral("id"), id);
    if (ctx.store.experiment(app->id, id))
        return conflict(batchKind, id);
    QString inputSetId;
    QStringList instanceIds;
    auto specs = runSpecs(ctx, app->id, r, optionSets, inputSetId, instanceIds);
    if (auto *error = std::get_if<HttpResponse>(&specs))
        return *error;

    const QString now = Api::Rfc3339::format(QDateTime::currentDateTimeUtc());
    const QList<RunSpec> &runs = std::get<QList<RunSpec>>(specs);
    QJsonObject doc{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("app_id"), app->id},
                    {QStringLiteral("input_set_id"), inputSetId},
                    {QStringLiteral("instance_ids"), QJsonArray::fromStringList(instanceIds)},
                    {QStringLiteral("option_sets"), optionSets},
                    {QStringLiteral("number_of_requested_runs"), int(runs.size())},
                    {QStringLiteral("created_at"), now},
                    {QStringLiteral("updated_at"), now}};
    if (auto stored = ctx.store.insertExperiment(app->id, type, doc); !stored)
        return HttpResponse::error(500, stored.error().message);
    for (const RunSpec &spec : runs) {
        Api::RunRequest request;
        request.inputId = spec.inputId;
        request.options = optionSets.value(spec.optionSet).toObject();
        RunLinks links;
        links.experimentId = id;
        links.optionSet = spec.optionSet;
        links.repetition = spec.repetition;
        links.versionId = spec.versionId;
        auto started = startRun(ctx, *app, spec.instanceId, request, links);
        if (auto *error = std::get_if<HttpResponse>(&started)) {
            (void)ctx.store.deleteExperiment(app->id, id);
            return *error;
        }
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("id"), id}});
}

std::optional<QJsonObject> findBatch(ServerContext &ctx, const HttpRequest &req)
{
    return batchExperimentDocument(ctx, req.param(QStringLiteral("app")),
                                   req.param(QStringLiteral("id")));
}

HttpResponse batchNotFound(const HttpRequest &req)
{
    return notFound(batchKind, req.param(QStringLiteral("id")));
}

} // namespace

std::optional<QJsonObject> batchExperimentDocument(const ServerContext &ctx, const QString &appId,
                                                   const QString &id)
{
    // Other kinds share the table under keys like "shadow:<id>"; a batch ID never has a colon.
    if (!isValidId(id))
        return std::nullopt;
    return ctx.store.experiment(appId, id);
}

void registerBatchRoutes(HttpRouter &router, ServerContext &ctx)
{
    const QString batches = QStringLiteral("/v1/applications/{app}/experiments/batch");
    const QString batch = batches + QStringLiteral("/{id}");
    router.add("POST", batches, [&ctx](const HttpRequest &req) { return createBatch(ctx, req); });
    router.add("GET", batches, [&ctx](const HttpRequest &req) {
        if (auto missing = requireApplication(ctx, req))
            return *missing;
        const QString appId = req.param(QStringLiteral("app"));
        QString type = req.queryValue(QStringLiteral("type"));
        if (type.isEmpty())
            type = QStringLiteral("batch");
        QJsonArray list;
        for (const QJsonObject &doc : ctx.store.experiments(appId, type))
            list.append(metadata(
                doc, ctx.store.experimentRuns(appId, doc.value(QStringLiteral("id")).toString())));
        return HttpResponse::json(list);
    });
    router.add("GET", batch, [&ctx](const HttpRequest &req) {
        const auto doc = findBatch(ctx, req);
        if (!doc)
            return batchNotFound(req);
        const QList<RunRecord> runs = ctx.store.experimentRuns(req.param(QStringLiteral("app")),
                                                               req.param(QStringLiteral("id")));
        QJsonObject result = metadata(*doc, runs);
        result.insert(
            QStringLiteral("grouped_distributional_summaries"),
            groupedSummaries(runs, [](const RunRecord &run) { return run.info.metadata.inputId; }));
        return HttpResponse::json(result);
    });
    router.add("GET", batch + QStringLiteral("/metadata"), [&ctx](const HttpRequest &req) {
        const auto doc = findBatch(ctx, req);
        return doc ? HttpResponse::json(
                         metadata(*doc,
                                  ctx.store.experimentRuns(req.param(QStringLiteral("app")),
                                                           req.param(QStringLiteral("id")))))
                   : batchNotFound(req);
    });
    router.add("GET", batch + QStringLiteral("/runs"), [&ctx](const HttpRequest &req) {
        if (!findBatch(ctx, req))
            return batchNotFound(req);
        QJsonArray runs;
        for (const RunRecord &run : ctx.store.experimentRuns(req.param(QStringLiteral("app")),
                                                             req.param(QStringLiteral("id")))) {
            QJsonObject item = Api::RunSummary::fromInformation(run.info).toJson();
            const QJsonObject &links = run.info.metadata.unknownFields;
            item.insert(QStringLiteral("input_id"), run.info.metadata.inputId);
            item.insert(QStringLiteral("option_set"),
                        links.value(QStringLiteral("option_set")).toString());
            item.insert(QStringLiteral("repetition"),
                        links.value(QStringLiteral("repetition")).toInt());
            runs.append(item);
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("runs"), runs}});
    });
    router.add("PATCH", batch, [&ctx](const HttpRequest &req) {
        auto doc = findBatch(ctx, req);
        if (!doc)
            return batchNotFound(req);
        QString name = doc->value(QStringLiteral("name")).toString();
        QString description = doc->value(QStringLiteral("description")).toString();
        if (auto error = readNameAndDescription(
                req, batchKind, doc->value(QStringLiteral("id")).toString(), name, description))
            return *error;
        doc->insert(QStringLiteral("name"), name);
        doc->insert(QStringLiteral("description"), description);
        doc->insert(QStringLiteral("updated_at"),
                    Api::Rfc3339::format(QDateTime::currentDateTimeUtc()));
        if (auto stored = ctx.store.updateExperiment(req.param(QStringLiteral("app")), *doc);
            !stored)
            return HttpResponse::error(500, stored.error().message);
        return HttpResponse::json(
            metadata(*doc,
                     ctx.store.experimentRuns(req.param(QStringLiteral("app")),
                                              req.param(QStringLiteral("id")))));
    });
    router.add("DELETE", batch, [&ctx](const HttpRequest &req) {
        if (!findBatch(ctx, req))
            return batchNotFound(req);
        const QString appId = req.param(QStringLiteral("app"));
        for (const RunRecord &run :
             ctx.store.experimentRuns(appId, req.param(QStringLiteral("id"))))
            ctx.executor.cancel(run.info.id);
        if (auto deleted = ctx.store.deleteExperiment(appId, req.param(QStringLiteral("id")));
            !deleted)
            return HttpResponse::error(500, deleted.error().message);
        return noContent();
    });
}

} // namespace Server
