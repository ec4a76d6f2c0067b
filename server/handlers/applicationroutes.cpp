// Applications (create, list, get, update, delete) and the push flow for the dev binary.
#include "routehelpers.h"

#include "api/wire/jsonobjectreader.h"
#include "server/execution/executablestore.h"
#include "server/execution/runexecutor.h"
#include "server/http/httprouter.h"
#include "server/store/datastore.h"
#include "server/store/payloadstore.h"

#include <QFile>
#include <QJsonArray>

namespace Server {

namespace {

const QString appKind = QStringLiteral("application");

HttpResponse createApplication(ServerContext &ctx, const HttpRequest &req)
{
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    Api::JsonObjectReader r(body);
    Api::Application app;
    app.id = r.string(QStringLiteral("id"));
    app.name = r.string(QStringLiteral("name"));
    app.description = r.string(QStringLiteral("description"));
    app.defaultInstance = r.string(QStringLiteral("default_instance"), QStringLiteral("latest"));
    app.defaultExperimentInstance = r.string(QStringLiteral("default_experiment_instance"));
    if (r.boolean(QStringLiteral("is_pipeline")))
        app.type = QStringLiteral("pipeline");
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    if (app.id.isEmpty())
        app.id = generateId(QStringLiteral("app")).toLower();
    if (!isValidId(app.id))
        return invalidId(QStringLiteral("id"), app.id);
    if (app.name.isEmpty())
        app.name = app.id;
    if (ctx.store.application(app.id))
        return conflict(appKind, app.id);
    app.createdAt = app.updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.insertApplication(app); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(app.toJson());
}

HttpResponse updateApplication(ServerContext &ctx, const HttpRequest &req)
{
    auto app = ctx.store.application(req.param(QStringLiteral("app")));
    if (!app)
        return notFound(appKind, req.param(QStringLiteral("app")));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    // PUT carries the whole object as GET returned it; only the editable fields are taken.
    auto update = Api::Application::fromJson(body);
    if (!update)
        return HttpResponse::error(400, update.error().message);
    if (!update->id.isEmpty() && update->id != app->id)
        return HttpResponse::error(400, QStringLiteral("the application ID cannot be changed"));
    const QString defaultInstance = update->defaultInstance;
    if (!defaultInstance.isEmpty() && !isDevInstanceId(defaultInstance) &&
        !ctx.store.instance(app->id, defaultInstance))
        return HttpResponse::error(400,
                                   QStringLiteral("default_instance '%1' is not an instance "
                                                  "of this application")
                                       .arg(defaultInstance));
    if (body.contains(QStringLiteral("name")))
        app->name = update->name;
    if (body.contains(QStringLiteral("description")))
        app->description = update->description;
    if (body.contains(QStringLiteral("default_instance")) ||
        body.contains(QStringLiteral("default_instance_id")))
        app->defaultInstance = defaultInstance;
    if (body.contains(QStringLiteral("default_experiment_instance")))
        app->defaultExperimentInstance = update->defaultExperimentInstance;
    app->updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.updateApplication(*app); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(app->toJson());
}

HttpResponse deleteApplication(ServerContext &ctx, const HttpRequest &req)
{
    const QString id = req.param(QStringLiteral("app"));
    if (!ctx.store.application(id))
        return notFound(appKind, id);
    // Stop its work first so no process writes into a deleted app.
    for (const RunRecord &run : ctx.store.activeRuns()) {
        if (run.info.metadata.applicationId == id)
            ctx.executor.cancel(run.info.id);
    }
    if (auto deleted = ctx.store.deleteApplication(id); !deleted)
        return HttpResponse::error(500, deleted.error().message);
    ctx.payloads.removeApplication(id);
    return noContent();
}

HttpResponse binaryUploadUrl(ServerContext &ctx, const HttpRequest &req)
{
    if (auto missing = requireApplication(ctx, req))
        return *missing;
    const auto upload = newUpload(ctx, req, QStringLiteral("binary"));
    if (!upload)
        return HttpResponse::error(500, upload.error().message);
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("upload_url"), presignedUpload(ctx, req, upload->id)}});
}

