// The request a route handler sees and the response it returns: plain values, no sockets.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTemporaryFile;

namespace Server {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QHash<QString, QString> params; // {name} captures of the matched route
    QUrlQuery query;
    QByteArray body; // empty when the body was spooled to bodyFile
    // A large body (routes that take one, above the spool threshold) lives in an owner-only
    // temporary file instead of memory; a handler may rename it away to keep it.
    std::shared_ptr<QTemporaryFile> bodyFile;
    qint64 bodySize = 0; // in memory or on disk
    QByteArray contentType; // the Content-Type header as sent, e.g. "application/json"
    QString baseUrl; // http://host:port the server listens on, for absolute URLs in answers

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

// How an asynchronous handler answers later. Calling it after the client went away is safe (the
// answer is dropped); call it once, on the server's thread.
using Responder = std::function<void(HttpResponse)>;

} // namespace Server
