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
    // For work that waits on something (a child process): answer through the Responder later,
    // so the server's one thread keeps serving meanwhile.
    using AsyncHandler = std::function<void(const HttpRequest &, Responder)>;
    enum class Access { BearerKey, Public };
    // Small: JSON, kept in memory under the server's small-body cap. Large: up to the server's
    // upload cap, spooled to HttpRequest::bodyFile above the spool threshold.
    enum class Body { Small, Large };

    void add(const QByteArray &method, const QString &pattern, Handler handler,
             Access access = Access::BearerKey, Body body = Body::Small);
    void addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler,
                  Access access = Access::BearerKey, Body body = Body::Small);

    struct Match
    {
        const Handler *handler = nullptr; // one of handler and asyncHandler is set on a match
        const AsyncHandler *asyncHandler = nullptr;
        Access access = Access::BearerKey;
        Body body = Body::Small;
        QString pattern; // the matched route's pattern as added, e.g. "/v1/applications/{app}"
        QHash<QString, QString> params;
        QByteArrayList allowedMethods; // filled when the path matched but the method did not

        bool found() const { return handler || asyncHandler; }
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
        AsyncHandler asyncHandler;
        Access access;
        Body body;
    };
    void addRoute(Route route);
    static bool matches(const Route &route, const QStringList &path,
                        QHash<QString, QString> *params);

    std::vector<Route> m_routes;
};

} // namespace Server
