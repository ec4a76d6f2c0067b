// Shared pieces of the route groups.
#include "routehelpers.h"

#include "api/wire/jsonobjectreader.h"
#include "server/security/urlsigner.h"
#include "server/store/payloadstore.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace Server {

std::optional<HttpResponse> parseObjectBody(const HttpRequest &request, QJsonObject &out)
{
    if (request.body.trimmed().isEmpty()) {
        out = {};
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return HttpResponse::error(400,
                                   QStringLiteral("request body is not valid JSON: %1 at "
                                                  "byte %2")
                                       .arg(error.errorString())
                                       .arg(error.offset));
    if (!doc.isObject())
        return HttpResponse::error(400, QStringLiteral("request body must be a JSON object"));
    out = doc.object();
    return std::nullopt;
}

HttpResponse invalidId(const QString &field, const QString &id)
{
    return HttpResponse::error(
        400,
        QStringLiteral("field '%1' has an invalid ID '%2': %3").arg(field, id, Api::idRuleText()));
}

HttpResponse notFound(const QString &kind, const QString &id)
{
    return HttpResponse::error(404, QStringLiteral("%1 '%2' not found").arg(kind, id));
}

HttpResponse conflict(const QString &kind, const QString &id)
{
    return HttpResponse::error(409, QStringLiteral("%1 '%2' already exists").arg(kind, id));
}

HttpResponse noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

bool isDevInstanceId(const QString &id)
{
    return id == QLatin1String("latest") || id == QLatin1String("devint");
}

std::optional<HttpResponse> requireInstance(const ServerContext &ctx, const Api::Application &app,
                                            const QString &field, const QString &instanceId)
{
    if (instanceId.isEmpty())
        return HttpResponse::error(400, QStringLiteral("field '%1' is required").arg(field));
    if (isDevInstanceId(instanceId) || ctx.store.instance(app.id, instanceId))
        return std::nullopt;
    return HttpResponse::error(
        400, QStringLiteral("field '%1': instance '%2' does not exist").arg(field, instanceId));
}

std::optional<HttpResponse> requireApplication(const ServerContext &ctx, const HttpRequest &req)
{
    const QString appId = req.param(QStringLiteral("app"));
    if (ctx.store.application(appId))
        return std::nullopt;
    return notFound(QStringLiteral("application"), appId);
}

std::optional<HttpResponse> readNameAndDescription(const HttpRequest &req, const QString &kind,
                                                   const QString &currentId, QString &name,
                                                   QString &description)
{
    QJsonObject body;
    if (auto error = parseObjectBody(req, body))
        return error;
    Api::JsonObjectReader r(body);
    const QString id = r.string(QStringLiteral("id"), currentId);
    name = r.string(QStringLiteral("name"), name);
    description = r.string(QStringLiteral("description"), description);
    if (!r.ok())
        return HttpResponse::error(400, r.errorMessage());
    if (id != currentId)
        return HttpResponse::error(400, QStringLiteral("the %1 ID cannot be changed").arg(kind));
    return std::nullopt;
}

QString generateId(const QString &prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix + QLatin1Char('-');
    for (int i = 0; i < 9; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return id;
}

Api::Result<UploadRecord> newUpload(const ServerContext &ctx, const HttpRequest &request,
                                    const QString &kind)
{
    UploadRecord upload;
    upload.id = generateId(kind == QLatin1String("binary") ? QStringLiteral("binary")
                                                           : QStringLiteral("upload"));
    upload.appId = request.param(QStringLiteral("app"));
    upload.kind = kind;
    upload.createdAt = QDateTime::currentDateTimeUtc();
    upload.expiresAt = upload.createdAt.addSecs(ctx.presignedUrlLifetimeSeconds);
    if (auto stored = ctx.store.insertUpload(upload); !stored)
        return stored.error();
    return upload;
}

QString presignedUpload(const ServerContext &ctx, const HttpRequest &request,
                        const QString &uploadId)
{
    const QDateTime expires =
        QDateTime::currentDateTimeUtc().addSecs(ctx.presignedUrlLifetimeSeconds);
    return request.baseUrl +
        ctx.signer.sign("PUT", QStringLiteral("/uploads/") + uploadId, expires);
}

QString presignedDownload(const ServerContext &ctx, const HttpRequest &request,
                          const QString &appId, const QString &kind, const QString &id)
{
    const QDateTime expires =
        QDateTime::currentDateTimeUtc().addSecs(ctx.presignedUrlLifetimeSeconds);
    return request.baseUrl +
        ctx.signer.sign("GET", QStringLiteral("/downloads/%1/%2/%3").arg(appId, kind, id), expires);
}

} // namespace Server

namespace Server {

HttpResponse payloadResponse(const ServerContext &ctx, const QString &ref, const QString &format)
{
    const QByteArray type = format == QLatin1String("json") ? "application/json"
        : format == QLatin1String("text")                   ? "text/plain; charset=utf-8"
                                                            : "application/octet-stream";
    if (const QString file = ctx.payloads.filePath(ref); !file.isEmpty())
        return HttpResponse::file(file, type);
    auto data = ctx.payloads.read(ref);
    return data ? HttpResponse::raw(data.value(), type)
                : HttpResponse::error(500, data.error().message);
}

} // namespace Server
