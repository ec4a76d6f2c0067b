// Runs: create (inline input, upload ID or managed input), metadata, result, input, list with
// paging, update, cancel, delete, logs and live logs, the upload URL, and the account queue.
#include "routehelpers.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"
#include "api/wire/rfc3339.h"
#include "ensembleruns.h"
#include "onlinetests.h"
#include "server/execution/runexecutor.h"
#include "server/http/httprouter.h"
#include "server/store/datastore.h"
#include "server/store/payloadstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Server {

namespace {

const QString runKind = QStringLiteral("run");
constexpr int runsPerPage = 50;

// Execution classes name their time limit at the end ("8c16gb12h", "6c9500mb870s").
qint64 timeLimitFromExecutionClass(const QString &executionClass)
{
    static const QRegularExpression pattern(QStringLiteral(R"((\d+)(ms|s|m|h)\z)"));
    const QRegularExpressionMatch match = pattern.match(executionClass);
    if (!match.hasMatch())
        return 0;
    const qint64 amount = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("ms"))
        return amount;
    if (unit == QLatin1String("s"))
        return amount * 1000;
    if (unit == QLatin1String("m"))
        return amount * 60 * 1000;
    return amount * 3600 * 1000;
}

QString encodePageToken(qint64 seq)
{
    return QString::fromLatin1(
        QByteArray("runs:" + QByteArray::number(seq))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodePageToken(const QString &token)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("runs:"))
        return std::nullopt;
    bool ok = false;
    const qint64 seq = raw.mid(5).toLongLong(&ok);
    return ok && seq > 0 ? std::optional<qint64>(seq) : std::nullopt;
}

struct ResolvedInstance
{
    QString instanceId;
    QString versionId;
    QString executableId;
    Api::InstanceConfiguration configuration;
};

std::variant<ResolvedInstance, HttpResponse>
resolveInstance(ServerContext &ctx, const Api::Application &app, QString instanceId)
{
    if (instanceId.isEmpty())
        instanceId = app.defaultInstance.isEmpty() ? QStringLiteral("latest") : app.defaultInstance;
    ResolvedInstance resolved;
    resolved.instanceId = instanceId;
    if (isDevInstanceId(instanceId)) {
        resolved.executableId = ctx.store.devExecutableId(app.id);
        if (resolved.executableId.isEmpty())
            return HttpResponse::error(400,
                                       QStringLiteral("application '%1' has no pushed code "
                                                      "yet; push the app before running "
                                                      "instance '%2'")
                                           .arg(app.id, instanceId));
        return resolved;
    }
    const auto instance = ctx.store.instance(app.id, instanceId);
    if (!instance)
        return notFound(QStringLiteral("instance"), instanceId);
    const auto version = ctx.store.version(app.id, instance->versionId);
    if (!version)
        return HttpResponse::error(400,
                                   QStringLiteral("instance '%1' refers to version '%2', "
                                                  "which no longer exists")
                                       .arg(instanceId, instance->versionId));
    resolved.versionId = version->id;
    resolved.executableId = version->executable.id;
    resolved.configuration = instance->configuration;
    return resolved;
}

// A version run directly, without an instance (batch experiments may name versions).
std::variant<ResolvedInstance, HttpResponse>
resolveVersion(ServerContext &ctx, const Api::Application &app, const QString &versionId)
{
    const auto version = ctx.store.version(app.id, versionId);
    if (!version)
        return notFound(QStringLiteral("version"), versionId);
    ResolvedInstance resolved;
    resolved.versionId = version->id;
    resolved.executableId = version->executable.id;
    return resolved;
}

} // namespace

QString effectiveInstanceId(const Api::Application &app, const QString &instanceId)
{
    if (!instanceId.isEmpty())
        return instanceId;
    return app.defaultInstance.isEmpty() ? QStringLiteral("latest") : app.defaultInstance;
}

std::optional<HttpResponse> checkRunnable(ServerContext &ctx, const Api::Application &app,
                                          const QString &instanceId)
{
    auto resolved = resolveInstance(ctx, app, instanceId);
    if (auto *error = std::get_if<HttpResponse>(&resolved))
        return *error;
    return std::nullopt;
}

