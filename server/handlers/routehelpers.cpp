// Shared pieces of the route groups.
#include "routehelpers.h"

#include "server/security/urlsigner.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Server {

std::optional<HttpResponse> parseObjectBody(const HttpRequest &request, QJsonObject &out)
{
    if (request.body.trimmed().isEmpty()) {
        out = {};
        return std::nullopt;
    }
    QJsonParseError error {};
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

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

HttpResponse invalidId(const QString &field, const QString &id)
{
    return HttpResponse::error(400,
                               QStringLiteral("field '%1' has an invalid ID '%2': use 1-64 "
                                              "letters, digits, '.', '_' or '-', starting "
                                              "with a letter or digit")
                                   .arg(field, id));
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

QString generateId(const QString &prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix + QLatin1Char('-');
    for (int i = 0; i < 9; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return id;
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
