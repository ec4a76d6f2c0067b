// Versions: snapshots of the app's current dev binary (create, list, get, update, delete).
#include "routehelpers.h"

#include "api/wire/jsonobjectreader.h"

namespace Server {

namespace {

const QString versionKind = QStringLiteral("version");

HttpResponse createVersion(ServerContext &ctx, const HttpRequest &req)
{
    if (auto missing = requireApplication(ctx, req))
        return *missing;
    const QString appId = req.param(QStringLiteral("app"));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    Api::JsonObjectReader r(body);
    Api::Version version;
    version.id = r.string(QStringLiteral("id"));
    version.name = r.string(QStringLiteral("name"));
    version.description = r.string(QStringLiteral("description"));
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    if (version.id.isEmpty())
        version.id = generateId(QStringLiteral("version"));
    if (!isValidId(version.id))
        return invalidId(QStringLiteral("id"), version.id);
    if (version.name.isEmpty())
        version.name = version.id;
    if (ctx.store.version(appId, version.id))
        return conflict(versionKind, version.id);
    const auto executable = ctx.store.executable(ctx.store.devExecutableId(appId));
    if (!executable)
        return HttpResponse::error(400,
                                   QStringLiteral("application '%1' has no pushed code to "
                                                  "make a version from; push the app first")
                                       .arg(appId));
    version.applicationId = appId;
    version.executable = executable->executable;
    version.createdAt = version.updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.insertVersion(version); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(version.toJson());
}

HttpResponse updateVersion(ServerContext &ctx, const HttpRequest &req)
{
    auto version =
        ctx.store.version(req.param(QStringLiteral("app")), req.param(QStringLiteral("id")));
    if (!version)
        return notFound(versionKind, req.param(QStringLiteral("id")));
    // The executable is a snapshot: a PUT can rename a version, never change its code.
    if (auto error = readNameAndDescription(req, versionKind, version->id, version->name,
                                            version->description))
        return *error;
    version->updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.updateVersion(*version); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(version->toJson());
}

} // namespace

void registerVersionRoutes(HttpRouter &router, ServerContext &ctx)
{
    DataStore &store = ctx.store;
    registerCollection<Api::Version>(
        router, ctx,
        {versionKind,
         QStringLiteral("/v1/applications/{app}/versions"),
         [&store](const QString &app) { return store.versions(app); },
         [&store](const QString &app, const QString &id) { return store.version(app, id); },
         [&store](const QString &app, const QString &id) { return store.deleteVersion(app, id); },
         {},
         [&ctx](const HttpRequest &req) { return createVersion(ctx, req); },
         [&ctx](const HttpRequest &req) {
             return updateVersion(ctx, req);
         }});
}

} // namespace Server