std::optional<HttpResponse> attachInput(ServerContext &ctx, const Api::Application &app,
                                        Api::RunRequest &request, RunRecord &record)
{
    // Exactly one source, checked by the codec.
    if (request.input) {
        const QJsonValue &input = *request.input;
        const QByteArray bytes =
            input.isString() ? input.toString().toUtf8() : Api::compactJson(input);
        if (input.isString() && request.format.input == QLatin1String("json"))
            request.format.input = QStringLiteral("text");
        auto ref = ctx.payloads.store(app.id, bytes, record.info.id + QStringLiteral("-input"));
        if (!ref)
            return HttpResponse::error(500, ref.error().message);
        record.inputRef = ref.value();
    } else if (!request.uploadId.isEmpty()) {
        const auto upload = ctx.store.upload(request.uploadId);
        if (!upload || upload->appId != app.id || upload->kind != QLatin1String("input"))
            return notFound(QStringLiteral("upload"), request.uploadId);
        if (upload->payloadRef.isEmpty())
            return HttpResponse::error(400,
                                       QStringLiteral("upload '%1' has no content yet: PUT "
                                                      "the input to its upload URL first")
                                           .arg(request.uploadId));
        record.inputRef = upload->payloadRef;
    } else {
        // A managed input, or (for experiments) another run whose input is reused.
        QString ref = ctx.store.managedInputPayload(app.id, request.inputId);
        if (const auto managed = ctx.store.managedInput(app.id, request.inputId))
            request.format.input = managed->format.input;
        else if (const auto source = ctx.store.run(app.id, request.inputId)) {
            ref = source->inputRef;
            request.format.input = source->info.metadata.format.input;
        }
        if (ref.isEmpty())
            return notFound(QStringLiteral("input"), request.inputId);
        record.inputRef = ref;
        record.info.metadata.inputId = request.inputId;
    }
    record.info.metadata.inputSize = ctx.payloads.size(record.inputRef);
    return std::nullopt;
}

std::variant<QString, HttpResponse> startRun(ServerContext &ctx, const Api::Application &app,
                                             const QString &instanceId, Api::RunRequest request,
                                             const RunLinks &links)
{
    auto resolved = links.versionId.isEmpty() ? resolveInstance(ctx, app, instanceId)
                                              : resolveVersion(ctx, app, links.versionId);
    if (auto *error = std::get_if<HttpResponse>(&resolved))
        return *error;
    const ResolvedInstance &instance = std::get<ResolvedInstance>(resolved);

    RunRecord record;
    record.info.id =
        generateId(instance.instanceId.isEmpty() ? instance.versionId : instance.instanceId);
    record.executableId = instance.executableId;
    if (auto error = attachInput(ctx, app, request, record))
        return *error;

    Api::RunMetadata &m = record.info.metadata;
    if (!links.experimentId.isEmpty() && links.experimentType.isEmpty()) {
        request.batchExperimentId = links.experimentId;
        m.unknownFields.insert(QStringLiteral("option_set"), links.optionSet);
        m.unknownFields.insert(QStringLiteral("repetition"), links.repetition);
    }
    for (auto it = links.extraMetadata.constBegin(); it != links.extraMetadata.constEnd(); ++it)
        m.unknownFields.insert(it.key(), it.value());
    record.experimentKey = links.experimentKey;
    record.experimentRole = links.experimentRole;
    m.runReferenceId = links.referenceId;
    m.experimentType = links.experimentType;
    m.applicationId = app.id;
    m.instanceId = instance.instanceId;
    m.versionId = instance.versionId;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.status = Api::RunStatus::Queued;
    m.format = request.format;
    m.executionClass = !request.executionClass.isEmpty()   ? request.executionClass
        : !instance.configuration.executionClass.isEmpty() ? instance.configuration.executionClass
                                                           : QStringLiteral("local");
    m.runtime = QStringLiteral("local");
    m.queuingPriority =
        request.queuingPriority.value_or(instance.configuration.queuingPriority.value_or(6));
    m.queuingDisabled = request.queuingDisabled;
    m.experimentId =
        links.experimentType.isEmpty() ? request.batchExperimentId : links.experimentId;
    m.requestOptions = request.options;
    // Instance options first, the run's own options win.
    const QJsonObject &instanceOptions = instance.configuration.options;
    for (auto it = instanceOptions.constBegin(); it != instanceOptions.constEnd(); ++it) {
        if (!request.options.contains(it.key())) {
            m.activeOptions.insert(it.key(), it.value());
            m.optionsSummary.append({it.key(), it.value().toString(), QStringLiteral("instance")});
        }
    }
    for (auto it = request.options.constBegin(); it != request.options.constEnd(); ++it) {
        m.activeOptions.insert(it.key(), it.value());
        m.optionsSummary.append({it.key(), it.value().toString(), QStringLiteral("run")});
    }
    record.info.name = request.name;
    record.info.description = request.description;
    record.info.userEmail = ctx.userEmail;
    const qint64 classLimit = timeLimitFromExecutionClass(m.executionClass);
    record.timeLimitMs = classLimit > 0 ? classLimit : ctx.defaultTimeLimitMs;

    if (m.queuingDisabled && ctx.executor.runningCount() >= ctx.executor.maxConcurrentRuns())
        return HttpResponse::error(429,
                                   QStringLiteral("no capacity is free and queuing is "
                                                  "disabled for this run"));
    if (auto stored = ctx.store.insertRun(record); !stored)
        return HttpResponse::error(500, stored.error().message);
    ctx.executor.enqueue(record);
    return record.info.id;
}

