// Instances: a version plus run configuration (create, list, get, update, delete).
#include "routehelpers.h"

#include "api/wire/jsonobjectreader.h"

namespace Server {

namespace {

const QString instanceKind = QStringLiteral("instance");

std::optional<HttpResponse> checkVersionExists(ServerContext &ctx, const QString &appId,
                                               const QString &versionId)
{
    if (versionId.isEmpty())
        return HttpResponse::error(400, QStringLiteral("field 'version_id' is required"));
    if (!ctx.store.version(appId, versionId))
        return HttpResponse::error(400,
                                   QStringLiteral("field 'version_id': version '%1' does "
                                                  "not exist in application '%2'")
                                       .arg(versionId, appId));
    return std::nullopt;
}

HttpResponse createInstance(ServerContext &ctx, const HttpRequest &req)
{
    if (auto missing = requireApplication(ctx, req))
        return *missing;
    const QString appId = req.param(QStringLiteral("app"));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    auto decoded = Api::Instance::fromJson(body);
    if (!decoded)
        return HttpResponse::error(400, decoded.error().message);
    Api::Instance instance = std::move(decoded).value();
    instance.unknownFields = {};
    if (instance.id.isEmpty())
        instance.id = generateId(QStringLiteral("instance"));
    if (!isValidId(instance.id))
        return invalidId(QStringLiteral("id"), instance.id);
    if (isDevInstanceId(instance.id))
        return HttpResponse::error(400,
                                   QStringLiteral("instance ID '%1' is reserved for the "
                                                  "app's dev binary")
                                       .arg(instance.id));
    if (auto error = checkVersionExists(ctx, appId, instance.versionId))
        return *error;
    if (ctx.store.instance(appId, instance.id))
        return conflict(instanceKind, instance.id);
    if (instance.name.isEmpty())
        instance.name = instance.id;
    instance.applicationId = appId;
    instance.locked = false;
    instance.createdAt = instance.updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.insertInstance(instance); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(instance.toJson());
}

HttpResponse updateInstance(ServerContext &ctx, const HttpRequest &req)
{
    const QString appId = req.param(QStringLiteral("app"));
    auto instance = ctx.store.instance(appId, req.param(QStringLiteral("id")));
    if (!instance)
        return notFound(instanceKind, req.param(QStringLiteral("id")));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    auto update = Api::Instance::fromJson(body);
    if (!update)
        return HttpResponse::error(400, update.error().message);
    if (!update->id.isEmpty() && update->id != instance->id)
        return HttpResponse::error(400, QStringLiteral("the instance ID cannot be changed"));
    if (body.contains(QStringLiteral("version_id"))) {
        if (auto error = checkVersionExists(ctx, appId, update->versionId))
            return *error;
        instance->versionId = update->versionId;
    }
    if (body.contains(QStringLiteral("name")))
        instance->name = update->name;
    if (body.contains(QStringLiteral("description")))
        instance->description = update->description;
    if (body.contains(QStringLiteral("configuration")))
        instance->configuration = update->configuration;
    instance->updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.updateInstance(*instance); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(instance->toJson());
}

std::optional<HttpResponse> refuseDeletingDefault(ServerContext &ctx, const QString &appId,
                                                  const QString &id)
{
    const auto app = ctx.store.application(appId);
    if (app && app->defaultInstance == id)
        return HttpResponse::error(409,
                                   QStringLiteral("instance '%1' is the application's "
                                                  "default instance; choose another "
                                                  "default first")
                                       .arg(id));
    return std::nullopt;
}

} // namespace

void registerInstanceRoutes(HttpRouter &router, ServerContext &ctx)
{
    DataStore &store = ctx.store;
    registerCollection<Api::Instance>(
        router, ctx,
        {instanceKind, QStringLiteral("/v1/applications/{app}/instances"),
         [&store](const QString &app) { return store.instances(app); },
         [&store](const QString &app, const QString &id) { return store.instance(app, id); },
         [&store](const QString &app, const QString &id) { return store.deleteInstance(app, id); },
         [&ctx](const QString &app, const QString &id) {
             return refuseDeletingDefault(ctx, app, id);
         },
         [&ctx](const HttpRequest &req) { return createInstance(ctx, req); },
         [&ctx](const HttpRequest &req) {
             return updateInstance(ctx, req);
         }});
}

} // namespace Server
