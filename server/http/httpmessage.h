// The request a route handler sees and the response it returns: plain values, no sockets.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

namespace Server {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QHash<QString, QString> params; // {name} captures of the matched route
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // the Content-Type header as sent, e.g. "application/json"
    QString baseUrl; // scheme://host:port the client used, for absolute URLs in answers

    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QString filePath; // when set, the file is streamed as the body instead
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonDocument &document, int status = 200);
    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    static HttpResponse raw(QByteArray body, QByteArray contentType, int status = 200);
    static HttpResponse file(QString path, QByteArray contentType);
    // {"error": message}, the shape every 4xx/5xx of ours has.
    static HttpResponse error(int status, const QString &message);
};

} // namespace Server
