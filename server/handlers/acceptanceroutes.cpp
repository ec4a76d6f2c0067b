// Acceptance tests: a candidate instance against a control instance over a batch experiment's
// runs, metric by metric (field + statistic + operator + tolerance), with a pass/fail per
// metric and overall once the experiment has finished.
#include "routehelpers.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/rfc3339.h"
#include "server/experiments/acceptance.h"
#include "server/experiments/distribution.h"

#include <QJsonArray>

namespace Server {

namespace {

const QString acceptanceKind = QStringLiteral("acceptance test");
const QString experimentKind = QStringLiteral("acceptance");

QString versionOf(ServerContext &ctx, const QString &appId, const QString &instanceId)
{
    const auto instance = ctx.store.instance(appId, instanceId);
    return instance ? instance->versionId : QString();
}

QJsonObject sideStatistics(const QString &instanceId, const QString &versionId,
                           const Distribution &d)
{
    QJsonObject percentiles = d.toJson().value(QStringLiteral("percentiles")).toObject();
    return {{QStringLiteral("instance_id"), instanceId},
            {QStringLiteral("version_id"), versionId},
            {QStringLiteral("number_of_runs_total"), d.count},
            {QStringLiteral("distribution_summary_statistics"),
             QJsonObject{{QStringLiteral("min"), d.min},
                         {QStringLiteral("max"), d.max},
                         {QStringLiteral("count"), d.count},
                         {QStringLiteral("mean"), d.mean},
                         {QStringLiteral("std"), d.std},
                         {QStringLiteral("shifted_geometric_mean"), d.shiftedGeometricMean},
                         {QStringLiteral("shift_parameter"), Distribution::geometricShift}}},
            {QStringLiteral("distribution_percentiles"), percentiles}};
}

// Status and results from the underlying batch experiment's runs.
QJsonObject withResults(ServerContext &ctx, QJsonObject test)
{
    const QString appId = test.value(QStringLiteral("app_id")).toString();
    const QString experimentId = test.value(QStringLiteral("experiment_id")).toString();
    const QList<RunRecord> runs = ctx.store.experimentRuns(appId, experimentId);
    bool finished = true;
    for (const RunRecord &run : runs)
        finished &= Api::isTerminal(run.info.metadata.status);
    test.insert(QStringLiteral("status"),
                finished ? QStringLiteral("completed") : QStringLiteral("started"));
    if (!finished)
        return test;

    const QJsonObject control = test.value(QStringLiteral("control")).toObject();
    const QJsonObject candidate = test.value(QStringLiteral("candidate")).toObject();
    auto valuesOf = [&runs](const QString &instanceId, const QString &field) {
        QList<double> values;
        for (const RunRecord &run : runs) {
            if (run.info.metadata.instanceId != instanceId ||
                run.info.metadata.status != Api::RunStatus::Succeeded)
                continue;
            for (const Api::Indicator &i :
                 Api::indicatorsFromStatistics(run.info.metadata.statistics)) {
                if (i.name == field)
                    values.append(i.value);
            }
        }
        return values;
    };
    bool allPassed = true;
    QJsonArray metricResults;
    for (const QJsonValue &v : test.value(QStringLiteral("metrics")).toArray()) {
        const QJsonObject metric = v.toObject();
        const QString field = metric.value(QStringLiteral("field")).toString();
        const QString statistic = metric.value(QStringLiteral("statistic")).toString();
        const QJsonObject params = metric.value(QStringLiteral("params")).toObject();
        const QJsonObject tolerance = params.value(QStringLiteral("tolerance")).toObject();
        AcceptanceRule rule{params.value(QStringLiteral("operator")).toString(),
                            tolerance.value(QStringLiteral("type")).toString(),
                            tolerance.value(QStringLiteral("value")).toDouble()};
        const Distribution controlD = Distribution::of(
            valuesOf(control.value(QStringLiteral("instance_id")).toString(), field));
        const Distribution candidateD = Distribution::of(
            valuesOf(candidate.value(QStringLiteral("instance_id")).toString(), field));
        const auto c = statisticValue(candidateD, statistic);
        const auto b = statisticValue(controlD, statistic);
        const bool passed =
            c && b && controlD.count > 0 && candidateD.count > 0 && rule.passes(*c, *b);
        allPassed &= passed;
        metricResults.append(QJsonObject{
            {QStringLiteral("metric"), metric},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("statistics"),
             QJsonObject{
                 {QStringLiteral("control"),
                  sideStatistics(control.value(QStringLiteral("instance_id")).toString(),
                                 control.value(QStringLiteral("version_id")).toString(), controlD)},
                 {QStringLiteral("candidate"),
                  sideStatistics(candidate.value(QStringLiteral("instance_id")).toString(),
                                 candidate.value(QStringLiteral("version_id")).toString(),
                                 candidateD)}}}});
    }
    test.insert(QStringLiteral("results"),
                QJsonObject{{QStringLiteral("passed"), allPassed},
                            {QStringLiteral("error"), QJsonValue()},
                            {QStringLiteral("metric_results"), metricResults}});
    return test;
}

// What clients see: the stored key without its prefix, and the results so far.
QJsonObject publicView(ServerContext &ctx, const QJsonObject &doc)
{
    QJsonObject out = withResults(ctx, doc);
    out.insert(QStringLiteral("id"), doc.value(QStringLiteral("public_id")));
    out.remove(QStringLiteral("public_id"));
    return out;
}

HttpResponse createAcceptance(ServerContext &ctx, const HttpRequest &req)
{
    if (auto missing = requireApplication(ctx, req))
        return *missing;
    const QString appId = req.param(QStringLiteral("app"));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    Api::JsonObjectReader r(body);
    const QString experimentId = r.requiredString(QStringLiteral("experiment_id"));
    QString id = r.string(QStringLiteral("id"), experimentId);
    const QString name = r.string(QStringLiteral("name"), id);
    const QString description = r.string(QStringLiteral("description"));
    const QString controlId =
        r.object(QStringLiteral("control")).value(QStringLiteral("instance_id")).toString();
    const QString candidateId =
        r.object(QStringLiteral("candidate")).value(QStringLiteral("instance_id")).toString();
    const QJsonArray metrics = r.array(QStringLiteral("metrics"));
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    if (!batchExperimentDocument(ctx, appId, experimentId))
        return HttpResponse::error(400,
                                   QStringLiteral("field 'experiment_id': batch experiment "
                                                  "'%1' does not exist")
                                       .arg(experimentId));
    if (controlId.isEmpty() || candidateId.isEmpty())
        return HttpResponse::error(400,
                                   QStringLiteral("'control.instance_id' and "
                                                  "'candidate.instance_id' are required"));
    if (metrics.isEmpty())
        return HttpResponse::error(400,
                                   QStringLiteral("field 'metrics' needs at least one metric"));
    for (const QJsonValue &v : metrics) {
        const QJsonObject metric = v.toObject();
        const QJsonObject params = metric.value(QStringLiteral("params")).toObject();
        const QString op = params.value(QStringLiteral("operator")).toString();
        const QString statistic = metric.value(QStringLiteral("statistic")).toString();
        const QString toleranceType = params.value(QStringLiteral("tolerance"))
                                          .toObject()
                                          .value(QStringLiteral("type"))
                                          .toString();
        if (metric.value(QStringLiteral("field")).toString().isEmpty())
            return HttpResponse::error(400, QStringLiteral("every metric needs a 'field'"));
        if (!AcceptanceRule::isKnownOperator(op))
            return HttpResponse::error(400,
                                       QStringLiteral("operator '%1' is not one of eq, ne, gt, "
                                                      "ge, lt, le")
                                           .arg(op));
        if (!statisticValue(Distribution::of({1}), statistic))
            return HttpResponse::error(400,
                                       QStringLiteral("statistic '%1' is not one of min, max, "
                                                      "mean, std, shifted_geometric_mean, "
                                                      "p01 … p99")
                                           .arg(statistic));
        if (!toleranceType.isEmpty() && toleranceType != QLatin1String("absolute") &&
            toleranceType != QLatin1String("relative"))
            return HttpResponse::error(400,
                                       QStringLiteral("tolerance type '%1' is not absolute or "
                                                      "relative")
                                           .arg(toleranceType));
    }
    if (!isValidId(id))
        return invalidId(QStringLiteral("id"), id);
    if (ctx.store.experiment(appId, QStringLiteral("acceptance:") + id))
        return conflict(acceptanceKind, id);
    const QString now = Api::Rfc3339::format(QDateTime::currentDateTimeUtc());
    QJsonArray normalized;
    for (const QJsonValue &v : metrics) {
        QJsonObject metric = v.toObject();
        if (!metric.contains(QStringLiteral("metric_type")))
            metric.insert(QStringLiteral("metric_type"), QStringLiteral("direct-comparison"));
        normalized.append(metric);
    }
    QJsonObject doc{
        {QStringLiteral("id"), QStringLiteral("acceptance:") + id},
        {QStringLiteral("public_id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("app_id"), appId},
        {QStringLiteral("experiment_id"), experimentId},
        {QStringLiteral("control"),
         QJsonObject{{QStringLiteral("instance_id"), controlId},
                     {QStringLiteral("version_id"), versionOf(ctx, appId, controlId)}}},
        {QStringLiteral("candidate"),
         QJsonObject{{QStringLiteral("instance_id"), candidateId},
                     {QStringLiteral("version_id"), versionOf(ctx, appId, candidateId)}}},
        {QStringLiteral("metrics"), normalized},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("updated_at"), now}};
    if (auto stored = ctx.store.insertExperiment(appId, experimentKind, doc); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(publicView(ctx, doc));
}

// Acceptance tests share the experiments table with batch experiments under a prefixed key.
std::optional<QJsonObject> findAcceptance(ServerContext &ctx, const HttpRequest &req)
{
    return ctx.store.experiment(req.param(QStringLiteral("app")),
                                QStringLiteral("acceptance:") + req.param(QStringLiteral("id")));
}

} // namespace

void registerAcceptanceRoutes(HttpRouter &router, ServerContext &ctx)
{
    const QString tests = QStringLiteral("/v1/applications/{app}/experiments/acceptance");
    const QString test = tests + QStringLiteral("/{id}");
    router.add("POST", tests,
               [&ctx](const HttpRequest &req) { return createAcceptance(ctx, req); });
    router.add("GET", tests, [&ctx](const HttpRequest &req) {
        if (auto missing = requireApplication(ctx, req))
            return *missing;
        QJsonArray list;
        for (const QJsonObject &doc :
             ctx.store.experiments(req.param(QStringLiteral("app")), experimentKind))
            list.append(publicView(ctx, doc));
        return HttpResponse::json(list);
    });
    router.add("GET", test, [&ctx](const HttpRequest &req) {
        const auto doc = findAcceptance(ctx, req);
        return doc ? HttpResponse::json(publicView(ctx, *doc))
                   : notFound(acceptanceKind, req.param(QStringLiteral("id")));
    });
    router.add("PATCH", test, [&ctx](const HttpRequest &req) {
        auto doc = findAcceptance(ctx, req);
        if (!doc)
            return notFound(acceptanceKind, req.param(QStringLiteral("id")));
        QString name = doc->value(QStringLiteral("name")).toString();
        QString description = doc->value(QStringLiteral("description")).toString();
        if (auto error = readNameAndDescription(req, acceptanceKind,
                                                req.param(QStringLiteral("id")), name, description))
            return *error;
        doc->insert(QStringLiteral("name"), name);
        doc->insert(QStringLiteral("description"), description);
        doc->insert(QStringLiteral("updated_at"),
                    Api::Rfc3339::format(QDateTime::currentDateTimeUtc()));
        if (auto stored = ctx.store.updateExperiment(req.param(QStringLiteral("app")), *doc);
            !stored)
            return HttpResponse::error(500, stored.error().message);
        return HttpResponse::json(publicView(ctx, *doc));
    });
    router.add("DELETE", test, [&ctx](const HttpRequest &req) {
        const auto doc = findAcceptance(ctx, req);
        if (!doc)
            return notFound(acceptanceKind, req.param(QStringLiteral("id")));
        const QString appId = req.param(QStringLiteral("app"));
        // As in Nextmv Cloud, the underlying batch experiment goes with it.
        (void)ctx.store.deleteExperiment(appId,
                                         doc->value(QStringLiteral("experiment_id")).toString());
        if (auto deleted =
                ctx.store.deleteExperiment(appId, doc->value(QStringLiteral("id")).toString());
            !deleted)
            return HttpResponse::error(500, deleted.error().message);
        return noContent();
    });
}

} // namespace Server
