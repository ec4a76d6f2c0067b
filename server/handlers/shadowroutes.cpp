// Shadow tests ({app}/experiments/shadow): while started (and past start_events.time), every
// new run a user makes on a baseline instance is repeated on each candidate instance with the
// same input and run options; the baseline run's answer is unaffected. Baseline runs count
// towards termination_events.maximum_runs; at that count, or at termination_events.time, the
// test completes once its runs have ended. Results are batch-shaped summaries per instance and
// per input, where the input of a baseline run and of its shadow runs is the baseline run's ID.
#include "onlinetests.h"

#include "api/dto/shadowtest.h"
#include "api/wire/jsonobjectreader.h"
#include "api/wire/rfc3339.h"
#include "server/execution/runexecutor.h"

#include <QSet>

namespace Server {

namespace {

const QString baselineRunKey = QStringLiteral("baseline_run_id");

QList<Api::ShadowComparison> comparisonsOf(const QJsonObject &doc)
{
    auto comparisons =
        Api::ShadowComparison::listFromJson(doc.value(QStringLiteral("comparisons")));
    return comparisons ? comparisons.value() : QList<Api::ShadowComparison>();
}

std::optional<QDateTime> eventTime(const QJsonObject &doc, const QString &event)
{
    const QString text = doc.value(event).toObject().value(QStringLiteral("time")).toString();
    return text.isEmpty() ? std::nullopt : Api::Rfc3339::parse(text);
}

// The pair key of a run: the baseline run it shadows, or its own ID for a baseline run.
QString pairKey(const RunRecord &run)
{
    return run.experimentRole == QLatin1String("shadow")
        ? run.info.metadata.unknownFields.value(baselineRunKey).toString()
        : run.info.id;
}

std::optional<HttpResponse> buildShadowTest(ServerContext &ctx, const Api::Application &app,
                                            const QJsonObject &body, QJsonObject &doc)
{
    if (!body.contains(QStringLiteral("comparisons")))
        return HttpResponse::error(400,
                                   QStringLiteral("field 'comparisons' is required: "
                                                  "{baseline_instance_id: [candidates]}"));
    auto comparisons =
        Api::ShadowComparison::listFromJson(body.value(QStringLiteral("comparisons")));
    if (!comparisons)
        return HttpResponse::error(400, comparisons.error().message);
    if (comparisons->isEmpty())
        return HttpResponse::error(400,
                                   QStringLiteral("field 'comparisons' needs at least one "
                                                  "baseline instance with candidates"));
    QSet<QString> baselines;
    for (const Api::ShadowComparison &c : comparisons.value()) {
        const QString &baseline = c.baselineInstanceId;
        if (auto missing = requireInstance(ctx, app, QStringLiteral("comparisons"), baseline))
            return missing;
        if (baselines.contains(baseline))
            return HttpResponse::error(
                400,
                QStringLiteral("field 'comparisons': baseline instance '%1' appears twice")
                    .arg(baseline));
        baselines.insert(baseline);
        if (c.candidateInstanceIds.isEmpty())
            return HttpResponse::error(400,
                                       QStringLiteral("field 'comparisons': baseline instance "
                                                      "'%1' has no candidate instances")
                                           .arg(baseline));
        QSet<QString> candidates;
        for (const QString &candidate : c.candidateInstanceIds) {
            if (candidate == baseline)
                return HttpResponse::error(400,
                                           QStringLiteral("field 'comparisons': candidate "
                                                          "instance '%1' is its own baseline; a "
                                                          "candidate must differ from it")
                                               .arg(candidate));
            if (candidates.contains(candidate))
                return HttpResponse::error(400,
                                           QStringLiteral("field 'comparisons': candidate "
                                                          "instance '%1' appears twice for "
                                                          "baseline '%2'")
                                               .arg(candidate, baseline));
            candidates.insert(candidate);
            if (auto missing = requireInstance(ctx, app, QStringLiteral("comparisons"), candidate))
                return missing;
        }
    }

    Api::JsonObjectReader r(body);
    if (!r.has(QStringLiteral("termination_events")))
        return HttpResponse::error(400,
                                   QStringLiteral("field 'termination_events' is required (with "
                                                  "maximum_runs 1..300)"));
    Api::JsonObjectReader end(r.object(QStringLiteral("termination_events")),
                              QStringLiteral("termination_events"));
    Api::JsonObjectReader start(r.object(QStringLiteral("start_events")),
                                QStringLiteral("start_events"));
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    if (!end.has(QStringLiteral("maximum_runs")))
        return HttpResponse::error(
            400, QStringLiteral("field 'termination_events.maximum_runs' is required (1..300)"));
    const qint64 maximumRuns = end.integer(QStringLiteral("maximum_runs"));
    const QDateTime endTime = end.timestamp(QStringLiteral("time"));
    const QDateTime startTime = start.timestamp(QStringLiteral("time"));
    for (const Api::JsonObjectReader *reader : {&end, &start}) {
        if (!reader->ok())
            return HttpResponse::error(400, reader->errorMessage());
    }
    if (maximumRuns < 1 || maximumRuns > 300)
        return HttpResponse::error(400,
                                   QStringLiteral("field 'termination_events.maximum_runs' must "
                                                  "be 1..300, not %1")
                                       .arg(maximumRuns));
    if (endTime.isValid() && startTime.isValid() && endTime <= startTime)
        return HttpResponse::error(400,
                                   QStringLiteral("field 'termination_events.time' must be after "
                                                  "'start_events.time'"));
    if (endTime.isValid() && endTime <= ctx.clock.now())
        return HttpResponse::error(
            400,
            QStringLiteral("field 'termination_events.time' is in the past: %1")
                .arg(Api::Rfc3339::format(endTime)));

    Api::ShadowTest test;
    test.comparisons = comparisons.value();
    test.maximumRuns = int(maximumRuns);
    if (endTime.isValid())
        test.endTime = endTime;
    if (startTime.isValid())
        test.startTime = startTime;
    const QJsonObject encoded = test.toJson();
    for (const char *key : {"comparisons", "termination_events", "start_events"}) {
        if (encoded.contains(QLatin1String(key)))
            doc.insert(QLatin1String(key), encoded.value(QLatin1String(key)));
    }
    doc.insert(QStringLiteral("app_id"), app.id);
    doc.insert(QStringLiteral("status"), Api::toString(Api::ExperimentStatus::Draft));
    return std::nullopt;
}

// Shadow runs: the same input and run options on every candidate of the baseline.
void startShadowRuns(ServerContext &ctx, const Api::Application &app, const RoutedRun &routed,
                     const QString &baselineRunId, const Api::RunRequest &request)
{
    Api::RunRequest copy = request;
    if (copy.input) {
        // The baseline's stored input, not a second copy of it.
        copy.input.reset();
        copy.inputId = baselineRunId;
    }
    // A shadow run waits for capacity rather than vanish: the user asked nothing of it.
    copy.queuingDisabled = false;
    RunLinks links = routed.links;
    links.experimentRole = QStringLiteral("shadow");
    links.extraMetadata = {{baselineRunKey, baselineRunId}};
    for (const Api::ShadowComparison &c : comparisonsOf(routed.test)) {
        if (c.baselineInstanceId != routed.instanceId)
            continue;
        for (const QString &candidate : c.candidateInstanceIds) {
            auto started = startRun(ctx, app, candidate, copy, links);
            if (auto *error = std::get_if<HttpResponse>(&started))
                qWarning("nextdesk-server: shadow run of %s on %s not started: %s",
                         qPrintable(baselineRunId), qPrintable(candidate), error->body.constData());
        }
    }
}

OnlineTestKind makeKind()
{
    OnlineTestKind kind{KindDocuments(QStringLiteral("shadow"), QStringLiteral("shadow test")),
                        QStringLiteral("/v1/applications/{app}/experiments/shadow")};
    kind.baselines = [](const QJsonObject &doc) {
        QStringList baselines;
        for (const Api::ShadowComparison &c : comparisonsOf(doc))
            baselines.append(c.baselineInstanceId);
        return baselines;
    };
    kind.instances = [](const QJsonObject &doc) {
        QStringList instances;
        for (const Api::ShadowComparison &c : comparisonsOf(doc))
            instances << c.baselineInstanceId << c.candidateInstanceIds;
        return instances;
    };
    kind.isDue = [](const QJsonObject &doc, const ExperimentRunCounts &counts,
                    const QDateTime &now) {
        const int maximumRuns = doc.value(QStringLiteral("termination_events"))
                                    .toObject()
                                    .value(QStringLiteral("maximum_runs"))
                                    .toInt();
        const auto endTime = eventTime(doc, QStringLiteral("termination_events"));
        return counts.byRole.value(QStringLiteral("baseline")) >= maximumRuns ||
            (endTime && now >= *endTime);
    };
    kind.prepareStart = [](QJsonObject &doc, const QDateTime &now) -> std::optional<HttpResponse> {
        const auto endTime = eventTime(doc, QStringLiteral("termination_events"));
        if (endTime && now >= *endTime)
            return HttpResponse::error(409,
                                       QStringLiteral("shadow test '%1' cannot start: its "
                                                      "termination time %2 has passed")
                                           .arg(doc.value(QStringLiteral("id")).toString(),
                                                Api::Rfc3339::format(*endTime)));
        return std::nullopt;
    };
    kind.route = [](const QJsonObject &doc, const QString &instanceId, const QDateTime &now,
                    RoutedRun &routed) {
        bool isBaseline = false;
        for (const Api::ShadowComparison &c : comparisonsOf(doc))
            isBaseline |= c.baselineInstanceId == instanceId;
        // Started early: data collection waits for start_events.time.
        const auto startTime = eventTime(doc, QStringLiteral("start_events"));
        if (!isBaseline || (startTime && now < *startTime))
            return false;
        routed.links.experimentRole = QStringLiteral("baseline");
        return true;
    };
    kind.afterRouted = startShadowRuns;
    kind.cancelRole = QStringLiteral("shadow");
    kind.putCounts = [](QJsonObject &view, const ExperimentRunCounts &counts) {
        view.insert(QStringLiteral("number_of_runs"), counts.total);
        view.insert(QStringLiteral("number_of_baseline_runs"),
                    counts.byRole.value(QStringLiteral("baseline")));
        view.insert(QStringLiteral("number_of_shadow_runs"),
                    counts.byRole.value(QStringLiteral("shadow")));
        view.insert(QStringLiteral("number_of_completed_runs"), counts.finished);
    };
    kind.inputKeyOf = pairKey;
    kind.describeRun = [](QJsonObject &item, const RunRecord &run) {
        // input_id is the pair key, as inputID is in the per-input summaries.
        item.insert(QStringLiteral("input_id"), pairKey(run));
        item.insert(baselineRunKey, pairKey(run));
    };
    return kind;
}

} // namespace

const OnlineTestKind &shadowTestKind()
{
    static const OnlineTestKind kind = makeKind();
    return kind;
}

void registerShadowRoutes(HttpRouter &router, ServerContext &ctx)
{
    const OnlineTestKind &kind = shadowTestKind();
    DocumentRoutes routes{kind.docs, kind.runsPath, QStringLiteral("shadow")};
    routes.build = [&ctx](const Api::Application &app, const QJsonObject &body, QJsonObject &doc) {
        return buildShadowTest(ctx, app, body, doc);
    };
    // The baseline runs are the users' own and stay (unlinked); the shadow runs go.
    routes.beforeDelete = [&ctx, &kind](const QString &appId,
                                        const QJsonObject &doc) -> std::optional<HttpResponse> {
        QList<RunRecord> baselineRuns;
        const QString key = kind.docs.key(doc.value(QStringLiteral("id")).toString());
        for (const RunRecord &run : ctx.store.experimentRuns(appId, key)) {
            if (run.experimentRole == QLatin1String("shadow"))
                ctx.executor.cancel(run.info.id);
            else
                baselineRuns.append(run);
        }
        // Re-read: canceling may have moved them on.
        QList<RunRecord> fresh;
        for (const RunRecord &run : std::as_const(baselineRuns)) {
            if (auto again = ctx.store.run(run.info.id))
                fresh.append(*again);
        }
        if (auto detached = detachRuns(ctx, fresh); !detached)
            return HttpResponse::error(500, detached.error().message);
        return std::nullopt;
    };
    registerOnlineTestRoutes(router, ctx, kind, routes);
}

} // namespace Server
