// Versions: snapshots of the app's current dev binary (create, list, get, update, delete).
#include "routehelpers.h"

#include "api/jsonobjectreader.h"
#include "server/http/httprouter.h"
#include "server/store/datastore.h"

#include <QJsonArray>

namespace Server {

namespace {

const QString versionKind = QStringLiteral("version");

HttpResponse createVersion(ServerContext &ctx, const HttpRequest &req)
{
    const QString appId = req.param(QStringLiteral("app"));
    if (!ctx.store.application(appId))
        return notFound(QStringLiteral("application"), appId);
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
        ctx.store.version(req.param(QStringLiteral("app")), req.param(QStringLiteral("version")));
    if (!version)
        return notFound(versionKind, req.param(QStringLiteral("version")));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    Api::JsonObjectReader r(body);
    const QString id = r.string(QStringLiteral("id"), version->id);
    const QString name = r.string(QStringLiteral("name"), version->name);
    const QString description = r.string(QStringLiteral("description"), version->description);
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    if (id != version->id)
        return HttpResponse::error(400, QStringLiteral("the version ID cannot be changed"));
    // The executable is a snapshot: a PUT can rename a version, never change its code.
    version->name = name;
    version->description = description;
    version->updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.updateVersion(*version); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(version->toJson());
}

} // namespace

void registerVersionRoutes(HttpRouter &router, ServerContext &ctx)
{
    const QString versions = QStringLiteral("/v1/applications/{app}/versions");
    const QString version = versions + QStringLiteral("/{version}");
    router.add("POST", versions,
               [&ctx](const HttpRequest &req) { return createVersion(ctx, req); });
    router.add("GET", versions, [&ctx](const HttpRequest &req) {
        const QString appId = req.param(QStringLiteral("app"));
        if (!ctx.store.application(appId))
            return notFound(QStringLiteral("application"), appId);
        QJsonArray list;
        for (const Api::Version &v : ctx.store.versions(appId))
            list.append(v.toJson());
        return HttpResponse::json(list);
    });
    router.add("GET", version, [&ctx](const HttpRequest &req) {
        const auto v = ctx.store.version(req.param(QStringLiteral("app")),
                                         req.param(QStringLiteral("version")));
        return v ? HttpResponse::json(v->toJson())
                 : notFound(versionKind, req.param(QStringLiteral("version")));
    });
    router.add("PUT", version, [&ctx](const HttpRequest &req) { return updateVersion(ctx, req); });
    router.add("DELETE", version, [&ctx](const HttpRequest &req) {
        const QString appId = req.param(QStringLiteral("app"));
        const QString id = req.param(QStringLiteral("version"));
        if (!ctx.store.version(appId, id))
            return notFound(versionKind, id);
        if (auto deleted = ctx.store.deleteVersion(appId, id); !deleted)
            return HttpResponse::error(500, deleted.error().message);
        return noContent();
    });
}

} // namespace Server