namespace {

// A run a user asked for: a started shadow or switchback test on its instance may take it in.
// Runs attached to a batch experiment ignore online tests, as in Nextmv Cloud.
std::variant<QString, HttpResponse> startUserRun(ServerContext &ctx, const Api::Application &app,
                                                 const QString &instanceId, Api::RunRequest request)
{
    if (!request.batchExperimentId.isEmpty())
        return startRun(ctx, app, instanceId, std::move(request), {});
    const RoutedRun routed = routeNewRun(ctx, app, effectiveInstanceId(app, instanceId));
    if (!routed.isRouted())
        return startRun(ctx, app, instanceId, std::move(request), {});
    auto started = startRun(ctx, app, routed.instanceId, request, routed.links);
    // A test must never cost the user their run: if its instance cannot run (deleted since),
    // the run goes where it was sent, outside the test.
    if (std::holds_alternative<HttpResponse>(started))
        return startRun(ctx, app, instanceId, std::move(request), {});
    afterRoutedRun(ctx, app, routed, std::get<QString>(started), request);
    return started;
}

HttpResponse createRun(ServerContext &ctx, const HttpRequest &req)
{
    const auto app = ctx.store.application(req.param(QStringLiteral("app")));
    if (!app)
        return notFound(QStringLiteral("application"), req.param(QStringLiteral("app")));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    auto request = Api::RunRequest::fromJson(body);
    if (!request)
        return HttpResponse::error(400, request.error().message);
    if (request->input && req.body.size() > ctx.inlinePayloadLimit)
        return HttpResponse::error(
            413,
            QStringLiteral("the input is larger than the 5 MB limit for inline input; "
                           "request an upload URL (POST .../runs/uploadurl), PUT the input "
                           "there and create the run with its upload_id"));

    // The SDK sends ensemble runs without an instance (and older SDKs with the default one);
    // the definition's run groups name the instances, so any instance_id is ignored.
    auto started = !request->ensembleDefinitionId.isEmpty()
        ? startEnsembleRun(ctx, *app, std::move(request).value())
        : startUserRun(ctx, *app, req.queryValue(QStringLiteral("instance_id")),
                       std::move(request).value());
    if (auto *error = std::get_if<HttpResponse>(&started))
        return *error;
    return HttpResponse::json(QJsonObject{{QStringLiteral("run_id"), std::get<QString>(started)}});
}

std::optional<RunRecord> findRun(ServerContext &ctx, const HttpRequest &req)
{
    return ctx.store.run(req.param(QStringLiteral("app")), req.param(QStringLiteral("run")));
}

HttpResponse runNotFound(const HttpRequest &req)
{
    return notFound(runKind, req.param(QStringLiteral("run")));
}

// The stored output was checked to be JSON when the run finished, so it is spliced into the
// answer as raw bytes instead of being parsed and serialised again.
HttpResponse runResult(ServerContext &ctx, const HttpRequest &req)
{
    const auto run = findRun(ctx, req);
    if (!run)
        return runNotFound(req);
    const Api::RunMetadata &m = run->info.metadata;
    QJsonObject info = run->info.toJson();
    if (m.status == Api::RunStatus::Failed || m.status == Api::RunStatus::Canceled) {
        QStringList lines;
        for (const LogLine &line : ctx.store.logLines(run->info.id))
            lines.append(line.text);
        info.insert(QStringLiteral("error_log"),
                    QJsonObject{{QStringLiteral("error"), m.error},
                                {QStringLiteral("stderr"), lines.join(QLatin1Char('\n'))}});
    }
    if (m.status != Api::RunStatus::Succeeded || run->outputRef.isEmpty())
        return HttpResponse::json(info);

    const bool asUrl = req.queryValue(QStringLiteral("format")) == QLatin1String("url") ||
        m.outputSize > ctx.inlinePayloadLimit || m.format.output != QLatin1String("json");
    if (asUrl) {
        info.insert(QStringLiteral("output"),
                    QJsonObject{{QStringLiteral("url"),
                                 presignedDownload(ctx, req, m.applicationId,
                                                   QStringLiteral("run-output"), run->info.id)}});
        return HttpResponse::json(info);
    }
    auto output = ctx.payloads.read(run->outputRef);
    if (!output)
        return HttpResponse::error(500, output.error().message);
    QByteArray body = QJsonDocument(info).toJson(QJsonDocument::Compact);
    body.chop(1); // the closing brace
    body += ",\"output\":";
    body += output->trimmed();
    body += '}';
    return HttpResponse::raw(body, "application/json");
}

HttpResponse runInput(ServerContext &ctx, const HttpRequest &req)
{
    const auto run = findRun(ctx, req);
    if (!run)
        return runNotFound(req);
    const Api::RunMetadata &m = run->info.metadata;
    if (req.queryValue(QStringLiteral("format")) == QLatin1String("url"))
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("url"),
                         presignedDownload(ctx, req, m.applicationId, QStringLiteral("run-input"),
                                           run->info.id)}});
    return payloadResponse(ctx, run->inputRef, m.format.input);
}

