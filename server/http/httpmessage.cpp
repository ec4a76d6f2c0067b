// The request a route handler sees and the response it returns.
#include "httpmessage.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Server {

HttpResponse HttpResponse::json(const QJsonDocument &document, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object), status);
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    return json(QJsonDocument(array), status);
}

HttpResponse HttpResponse::raw(QByteArray body, QByteArray contentType, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.contentType = std::move(contentType);
    return r;
}

HttpResponse HttpResponse::file(QString path, QByteArray contentType)
{
    HttpResponse r;
    r.filePath = std::move(path);
    r.contentType = std::move(contentType);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

} // namespace Server
