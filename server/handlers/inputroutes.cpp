// Managed inputs: inputs kept for reuse (create from inline content, an upload or a run's input;
// list, get, update, delete, and read the content).
#include "routehelpers.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/jsonwrite.h"
#include "server/store/payloadstore.h"

#include <QJsonDocument>

namespace Server {

namespace {

const QString inputKind = QStringLiteral("input");

HttpResponse createInput(ServerContext &ctx, const HttpRequest &req)
{
    if (auto missing = requireApplication(ctx, req))
        return *missing;
    const QString appId = req.param(QStringLiteral("app"));
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return *error;
    Api::JsonObjectReader r(body);
    Api::ManagedInput input;
    input.id = r.string(QStringLiteral("id"));
    input.name = r.string(QStringLiteral("name"));
    input.description = r.string(QStringLiteral("description"));
    input.uploadId = r.string(QStringLiteral("upload_id"));
    input.runId = r.string(QStringLiteral("run_id"));
    const bool hasInline = r.has(QStringLiteral("input"));
    const QJsonValue inlineInput = r.value(QStringLiteral("input"));
    auto format = Api::RunFormat::fromJson(r.object(QStringLiteral("format")));
    if (!format)
        r.addError(format.error().message);
    if (int(hasInline) + int(!input.uploadId.isEmpty()) + int(!input.runId.isEmpty()) != 1)
        r.addError(QStringLiteral("exactly one of 'upload_id', 'run_id' or 'input' is required"));
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    input.format = format.value();
    if (input.id.isEmpty())
        input.id = generateId(QStringLiteral("managed-input"));
    if (!isValidId(input.id))
        return invalidId(QStringLiteral("id"), input.id);
    if (input.name.isEmpty())
        input.name = input.id;
    if (ctx.store.managedInput(appId, input.id))
        return conflict(inputKind, input.id);

    QString payloadRef;
    if (hasInline) {
        if (req.body.size() > ctx.inlinePayloadLimit)
            return HttpResponse::error(413,
                                       QStringLiteral("the input is larger than the 5 MB "
                                                      "inline limit; use an upload URL"));
        const QByteArray bytes = inlineInput.isString() ? inlineInput.toString().toUtf8()
                                                        : Api::compactJson(inlineInput);
        auto ref = ctx.payloads.store(appId, bytes, input.id);
        if (!ref)
            return HttpResponse::error(500, ref.error().message);
        payloadRef = ref.value();
    } else if (!input.uploadId.isEmpty()) {
        const auto upload = ctx.store.upload(input.uploadId);
        if (!upload || upload->appId != appId || upload->kind != QLatin1String("input"))
            return notFound(QStringLiteral("upload"), input.uploadId);
        if (upload->payloadRef.isEmpty())
            return HttpResponse::error(
                400, QStringLiteral("upload '%1' has no content yet").arg(input.uploadId));
        payloadRef = upload->payloadRef;
    } else {
        const auto run = ctx.store.run(appId, input.runId);
        if (!run)
            return notFound(QStringLiteral("run"), input.runId);
        payloadRef = run->inputRef;
        input.format = run->info.metadata.format; // an input made from a run keeps its format
    }
    input.appId = appId;
    input.size = ctx.payloads.size(payloadRef);
    input.createdAt = input.updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.insertManagedInput(input, payloadRef); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(input.toJson());
}

HttpResponse updateInput(ServerContext &ctx, const HttpRequest &req)
{
    auto input =
        ctx.store.managedInput(req.param(QStringLiteral("app")), req.param(QStringLiteral("id")));
    if (!input)
        return notFound(inputKind, req.param(QStringLiteral("id")));
    if (auto error =
            readNameAndDescription(req, inputKind, input->id, input->name, input->description))
        return *error;
    input->updatedAt = QDateTime::currentDateTimeUtc();
    if (auto stored = ctx.store.updateManagedInput(*input); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::json(input->toJson());
}

// NextDesk extension: the content itself, or a download URL with ?format=url.
HttpResponse inputContent(ServerContext &ctx, const HttpRequest &req)
{
    const QString appId = req.param(QStringLiteral("app"));
    const QString id = req.param(QStringLiteral("id"));
    const auto input = ctx.store.managedInput(appId, id);
    if (!input)
        return notFound(inputKind, id);
    if (req.queryValue(QStringLiteral("format")) == QLatin1String("url"))
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("url"),
                         presignedDownload(ctx, req, appId, QStringLiteral("input"), id)}});
    return payloadResponse(ctx, ctx.store.managedInputPayload(appId, id), input->format.input);
}

} // namespace

void registerInputRoutes(HttpRouter &router, ServerContext &ctx)
{
    DataStore &store = ctx.store;
    registerCollection<Api::ManagedInput>(
        router, ctx,
        {inputKind,
         QStringLiteral("/v1/applications/{app}/inputs"),
         [&store](const QString &app) { return store.managedInputs(app); },
         [&store](const QString &app, const QString &id) { return store.managedInput(app, id); },
         [&store](const QString &app, const QString &id) {
             return store.deleteManagedInput(app, id);
         },
         {},
         [&ctx](const HttpRequest &req) { return createInput(ctx, req); },
         [&ctx](const HttpRequest &req) {
             return updateInput(ctx, req);
         }});
    router.add("GET", QStringLiteral("/v1/applications/{app}/inputs/{id}/content"),
               [&ctx](const HttpRequest &req) { return inputContent(ctx, req); });
}

} // namespace Server
