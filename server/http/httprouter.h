// Maps method + path pattern ("/v1/applications/{app}/runs/{run}") to handlers; answers 404 for
// unknown paths and 405 (with Allow) for known paths with the wrong method.
#pragma once

#include "httpmessage.h"

#include <functional>
#include <vector>

namespace Server {

class HttpRouter
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    enum class Access { BearerKey, Public };

    void add(const QByteArray &method, const QString &pattern, Handler handler,
             Access access = Access::BearerKey);

    struct Match
    {
        const Handler *handler = nullptr;
        Access access = Access::BearerKey;
        QString pattern; // the matched route's pattern as added, e.g. "/v1/applications/{app}"
        QHash<QString, QString> params;
        QByteArrayList allowedMethods; // filled when the path matched but the method did not
    };
    Match match(const QByteArray &method, const QString &path) const;

    // Splits and percent-decodes a path; one trailing slash is ignored.
    static QStringList segments(const QString &encodedPath);

    struct RouteKey
    {
        QByteArray method;
        QString pattern;
    };
    // Replaces every handler added so far with wrap(handler): one place for what all routes
    // share, such as turning a store failure noted while serving into a 500.
    using HandlerWrapper = std::function<Handler(Handler)>;
    void wrapHandlers(const HandlerWrapper &wrap);

    // Every route added, in order: lets a per-route policy check that it covers them all.
    QList<RouteKey> routes() const;

private:
    struct Route
    {
        QByteArray method;
        QString patternText;
        QStringList pattern;
        int literalCount = 0;
        Handler handler;
        Access access;
    };
    static bool matches(const Route &route, const QStringList &path,
                        QHash<QString, QString> *params);

    std::vector<Route> m_routes;
};

} // namespace Server
