// Entities kept as JSON documents in the experiments table, and their shared routes.
#include "documentroutes.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/rfc3339.h"

namespace Server {

namespace {

// Stored documents carry the table key as "id" and the public ID beside it.
QJsonObject toPublic(QJsonObject stored)
{
    stored.insert(QStringLiteral("id"), stored.value(QStringLiteral("public_id")));
    stored.remove(QStringLiteral("public_id"));
    return stored;
}

QJsonObject toStored(const KindDocuments &docs, QJsonObject doc)
{
    const QString id = doc.value(QStringLiteral("id")).toString();
    doc.insert(QStringLiteral("public_id"), id);
    doc.insert(QStringLiteral("id"), docs.key(id));
    return doc;
}

} // namespace

std::optional<QJsonObject> KindDocuments::find(const DataStore &store, const QString &appId,
                                               const QString &id) const
{
    return findByKey(store, appId, key(id));
}

std::optional<QJsonObject> KindDocuments::findByKey(const DataStore &store, const QString &appId,
                                                    const QString &key) const
{
    if (!owns(key))
        return std::nullopt;
    const auto stored = store.experiment(appId, key);
    return stored ? std::optional<QJsonObject>(toPublic(*stored)) : std::nullopt;
}

QList<QJsonObject> KindDocuments::list(const DataStore &store, const QString &appId) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &stored : store.experiments(appId, m_kind))
        result.append(toPublic(stored));
    return result;
}

Api::Result<void> KindDocuments::insert(DataStore &store, const QString &appId,
                                        const QJsonObject &doc) const
{
    return store.insertExperiment(appId, m_kind, toStored(*this, doc));
}

Api::Result<void> KindDocuments::update(DataStore &store, const QString &appId,
                                        const QJsonObject &doc) const
{
    return store.updateExperiment(appId, toStored(*this, doc));
}

Api::Result<void> KindDocuments::remove(DataStore &store, const QString &appId,
                                        const QString &id) const
{
    return store.deleteExperiment(appId, key(id));
}

namespace {

HttpResponse createDocument(ServerContext &ctx, const DocumentRoutes &routes,
                            const HttpRequest &req)
{
    const auto app = ctx.store.application(req.param(QStringLiteral("app")));
    if (!app)
        return notFound(QStringLiteral("application"), req.param(QStringLiteral("app")));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    Api::JsonObjectReader r(body);
    QString id = r.string(QStringLiteral("id"));
    const QString name = r.string(QStringLiteral("name"));
    const QString description = r.string(QStringLiteral("description"));
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    if (id.isEmpty())
        id = generateId(routes.idPrefix);
    if (!isValidId(id))
        return invalidId(QStringLiteral("id"), id);
    const QString now = Api::Rfc3339::format(ctx.clock.now());
    QJsonObject doc{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), name.isEmpty() ? id : name},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("created_at"), now},
                    {QStringLiteral("updated_at"), now}};
    // Everything is checked before anything is stored: a refusal leaves nothing behind.
    if (auto refusal = routes.build(*app, body, doc))
        return *refusal;
    if (routes.docs.find(ctx.store, app->id, id))
        return conflict(routes.docs.label(), id);
    if (auto stored = routes.docs.insert(ctx.store, app->id, doc); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(routes.view(app->id, doc, false));
}

HttpResponse renameDocument(ServerContext &ctx, const DocumentRoutes &routes,
                            const HttpRequest &req)
{
    const QString appId = req.param(QStringLiteral("app"));
    const QString id = req.param(QStringLiteral("id"));
    auto doc = routes.docs.find(ctx.store, appId, id);
    if (!doc)
        return routes.docs.notFound(id);
    QString name = doc->value(QStringLiteral("name")).toString();
    QString description = doc->value(QStringLiteral("description")).toString();
    if (auto error = readNameAndDescription(req, routes.docs.label(), id, name, description))
        return *error;
    doc->insert(QStringLiteral("name"), name);
    doc->insert(QStringLiteral("description"), description);
    doc->insert(QStringLiteral("updated_at"), Api::Rfc3339::format(ctx.clock.now()));
    if (auto stored = routes.docs.update(ctx.store, appId, *doc); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(routes.view(appId, *doc, false));
}

} // namespace

void registerDocumentRoutes(HttpRouter &router, ServerContext &ctx, const DocumentRoutes &routes)
{
    const QString item = routes.collectionPath + QStringLiteral("/{id}");
    router.add("POST", routes.collectionPath,
               [&ctx, routes](const HttpRequest &req) { return createDocument(ctx, routes, req); });
    router.add("GET", routes.collectionPath, [&ctx, routes](const HttpRequest &req) {
        if (auto missing = requireApplication(ctx, req))
            return *missing;
        const QString appId = req.param(QStringLiteral("app"));
        QJsonArray list;
        for (const QJsonObject &doc : routes.docs.list(ctx.store, appId))
            list.append(routes.view(appId, doc, false));
        return routes.listAsItems ? HttpResponse::json(QJsonObject{{QStringLiteral("items"), list}})
                                  : HttpResponse::json(list);
    });
    router.add("GET", item, [&ctx, routes](const HttpRequest &req) {
        const QString appId = req.param(QStringLiteral("app"));
        const QString id = req.param(QStringLiteral("id"));
        const auto doc = routes.docs.find(ctx.store, appId, id);
        return doc ? HttpResponse::json(routes.view(appId, *doc, true)) : routes.docs.notFound(id);
    });
    router.add("PATCH", item,
               [&ctx, routes](const HttpRequest &req) { return renameDocument(ctx, routes, req); });
    router.add("DELETE", item, [&ctx, routes](const HttpRequest &req) {
        const QString appId = req.param(QStringLiteral("app"));
        const QString id = req.param(QStringLiteral("id"));
        const auto doc = routes.docs.find(ctx.store, appId, id);
        if (!doc)
            return routes.docs.notFound(id);
        if (routes.beforeDelete) {
            if (auto refusal = routes.beforeDelete(appId, *doc))
                return *refusal;
        }
        if (auto removed = routes.docs.remove(ctx.store, appId, id); !removed)
            return HttpResponse::error(500, removed.error().message);
        return noContent();
    });
}

} // namespace Server
