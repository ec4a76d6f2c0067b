// Ensemble definitions ({app}/ensembles: create, list as {"items": […]}, get, rename, delete)
// and NextDesk's view of one ensemble run, GET /nextdesk/v1/applications/{app}/runs/{run}/
// ensemble: its children, their values per rule and the decision (the cloud's path for this
// is not known). Running one is POST .../runs (ensembleruns.h).
#include "ensembleruns.h"

#include <QSet>

namespace Server {

namespace {

constexpr int maximumRepetitions = 100;

std::optional<HttpResponse> buildDefinition(ServerContext &ctx, const Api::Application &app,
                                            const QJsonObject &body, QJsonObject &doc)
{
    for (const char *field : {"run_groups", "rules"}) {
        if (!body.contains(QLatin1String(field)))
            return HttpResponse::error(
                400, QStringLiteral("field '%1' is required").arg(QLatin1String(field)));
    }
    QJsonObject full = body;
    for (const char *field : {"id", "name", "description", "created_at", "updated_at"})
        full.insert(QLatin1String(field), doc.value(QLatin1String(field)));
    auto definition = Api::EnsembleDefinition::fromJson(full);
    if (!definition)
        return HttpResponse::error(400, definition.error().message);
    if (definition->runGroups.isEmpty())
        return HttpResponse::error(400,
                                   QStringLiteral("field 'run_groups' needs at least one run "
                                                  "group"));
    if (definition->rules.isEmpty())
        return HttpResponse::error(400, QStringLiteral("field 'rules' needs at least one rule"));
    QSet<QString> groupIds;
    for (qsizetype i = 0; i < definition->runGroups.size(); ++i) {
        const Api::EnsembleRunGroup &group = definition->runGroups.at(i);
        const QString field = QStringLiteral("run_groups[%1]").arg(i);
        if (group.id.isEmpty())
            return HttpResponse::error(400, QStringLiteral("field '%1.id' is required").arg(field));
        if (groupIds.contains(group.id))
            return HttpResponse::error(400,
                                       QStringLiteral("field '%1.id': run group ID '%2' appears "
                                                      "twice")
                                           .arg(field, group.id));
        groupIds.insert(group.id);
        if (group.repetitions < 1 || group.repetitions > maximumRepetitions)
            return HttpResponse::error(400,
                                       QStringLiteral("field '%1.repetitions' must be 1..%2, not "
                                                      "%3")
                                           .arg(field)
                                           .arg(maximumRepetitions)
                                           .arg(group.repetitions));
        if (auto missing =
                requireInstance(ctx, app, field + QStringLiteral(".instance_id"), group.instanceId))
            return missing;
    }
    QSet<QString> ruleIds;
    for (qsizetype i = 0; i < definition->rules.size(); ++i) {
        const Api::EnsembleRule &rule = definition->rules.at(i);
        const QString field = QStringLiteral("rules[%1]").arg(i);
        if (rule.id.isEmpty())
            return HttpResponse::error(400, QStringLiteral("field '%1.id' is required").arg(field));
        if (ruleIds.contains(rule.id))
            return HttpResponse::error(
                400,
                QStringLiteral("field '%1.id': rule ID '%2' appears twice").arg(field, rule.id));
        ruleIds.insert(rule.id);
        if (rule.statisticsPath.trimmed().isEmpty())
            return HttpResponse::error(
                400, QStringLiteral("field '%1.statistics_path' is required").arg(field));
        if (rule.tolerance < 0)
            return HttpResponse::error(
                400, QStringLiteral("field '%1.tolerance.value' must not be negative").arg(field));
    }
    definition->applicationId = app.id;
    doc = definition->toJson();
    return std::nullopt;
}

HttpResponse ensembleRunView(ServerContext &ctx, const HttpRequest &req)
{
    if (auto missing = requireApplication(ctx, req))
        return *missing;
    const QString runId = req.param(QStringLiteral("run"));
    const auto run = ctx.store.run(req.param(QStringLiteral("app")), runId);
    if (!run)
        return notFound(QStringLiteral("run"), runId);
    if (!isEnsembleRun(*run))
        return HttpResponse::error(404,
                                   QStringLiteral("run '%1' is not an ensemble run").arg(runId));
    return HttpResponse::json(ensembleRunResult(ctx, *run).toJson());
}

} // namespace

void registerEnsembleRoutes(HttpRouter &router, ServerContext &ctx)
{
    DocumentRoutes routes{ensembleDefinitions(), QStringLiteral("/v1/applications/{app}/ensembles"),
                          QStringLiteral("ensemble")};
    routes.listAsItems = true;
    routes.build = [&ctx](const Api::Application &app, const QJsonObject &body, QJsonObject &doc) {
        return buildDefinition(ctx, app, body, doc);
    };
    routes.view = [](const QString &, const QJsonObject &doc, bool) {
        return doc;
    };
    registerDocumentRoutes(router, ctx, routes);
    router.add("GET", QStringLiteral("/nextdesk/v1/applications/{app}/runs/{run}/ensemble"),
               [&ctx](const HttpRequest &req) { return ensembleRunView(ctx, req); });
}

} // namespace Server
