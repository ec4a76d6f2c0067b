// Input sets: named lists of inputs for experiments, made from run IDs, from managed inputs,
// or from an instance's (or version's) runs in a time window; list, get, update, delete.
#include "routehelpers.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Server {

namespace {

const QString inputSetKind = QStringLiteral("input set");
constexpr int defaultMaximumRuns = 100;

// Managed inputs by ID; the missing ones are reported by name.
std::variant<QList<Api::ManagedInput>, HttpResponse>
managedInputs(ServerContext &ctx, const QString &appId, const QStringList &ids)
{
    QList<Api::ManagedInput> inputs;
    QStringList missing;
    for (const QString &id : ids) {
        if (auto input = ctx.store.managedInput(appId, id))
            inputs.append(*input);
        else
            missing.append(id);
    }
    if (!missing.isEmpty())
        return HttpResponse::error(
            400,
            QStringLiteral("unknown managed inputs: %1").arg(missing.join(QStringLiteral(", "))));
    return inputs;
}

std::variant<QStringList, HttpResponse> runsInWindow(ServerContext &ctx, const QString &appId,
                                                     const Api::InputSetRequest &request)
{
    const int maximum = request.maximumRuns.value_or(defaultMaximumRuns);
    QStringList ids;
    for (const RunRecord &run : ctx.store.runs(appId, 0, std::numeric_limits<int>::max())) {
        const Api::RunMetadata &m = run.info.metadata;
        if (m.status != Api::RunStatus::Succeeded)
            continue;
        if (!request.instanceId.isEmpty() && m.instanceId != request.instanceId)
            continue;
        if (!request.versionId.isEmpty() && m.versionId != request.versionId)
            continue;
        if (m.createdAt < request.startTime || m.createdAt > request.endTime)
            continue;
        ids.append(run.info.id);
        if (ids.size() >= maximum)
            break;
    }
    if (ids.isEmpty())
        return HttpResponse::error(
            400,
            QStringLiteral("no succeeded runs of %1 '%2' between %3 and %4")
                .arg(request.instanceId.isEmpty() ? QStringLiteral("version")
                                                  : QStringLiteral("instance"),
                     request.instanceId.isEmpty() ? request.versionId : request.instanceId,
                     Api::Rfc3339::format(request.startTime),
                     Api::Rfc3339::format(request.endTime)));
    return ids;
}

HttpResponse createInputSet(ServerContext &ctx, const HttpRequest &req)
{
    if (auto missing = requireApplication(ctx, req))
        return *missing;
    const QString appId = req.param(QStringLiteral("app"));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    auto request = Api::InputSetRequest::fromJson(body);
    if (!request)
        return HttpResponse::error(400, request.error().message);
    Api::InputSet set;
    set.appId = appId;
    set.id = request->id.isEmpty() ? generateId(QStringLiteral("input-set")) : request->id;
    if (!isValidId(set.id))
        return invalidId(QStringLiteral("id"), set.id);
    if (ctx.store.inputSet(appId, set.id))
        return conflict(inputSetKind, set.id);
    set.name = request->name.isEmpty() ? set.id : request->name;
    set.description = request->description;

    if (!request->runIds.isEmpty()) {
        QStringList missing;
        for (const QString &runId : std::as_const(request->runIds)) {
            if (!ctx.store.run(appId, runId))
                missing.append(runId);
        }
        if (!missing.isEmpty())
            return HttpResponse::error(
                400, QStringLiteral("unknown runs: %1").arg(missing.join(QStringLiteral(", "))));
        set.inputIds = request->runIds;
    } else if (!request->managedInputIds.isEmpty()) {
        auto inputs = managedInputs(ctx, appId, request->managedInputIds);
        if (auto *error = std::get_if<HttpResponse>(&inputs))
            return *error;
        set.inputs = std::get<QList<Api::ManagedInput>>(inputs);
        set.inputIds = request->managedInputIds;
    } else {
        auto runs = runsInWindow(ctx, appId, request.value());
        if (auto *error = std::get_if<HttpResponse>(&runs))
            return *error;
        set.inputIds = std::get<QStringList>(runs);
    }
    set.createdAt = set.updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.insertInputSet(set); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(set.toJson());
}

HttpResponse updateInputSet(ServerContext &ctx, const HttpRequest &req)
{
    const QString appId = req.param(QStringLiteral("app"));
    auto set = ctx.store.inputSet(appId, req.param(QStringLiteral("id")));
    if (!set)
        return notFound(inputSetKind, req.param(QStringLiteral("id")));
    if (auto error =
            readNameAndDescription(req, inputSetKind, set->id, set->name, set->description))
        return *error;
    // The full object comes back; a changed list of managed inputs replaces the old one.
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    const QJsonArray inputs = body.value(QStringLiteral("inputs")).toArray();
    if (!inputs.isEmpty()) {
        QStringList ids;
        for (const QJsonValue &v : inputs)
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        auto resolved = managedInputs(ctx, appId, ids);
        if (auto *error = std::get_if<HttpResponse>(&resolved))
            return *error;
        set->inputs = std::get<QList<Api::ManagedInput>>(resolved);
        set->inputIds = ids;
    }
    set->updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.updateInputSet(*set); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(set->toJson());
}

} // namespace

void registerInputSetRoutes(HttpRouter &router, ServerContext &ctx)
{
    DataStore &store = ctx.store;
    registerCollection<Api::InputSet>(
        router, ctx,
        {inputSetKind,
         QStringLiteral("/v1/applications/{app}/experiments/inputsets"),
         [&store](const QString &app) { return store.inputSets(app); },
         [&store](const QString &app, const QString &id) { return store.inputSet(app, id); },
         [&store](const QString &app, const QString &id) { return store.deleteInputSet(app, id); },
         {},
         [&ctx](const HttpRequest &req) { return createInputSet(ctx, req); },
         [&ctx](const HttpRequest &req) {
             return updateInputSet(ctx, req);
         }});
}

} // namespace Server
