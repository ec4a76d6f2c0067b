// Switchback tests ({app}/experiments/switchback): a plan of back-to-back time units, each
// given to the baseline or the candidate instance, made at creation (randomSwitchbackPlan).
// While started, a new run a user makes on the baseline instance during unit k runs on unit
// k's instance and belongs to the test; outside the plan runs stay on the baseline, untouched.
// After the last unit the test completes once its runs have ended. Without
// generate_random_plan.start the plan starts when the test is started (until then it shows the
// creation time). Deleting a test keeps its runs; they only lose the link.
#include "onlinetests.h"

#include "api/dto/switchbacktest.h"
#include "api/wire/jsonobjectreader.h"
#include "api/wire/rfc3339.h"
#include "server/experiments/switchbackplan.h"

namespace Server {

namespace {

const QString unitKey = QStringLiteral("switchback_unit");

QString baselineOf(const QJsonObject &doc)
{
    return doc.value(QStringLiteral("comparison"))
        .toObject()
        .value(QStringLiteral("baseline_instance_id"))
        .toString();
}

Api::SwitchbackPlan planOf(const QJsonObject &doc)
{
    auto plan = Api::SwitchbackPlan::fromJson(doc.value(QStringLiteral("plan")).toObject());
    return plan ? plan.value() : Api::SwitchbackPlan();
}

std::optional<HttpResponse> buildSwitchbackTest(ServerContext &ctx, const Api::Application &app,
                                                const QJsonObject &body, QJsonObject &doc)
{
    Api::JsonObjectReader r(body);
    if (!r.has(QStringLiteral("comparison")))
        return HttpResponse::error(400,
                                   QStringLiteral("field 'comparison' is required: "
                                                  "{baseline_instance_id, candidate_instance_id}"));
    if (!r.has(QStringLiteral("generate_random_plan")))
        return HttpResponse::error(400,
                                   QStringLiteral("field 'generate_random_plan' is required: "
                                                  "{unit_duration_minutes, units, start?}"));
    Api::JsonObjectReader comparison(r.object(QStringLiteral("comparison")),
                                     QStringLiteral("comparison"));
    Api::JsonObjectReader plan(r.object(QStringLiteral("generate_random_plan")),
                               QStringLiteral("generate_random_plan"));
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    const QString baseline = comparison.requiredString(QStringLiteral("baseline_instance_id"));
    const QString candidate = comparison.requiredString(QStringLiteral("candidate_instance_id"));
    if (!comparison.ok())
        return HttpResponse::error(400, comparison.errorMessage());
    if (auto missing =
            requireInstance(ctx, app, QStringLiteral("comparison.baseline_instance_id"), baseline))
        return missing;
    if (auto missing = requireInstance(ctx, app, QStringLiteral("comparison.candidate_instance_id"),
                                       candidate))
        return missing;
    if (candidate == baseline)
        return HttpResponse::error(400,
                                   QStringLiteral("field 'comparison.candidate_instance_id' must "
                                                  "differ from the baseline instance"));
    for (const char *field : {"unit_duration_minutes", "units"}) {
        if (!plan.has(QLatin1String(field)))
            return HttpResponse::error(400,
                                       QStringLiteral("field 'generate_random_plan.%1' is "
                                                      "required")
                                           .arg(QLatin1String(field)));
    }
    const qint64 minutes = plan.integer(QStringLiteral("unit_duration_minutes"));
    const qint64 units = plan.integer(QStringLiteral("units"));
    const QDateTime start = plan.timestamp(QStringLiteral("start"));
    if (!plan.ok())
        return HttpResponse::error(400, plan.errorMessage());
    if (minutes < 1 || minutes > 10080)
        return HttpResponse::error(400,
                                   QStringLiteral("field 'generate_random_plan.unit_duration_"
                                                  "minutes' must be 1..10080, not %1")
                                       .arg(minutes));
    if (units < 1 || units > 1000)
        return HttpResponse::error(400,
                                   QStringLiteral("field 'generate_random_plan.units' must be "
                                                  "1..1000, not %1")
                                       .arg(units));

    QJsonObject request{{QStringLiteral("unit_duration_minutes"), minutes},
                        {QStringLiteral("units"), units}};
    if (start.isValid())
        request.insert(QStringLiteral("start"), Api::Rfc3339::format(start));
    doc.insert(QStringLiteral("app_id"), app.id);
    doc.insert(QStringLiteral("status"), Api::toString(Api::ExperimentStatus::Draft));
    doc.insert(QStringLiteral("comparison"),
               QJsonObject{{QStringLiteral("baseline_instance_id"), baseline},
                           {QStringLiteral("candidate_instance_id"), candidate}});
    doc.insert(QStringLiteral("generate_random_plan"), request);
    doc.insert(QStringLiteral("plan"),
               randomSwitchbackPlan(baseline, candidate, int(units), int(minutes),
                                    start.isValid() ? start : ctx.clock.now())
                   .toJson());
    return std::nullopt;
}

OnlineTestKind makeKind()
{
    OnlineTestKind kind{
        KindDocuments(QStringLiteral("switchback"), QStringLiteral("switchback test")),
        QStringLiteral("/v1/applications/{app}/experiments/switchback")};
    kind.baselines = [](const QJsonObject &doc) {
        return QStringList{baselineOf(doc)};
    };
    kind.instances = [](const QJsonObject &doc) {
        return QStringList{baselineOf(doc),
                           doc.value(QStringLiteral("comparison"))
                               .toObject()
                               .value(QStringLiteral("candidate_instance_id"))
                               .toString()};
    };
    kind.isDue = [](const QJsonObject &doc, const ExperimentRunCounts &, const QDateTime &now) {
        const QDateTime end = planOf(doc).end();
        return end.isValid() && now >= end;
    };
    kind.prepareStart = [](QJsonObject &doc, const QDateTime &now) -> std::optional<HttpResponse> {
        Api::SwitchbackPlan plan = planOf(doc);
        const bool floating = !doc.value(QStringLiteral("generate_random_plan"))
                                   .toObject()
                                   .contains(QStringLiteral("start"));
        if (floating) {
            plan.start = now;
            doc.insert(QStringLiteral("plan"), plan.toJson());
        } else if (now >= plan.end()) {
            return HttpResponse::error(409,
                                       QStringLiteral("switchback test '%1' cannot start: its "
                                                      "plan ended at %2")
                                           .arg(doc.value(QStringLiteral("id")).toString(),
                                                Api::Rfc3339::format(plan.end())));
        }
        return std::nullopt;
    };
    kind.route = [](const QJsonObject &doc, const QString &instanceId, const QDateTime &now,
                    RoutedRun &routed) {
        if (instanceId != baselineOf(doc))
            return false;
        const Api::SwitchbackPlan plan = planOf(doc);
        const int position = plan.unitAt(now);
        if (position < 0)
            return false;
        const Api::SwitchbackUnit &unit = plan.units.at(position);
        routed.instanceId = unit.instanceId;
        routed.links.experimentRole = unit.instanceId == instanceId ? QStringLiteral("baseline")
                                                                    : QStringLiteral("candidate");
        routed.links.extraMetadata = {{unitKey, unit.index}};
        return true;
    };
    kind.putCounts = [](QJsonObject &view, const ExperimentRunCounts &counts) {
        view.insert(QStringLiteral("number_of_runs"), counts.total);
        view.insert(QStringLiteral("number_of_completed_runs"), counts.finished);
    };
    kind.describeRun = [](QJsonObject &item, const RunRecord &run) {
        item.insert(unitKey, run.info.metadata.unknownFields.value(unitKey).toInt());
    };
    return kind;
}

} // namespace

const OnlineTestKind &switchbackTestKind()
{
    static const OnlineTestKind kind = makeKind();
    return kind;
}

void registerSwitchbackRoutes(HttpRouter &router, ServerContext &ctx)
{
    const OnlineTestKind &kind = switchbackTestKind();
    DocumentRoutes routes{kind.docs, kind.runsPath, QStringLiteral("switchback")};
    routes.listAsItems = true;
    routes.build = [&ctx](const Api::Application &app, const QJsonObject &body, QJsonObject &doc) {
        return buildSwitchbackTest(ctx, app, body, doc);
    };
    // The runs are the users' own: they stay, unlinked.
    routes.beforeDelete = [&ctx, &kind](const QString &appId,
                                        const QJsonObject &doc) -> std::optional<HttpResponse> {
        const QString key = kind.docs.key(doc.value(QStringLiteral("id")).toString());
        if (auto detached = detachRuns(ctx, ctx.store.experimentRuns(appId, key)); !detached)
            return HttpResponse::error(500, detached.error().message);
        return std::nullopt;
    };
    registerOnlineTestRoutes(router, ctx, kind, routes);
}

} // namespace Server
