// Maps method + path pattern to handlers.
#include "httprouter.h"

#include <QUrl>

namespace Server {

void HttpRouter::add(const QByteArray &method, const QString &pattern, Handler handler,
                     Access access, Body body)
{
    addRoute({method, pattern, segments(pattern), 0, std::move(handler), {}, access, body});
}

void HttpRouter::addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler,
                          Access access, Body body)
{
    addRoute({method, pattern, segments(pattern), 0, {}, std::move(handler), access, body});
}

void HttpRouter::addRoute(Route route)
{
    for (const QString &s : std::as_const(route.pattern)) {
        if (!s.startsWith(QLatin1Char('{')))
            ++route.literalCount;
    }
    m_routes.push_back(std::move(route));
}

QStringList HttpRouter::segments(const QString &encodedPath)
{
    QStringList parts = encodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = QUrl::fromPercentEncoding(part.toUtf8());
    return parts;
}

void HttpRouter::wrapHandlers(const HandlerWrapper &wrap)
{
    for (Route &route : m_routes)
        route.handler = wrap(std::move(route.handler));
}

QList<HttpRouter::RouteKey> HttpRouter::routes() const
{
    QList<RouteKey> keys;
    for (const Route &route : m_routes)
        keys.append({route.method, route.patternText});
    return keys;
}

bool HttpRouter::matches(const Route &route, const QStringList &path,
                         QHash<QString, QString> *params)
{
    if (route.pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &p = route.pattern.at(i);
        if (p.startsWith(QLatin1Char('{'))) {
            if (path.at(i).isEmpty())
                return false;
            if (params)
                params->insert(p.mid(1, p.size() - 2), path.at(i));
        } else if (p != path.at(i)) {
            return false;
        }
    }
    return true;
}

HttpRouter::Match HttpRouter::match(const QByteArray &method, const QString &path) const
{
    const QStringList parts = segments(path);
    Match result;
    const Route *best = nullptr;
    int bestPathLiterals = -1;
    for (const Route &route : m_routes) {
        if (!matches(route, parts, nullptr))
            continue;
        // A literal segment beats a capture ("runs/uploadurl" over "runs/{run}"), per method.
        if (route.method == method || (method == "HEAD" && route.method == "GET")) {
            if (route.literalCount > (best ? best->literalCount : -1))
                best = &route;
        }
        bestPathLiterals = std::max(bestPathLiterals, route.literalCount);
    }
    if (best && best->literalCount == bestPathLiterals) {
        if (best->asyncHandler)
            result.asyncHandler = &best->asyncHandler;
        else
            result.handler = &best->handler;
        result.access = best->access;
        result.body = best->body;
        result.pattern = best->patternText;
        matches(*best, parts, &result.params);
        return result;
    }
    for (const Route &route : m_routes) {
        if (route.literalCount == bestPathLiterals && matches(route, parts, nullptr) &&
            !result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace Server