HttpResponse listRuns(ServerContext &ctx, const HttpRequest &req)
{
    if (auto missing = requireApplication(ctx, req))
        return *missing;
    const QString appId = req.param(QStringLiteral("app"));
    qint64 before = 0;
    const QString token = req.queryValue(QStringLiteral("pagetoken"));
    if (!token.isEmpty()) {
        const auto seq = decodePageToken(token);
        if (!seq)
            return HttpResponse::error(400, QStringLiteral("invalid pagetoken '%1'").arg(token));
        before = *seq;
    }
    // One extra row tells whether another page exists without a second query.
    const QList<DataStore::RunListItem> items =
        ctx.store.runListItems(appId, before, runsPerPage + 1);
    // Spliced from the stored list items, in the order of keys a QJsonDocument would write.
    QByteArray body = "{";
    if (items.size() > runsPerPage)
        body += "\"next_page_token\":\"" +
            encodePageToken(items.at(runsPerPage - 1).seq).toLatin1() + "\",";
    body += "\"runs\":[";
    for (qsizetype i = 0; i < std::min<qsizetype>(items.size(), runsPerPage); ++i) {
        if (i > 0)
            body += ',';
        body += items.at(i).summaryJson;
    }
    body += "]}";
    return HttpResponse::raw(body, "application/json");
}

HttpResponse updateRun(ServerContext &ctx, const HttpRequest &req)
{
    auto run = findRun(ctx, req);
    if (!run)
        return runNotFound(req);
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    Api::JsonObjectReader r(body);
    const QString name = r.string(QStringLiteral("name"), run->info.name);
    const QString description = r.string(QStringLiteral("description"), run->info.description);
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    // Re-read right before writing: the executor may have moved the run on meanwhile.
    run = findRun(ctx, req);
    run->info.name = name;
    run->info.description = description;
    if (auto stored = ctx.store.updateRun(*run); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(run->info.toJson());
}

HttpResponse cancelRun(ServerContext &ctx, const HttpRequest &req)
{
    const auto run = findRun(ctx, req);
    if (!run)
        return runNotFound(req);
    if (Api::isTerminal(run->info.metadata.status))
        return HttpResponse::error(
            409,
            QStringLiteral("run '%1' already ended with status %2")
                .arg(run->info.id, Api::toString(run->info.metadata.status)));
    if (isEnsembleRun(*run))
        cancelEnsembleRun(ctx, *run);
    else
        ctx.executor.cancel(run->info.id);
    return noContent();
}

HttpResponse deleteRun(ServerContext &ctx, const HttpRequest &req)
{
    const auto run = findRun(ctx, req);
    if (!run)
        return runNotFound(req);
    if (isEnsembleRun(*run)) {
        // Its children go with it; they exist only to make its answer.
        if (auto deleted = deleteEnsembleChildren(ctx, *run); !deleted)
            return HttpResponse::error(500, deleted.error().message);
    }
    ctx.executor.cancel(run->info.id);
    if (auto deleted = ctx.store.deleteRun(run->info.id); !deleted)
        return HttpResponse::error(500, deleted.error().message);
    return noContent();
}

HttpResponse runLogs(ServerContext &ctx, const HttpRequest &req)
{
    const auto run = findRun(ctx, req);
    if (!run)
        return runNotFound(req);
    QStringList lines;
    for (const LogLine &line : ctx.store.logLines(run->info.id))
        lines.append(line.text);
    return HttpResponse::json(QJsonObject{{QStringLiteral("log"), lines.join(QLatin1Char('\n'))}});
}

HttpResponse liveLogs(ServerContext &ctx, const HttpRequest &req)
{
    const auto run = findRun(ctx, req);
    if (!run)
        return runNotFound(req);
    const QString since = req.queryValue(QStringLiteral("since"));
    bool ok = true;
    const qint64 after = since.isEmpty() ? 0 : since.toLongLong(&ok);
    if (!ok || after < 0)
        return HttpResponse::error(400, QStringLiteral("invalid 'since' cursor '%1'").arg(since));
    QJsonArray items;
    qint64 last = after;
    for (const LogLine &line : ctx.store.logLines(run->info.id, after)) {
        items.append(QJsonObject{{QStringLiteral("timestamp"), Api::Rfc3339::format(line.time)},
                                 {QStringLiteral("log"), line.text}});
        last = line.seq;
    }
    const bool finished = Api::isTerminal(run->info.metadata.status);
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("items"), items},
                    {QStringLiteral("status_v2"), Api::toString(run->info.metadata.status)},
                    {QStringLiteral("next_available_in_seconds"), finished ? 0 : 1},
                    {QStringLiteral("next_page_token"), QString::number(last)}});
}