// Records an unpacked bundle as the app's new dev executable.
HttpResponse registerBundle(ServerContext &ctx, const QString &appId, Api::Executable exe,
                            QJsonObject requirements, const Api::Result<QString> &folder)
{
    if (!folder)
        return HttpResponse::error(400, folder.error().message);
    if (!requirements.contains(QStringLiteral("executable_type")))
        requirements.insert(QStringLiteral("executable_type"), QStringLiteral("binary"));
    if (!requirements.contains(QStringLiteral("runtime")))
        requirements.insert(QStringLiteral("runtime"), QStringLiteral("local"));
    exe.requirements = requirements;
    exe.userEmail = ctx.userEmail;
    exe.uploadedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.insertExecutable({exe, appId, folder.value()}); !stored)
        return HttpResponse::error(500, stored.error().message);
    if (auto set = ctx.store.setDevExecutable(appId, exe.id); !set)
        return HttpResponse::error(500, set.error().message);
    return HttpResponse::json(exe.toJson());
}

// Asynchronous: tar unpacks the bundle while the server goes on serving.
void activateBinary(ServerContext &ctx, const HttpRequest &req, const Responder &respond)
{
    if (auto missing = requireApplication(ctx, req))
        return respond(*missing);
    const QString appId = req.param(QStringLiteral("app"));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return respond(*error);
    Api::JsonObjectReader r(body);
    QJsonObject requirements = r.object(QStringLiteral("requirements"));
    if (!r.ok())
        return respond(HttpResponse::error(400, r.errorMessage()));
    const auto upload = ctx.store.latestBinaryUpload(appId);
    if (!upload)
        return respond(HttpResponse::error(400,
                                           QStringLiteral("no app bundle was uploaded: GET the "
                                                          "binary upload URL and PUT app.tar.gz "
                                                          "to it first")));
    QString bundlePath = ctx.payloads.filePath(upload->payloadRef);
    QString temporary;
    if (bundlePath.isEmpty()) { // a small bundle lives in SQLite; tar needs a file
        auto data = ctx.payloads.read(upload->payloadRef);
        if (!data)
            return respond(HttpResponse::error(500, data.error().message));
        temporary = ctx.payloads.scratchPath(upload->id + QStringLiteral(".tar.gz"));
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly) || file.write(data.value()) != data->size())
            return respond(HttpResponse::error(500, QStringLiteral("cannot stage the app bundle")));
        bundlePath = temporary;
    }
    Api::Executable exe;
    exe.id = generateId(QStringLiteral("exe"));
    ctx.executables.importBundle(
        exe.id, bundlePath,
        [&ctx, appId, exe, requirements, temporary, respond](const Api::Result<QString> &folder) {
            if (!temporary.isEmpty())
                QFile::remove(temporary);
            respond(registerBundle(ctx, appId, exe, requirements, folder));
        });
}

} // namespace

void registerApplicationRoutes(HttpRouter &router, ServerContext &ctx)
{
    router.add("POST", QStringLiteral("/v1/applications"),
               [&ctx](const HttpRequest &req) { return createApplication(ctx, req); });
    router.add("GET", QStringLiteral("/v1/applications"), [&ctx](const HttpRequest &) {
        QJsonArray list;
        for (const Api::Application &app : ctx.store.applications())
            list.append(app.toJson());
        return HttpResponse::json(list);
    });
    router.add("GET", QStringLiteral("/v1/applications/{app}"), [&ctx](const HttpRequest &req) {
        const auto app = ctx.store.application(req.param(QStringLiteral("app")));
        return app ? HttpResponse::json(app->toJson())
                   : notFound(appKind, req.param(QStringLiteral("app")));
    });
    router.add("PUT", QStringLiteral("/v1/applications/{app}"),
               [&ctx](const HttpRequest &req) { return updateApplication(ctx, req); });
    router.add("DELETE", QStringLiteral("/v1/applications/{app}"),
               [&ctx](const HttpRequest &req) { return deleteApplication(ctx, req); });
    router.add("GET", QStringLiteral("/v1/applications/{app}/binary"),
               [&ctx](const HttpRequest &req) { return binaryUploadUrl(ctx, req); });
    router.addAsync("PUT", QStringLiteral("/v1/applications/{app}/binary"),
                    [&ctx](const HttpRequest &req, const Responder &respond) {
                        activateBinary(ctx, req, respond);
                    });
}

} // namespace Server
