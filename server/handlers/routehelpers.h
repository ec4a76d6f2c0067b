// Shared pieces of the route groups: JSON bodies, ID rules, not-found answers, new IDs,
// pre-signed links.
#pragma once

#include "api/dto/application.h"
#include "api/dto/run.h"
#include "api/wire/identifier.h"
#include "api/wire/result.h"
#include "server/http/httprouter.h"
#include "server/store/datastore.h"
#include "servercontext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <variant>

namespace Server {

// Parses the body as a JSON object; on failure returns the 400 to send.
std::optional<HttpResponse> parseObjectBody(const HttpRequest &request, QJsonObject &out);

// IDs become file and URL path parts: letters, digits, '.', '_', '-', 1..64 characters,
// starting with a letter or digit.
using Api::isValidId;
HttpResponse invalidId(const QString &field, const QString &id);

HttpResponse notFound(const QString &kind, const QString &id);
HttpResponse conflict(const QString &kind, const QString &id);
HttpResponse noContent();

// "latest" (and the legacy "devint") run the app's dev binary instead of a stored instance.
bool isDevInstanceId(const QString &id);
// An instance a create body names must exist ("latest" and "devint" always do); else a 400
// naming the field.
std::optional<HttpResponse> requireInstance(const ServerContext &ctx, const Api::Application &app,
                                            const QString &field, const QString &instanceId);

// 404 when the application of the request's {app} does not exist.
std::optional<HttpResponse> requireApplication(const ServerContext &ctx, const HttpRequest &req);

// For PUTs whose only editable fields are name and description (the body is the full object as
// GET returned it): reads both, keeping current values when absent; refuses an ID change.
std::optional<HttpResponse> readNameAndDescription(const HttpRequest &req, const QString &kind,
                                                   const QString &currentId, QString &name,
                                                   QString &description);

// prefix + '-' + 9 random letters/digits, e.g. "version-Xk3pQ9aZ1".
QString generateId(const QString &prefix);

// Registers a new upload slot ("input" or "binary") of the request's app; the bytes arrive
// later through its pre-signed URL.
Api::Result<UploadRecord> newUpload(const ServerContext &ctx, const HttpRequest &request,
                                    const QString &kind);

// Absolute pre-signed URLs.
QString presignedUpload(const ServerContext &ctx, const HttpRequest &request,
                        const QString &uploadId);
QString presignedDownload(const ServerContext &ctx, const HttpRequest &request,
                          const QString &appId, const QString &kind, const QString &id);

// The five routes every app-scoped collection (versions, instances, managed inputs) has:
// POST and GET on the collection, GET, PUT and DELETE on "{id}". The list, get and delete
// answers are the same for all of them; create and update differ and are passed in.
template<typename Entity>
struct CollectionRoutes
{
    QString kind; // "version", for messages
    QString collectionPath; // "/v1/applications/{app}/versions"
    std::function<QList<Entity>(const QString &appId)> list;
    std::function<std::optional<Entity>(const QString &appId, const QString &id)> find;
    std::function<Api::Result<void>(const QString &appId, const QString &id)> erase;
    // Optional: a reason to refuse a delete (e.g. the app's default instance).
    std::function<std::optional<HttpResponse>(const QString &appId, const QString &id)>
        refuseDelete;
    HttpRouter::Handler create;
    HttpRouter::Handler update;
};

template<typename Entity>
void registerCollection(HttpRouter &router, ServerContext &ctx, CollectionRoutes<Entity> routes)
{
    const QString item = routes.collectionPath + QStringLiteral("/{id}");
    router.add("POST", routes.collectionPath, routes.create);
    router.add("PUT", item, routes.update);
    router.add("GET", routes.collectionPath, [&ctx, routes](const HttpRequest &req) {
        const QString appId = req.param(QStringLiteral("app"));
        if (!ctx.store.application(appId))
            return notFound(QStringLiteral("application"), appId);
        QJsonArray list;
        for (const Entity &entity : routes.list(appId))
            list.append(entity.toJson());
        return HttpResponse::json(list);
    });
    router.add("GET", item, [routes](const HttpRequest &req) {
        const QString id = req.param(QStringLiteral("id"));
        const auto entity = routes.find(req.param(QStringLiteral("app")), id);
        return entity ? HttpResponse::json(entity->toJson()) : notFound(routes.kind, id);
    });
    router.add("DELETE", item, [routes](const HttpRequest &req) {
        const QString appId = req.param(QStringLiteral("app"));
        const QString id = req.param(QStringLiteral("id"));
        if (!routes.find(appId, id))
            return notFound(routes.kind, id);
        if (routes.refuseDelete) {
            if (auto refusal = routes.refuseDelete(appId, id))
                return *refusal;
        }
        if (auto erased = routes.erase(appId, id); !erased)
            return HttpResponse::error(500, erased.error().message);
        return noContent();
    });
}

// A stored payload as a response body: streamed from its file, or from SQLite when small.
HttpResponse payloadResponse(const ServerContext &ctx, const QString &ref, const QString &format);

// Links of a run to the experiment, test or ensemble run it belongs to.
struct RunLinks
{
    QString experimentId; // the run's experiment_id
    QString experimentType; // its experiment_type: empty for batch experiments, "shadow", …
    // The experiments-table key the run is filed under and its part there (RunRecord);
    // an empty key files it under experimentId.
    QString experimentKey;
    QString experimentRole;
    QString optionSet; // batch experiments
    int repetition = 0; // batch experiments
    QString versionId; // set: run this version directly (no instance)
    QString referenceId; // run_type.reference_id: the ensemble run of a child run
    QJsonObject extraMetadata; // further links kept in the run's metadata (baseline_run_id, …)
};

// Creates and queues a run of the instance ("latest"/"devint" for the dev binary, empty for the
// app's default); the run's ID, or the error answer. Shared by POST .../runs and experiments.
std::variant<QString, HttpResponse> startRun(ServerContext &ctx, const Api::Application &app,
                                             const QString &instanceId, Api::RunRequest request,
                                             const RunLinks &links);

// The instance a run without instance_id goes to: the app's default, else "latest".
QString effectiveInstanceId(const Api::Application &app, const QString &instanceId);
// Whether a run of the instance could start now (it exists, its version does, code was pushed);
// the answer startRun would give otherwise.
std::optional<HttpResponse> checkRunnable(ServerContext &ctx, const Api::Application &app,
                                          const QString &instanceId);
// Stores the request's input (inline), or finds it (upload ID, managed input, another run's
// input), into record.inputRef; fixes request.format.input to match. The error answer, if any.
std::optional<HttpResponse> attachInput(ServerContext &ctx, const Api::Application &app,
                                        Api::RunRequest &request, RunRecord &record);

// A batch (or scenario) experiment's stored document; never another kind's.
std::optional<QJsonObject> batchExperimentDocument(const ServerContext &ctx, const QString &appId,
                                                   const QString &id);

void registerApplicationRoutes(HttpRouter &router, ServerContext &ctx);
void registerRunRoutes(HttpRouter &router, ServerContext &ctx);
void registerVersionRoutes(HttpRouter &router, ServerContext &ctx);
void registerInstanceRoutes(HttpRouter &router, ServerContext &ctx);
void registerInputRoutes(HttpRouter &router, ServerContext &ctx);
void registerInputSetRoutes(HttpRouter &router, ServerContext &ctx);
void registerBatchRoutes(HttpRouter &router, ServerContext &ctx);
void registerAcceptanceRoutes(HttpRouter &router, ServerContext &ctx);
void registerTransferRoutes(HttpRouter &router, ServerContext &ctx);
void registerShadowRoutes(HttpRouter &router, ServerContext &ctx);
void registerSwitchbackRoutes(HttpRouter &router, ServerContext &ctx);
void registerEnsembleRoutes(HttpRouter &router, ServerContext &ctx);
// Only with --test-clock: GET/PUT /nextdesk/v1/test/clock.
void registerTestClockRoutes(HttpRouter &router, ServerContext &ctx);

} // namespace Server