HttpResponse inputUploadUrl(ServerContext &ctx, const HttpRequest &req)
{
    if (auto missing = requireApplication(ctx, req))
        return *missing;
    const auto upload = newUpload(ctx, req, QStringLiteral("input"));
    if (!upload)
        return HttpResponse::error(500, upload.error().message);
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("upload_id"), upload->id},
                    {QStringLiteral("upload_url"), presignedUpload(ctx, req, upload->id)}});
}

HttpResponse accountQueue(ServerContext &ctx)
{
    QList<RunRecord> active = ctx.store.activeRuns();
    // Running first, then the queue order the executor uses: priority, then age.
    std::stable_sort(active.begin(), active.end(), [](const RunRecord &a, const RunRecord &b) {
        const bool aRunning = a.info.metadata.status == Api::RunStatus::Running;
        const bool bRunning = b.info.metadata.status == Api::RunStatus::Running;
        if (aRunning != bRunning)
            return aRunning;
        return a.info.metadata.queuingPriority < b.info.metadata.queuingPriority;
    });
    QJsonArray runs;
    for (const RunRecord &record : std::as_const(active))
        runs.append(Api::RunSummary::fromInformation(record.info).toJson());
    return HttpResponse::json(QJsonObject{{QStringLiteral("runs"), runs}});
}

} // namespace

void registerRunRoutes(HttpRouter &router, ServerContext &ctx)
{
    const QString runs = QStringLiteral("/v1/applications/{app}/runs");
    const QString run = runs + QStringLiteral("/{run}");
    auto bind = [&ctx](HttpResponse (*handler)(ServerContext &, const HttpRequest &)) {
        return [&ctx, handler](const HttpRequest &req) {
            return handler(ctx, req);
        };
    };
    router.add("POST", runs, bind(createRun));
    router.add("GET", runs, bind(listRuns));
    router.add("POST", runs + QStringLiteral("/uploadurl"), bind(inputUploadUrl));
    router.add("GET", run, bind(runResult));
    router.add("PUT", run, bind(updateRun));
    router.add("DELETE", run, bind(deleteRun));
    router.add("GET", run + QStringLiteral("/metadata"), [&ctx](const HttpRequest &req) {
        const auto record = findRun(ctx, req);
        return record ? HttpResponse::json(record->info.toJson()) : runNotFound(req);
    });
    router.add("GET", run + QStringLiteral("/input"), bind(runInput));
    router.add("PATCH", run + QStringLiteral("/cancel"), bind(cancelRun));
    router.add("GET", run + QStringLiteral("/logs"), bind(runLogs));
    router.add("GET", run + QStringLiteral("/logs/live"), bind(liveLogs));
    router.add("GET", QStringLiteral("/v1/account/queue"),
               [&ctx](const HttpRequest &) { return accountQueue(ctx); });
}

} // namespace Server
