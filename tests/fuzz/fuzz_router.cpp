// The server's router on arbitrary methods and paths (as a client may send them, percent-encoded
// or not), over nextdesk-server's route table plus one route the input itself adds.
// match() must not crash, hang or trip ASan/UBSan, and what it answers must hold together: a
// match is a route added for that method (or GET for HEAD) whose captures are the path's
// segments; otherwise the methods it allows are ones routes were added with.
#include "server/http/httprouter.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace {

using Server::HttpRequest;
using Server::HttpResponse;
using Server::HttpRouter;

struct RouteSpec
{
    const char *method;
    const char *pattern;
};

// nextdesk-server's routes (server/handlers/*routes.cpp, nextdeskserver.cpp), written out
// because the real table needs the whole server; what matters here is their overlaps
// ("runs/uploadurl" and "runs/{run}", captures at several depths, GET and PUT of one path).
const RouteSpec serverRoutes[] = {
    {"POST", "/v1/applications"},
    {"GET", "/v1/applications"},
    {"GET", "/v1/applications/{app}"},
    {"PUT", "/v1/applications/{app}"},
    {"DELETE", "/v1/applications/{app}"},
    {"GET", "/v1/applications/{app}/binary"},
    {"PUT", "/v1/applications/{app}/binary"},
    {"POST", "/v1/applications/{app}/runs"},
    {"GET", "/v1/applications/{app}/runs"},
    {"POST", "/v1/applications/{app}/runs/uploadurl"},
    {"GET", "/v1/applications/{app}/runs/{run}"},
    {"PUT", "/v1/applications/{app}/runs/{run}"},
    {"DELETE", "/v1/applications/{app}/runs/{run}"},
    {"GET", "/v1/applications/{app}/runs/{run}/metadata"},
    {"GET", "/v1/applications/{app}/runs/{run}/input"},
    {"PATCH", "/v1/applications/{app}/runs/{run}/cancel"},
    {"GET", "/v1/applications/{app}/runs/{run}/logs"},
    {"GET", "/v1/applications/{app}/runs/{run}/logs/live"},
    {"GET", "/v1/account/queue"},
    {"POST", "/v1/applications/{app}/versions"},
    {"PUT", "/v1/applications/{app}/versions/{id}"},
    {"GET", "/v1/applications/{app}/versions"},
    {"GET", "/v1/applications/{app}/versions/{id}"},
    {"DELETE", "/v1/applications/{app}/versions/{id}"},
    {"POST", "/v1/applications/{app}/instances"},
    {"PUT", "/v1/applications/{app}/instances/{id}"},
    {"GET", "/v1/applications/{app}/instances"},
    {"GET", "/v1/applications/{app}/instances/{id}"},
    {"DELETE", "/v1/applications/{app}/instances/{id}"},
    {"POST", "/v1/applications/{app}/inputs"},
    {"PUT", "/v1/applications/{app}/inputs/{id}"},
    {"GET", "/v1/applications/{app}/inputs"},
    {"GET", "/v1/applications/{app}/inputs/{id}"},
    {"DELETE", "/v1/applications/{app}/inputs/{id}"},
    {"GET", "/v1/applications/{app}/inputs/{id}/content"},
    {"POST", "/v1/applications/{app}/experiments/inputsets"},
    {"PUT", "/v1/applications/{app}/experiments/inputsets/{id}"},
    {"GET", "/v1/applications/{app}/experiments/inputsets"},
    {"GET", "/v1/applications/{app}/experiments/inputsets/{id}"},
    {"DELETE", "/v1/applications/{app}/experiments/inputsets/{id}"},
    {"POST", "/v1/applications/{app}/experiments/batch"},
    {"GET", "/v1/applications/{app}/experiments/batch"},
    {"GET", "/v1/applications/{app}/experiments/batch/{id}"},
    {"GET", "/v1/applications/{app}/experiments/batch/{id}/metadata"},
    {"GET", "/v1/applications/{app}/experiments/batch/{id}/runs"},
    {"PATCH", "/v1/applications/{app}/experiments/batch/{id}"},
    {"DELETE", "/v1/applications/{app}/experiments/batch/{id}"},
    {"POST", "/v1/applications/{app}/experiments/acceptance"},
    {"GET", "/v1/applications/{app}/experiments/acceptance"},
    {"GET", "/v1/applications/{app}/experiments/acceptance/{id}"},
    {"PATCH", "/v1/applications/{app}/experiments/acceptance/{id}"},
    {"DELETE", "/v1/applications/{app}/experiments/acceptance/{id}"},
    {"PUT", "/uploads/{upload}"},
    {"GET", "/downloads/{app}/{kind}/{id}"},
    {"POST", "/v1/applications/{app}/experiments/shadow"},
    {"GET", "/v1/applications/{app}/experiments/shadow"},
    {"GET", "/v1/applications/{app}/experiments/shadow/{id}"},
    {"PATCH", "/v1/applications/{app}/experiments/shadow/{id}"},
    {"DELETE", "/v1/applications/{app}/experiments/shadow/{id}"},
    {"GET", "/v1/applications/{app}/experiments/shadow/{id}/metadata"},
    {"PUT", "/v1/applications/{app}/experiments/shadow/{id}/start"},
    {"PUT", "/v1/applications/{app}/experiments/shadow/{id}/stop"},
    {"GET", "/v1/applications/{app}/experiments/shadow/{id}/runs"},
    {"POST", "/v1/applications/{app}/experiments/switchback"},
    {"GET", "/v1/applications/{app}/experiments/switchback"},
    {"GET", "/v1/applications/{app}/experiments/switchback/{id}"},
    {"PATCH", "/v1/applications/{app}/experiments/switchback/{id}"},
    {"DELETE", "/v1/applications/{app}/experiments/switchback/{id}"},
    {"GET", "/v1/applications/{app}/experiments/switchback/{id}/metadata"},
    {"PUT", "/v1/applications/{app}/experiments/switchback/{id}/start"},
    {"PUT", "/v1/applications/{app}/experiments/switchback/{id}/stop"},
    {"GET", "/v1/applications/{app}/experiments/switchback/{id}/runs"},
    {"POST", "/v1/applications/{app}/ensembles"},
    {"GET", "/v1/applications/{app}/ensembles"},
    {"GET", "/v1/applications/{app}/ensembles/{id}"},
    {"PATCH", "/v1/applications/{app}/ensembles/{id}"},
    {"DELETE", "/v1/applications/{app}/ensembles/{id}"},
    {"GET", "/nextdesk/v1/applications/{app}/runs/{run}/ensemble"},
    {"GET", "/nextdesk/v1/test/clock"},
    {"PUT", "/nextdesk/v1/test/clock"},
    {"GET", "/nextdesk/v1/server"},
    {"POST", "/nextdesk/v1/shutdown"},
};

[[noreturn]] void fail(const char *what, const QByteArray &method, const QString &path)
{
    std::fprintf(stderr, "%s: %s %s\n", what, method.constData(), path.toUtf8().constData());
    std::abort();
}

// Each handler answers with its route's position, so a match can be checked against the route.
HttpRouter::Handler answerPosition(size_t position)
{
    return [position](const HttpRequest &) {
        HttpResponse r;
        r.status = int(position);
        return r;
    };
}

// Built once: adding the table for every input would be most of the work.
const HttpRouter &serverRouter()
{
    static const HttpRouter router = [] {
        HttpRouter r;
        for (size_t i = 0; i < std::size(serverRoutes); ++i)
            r.add(serverRoutes[i].method, QString::fromLatin1(serverRoutes[i].pattern),
                  answerPosition(i));
        return r;
    }();
    return router;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const QByteArray method = QByteArray::fromStdString(input.ConsumeRandomLengthString(16));
    const QByteArray extraMethod = QByteArray::fromStdString(input.ConsumeRandomLengthString(16));
    const QString extraPattern = QString::fromStdString(input.ConsumeRandomLengthString(128));
    const QString path = QString::fromStdString(input.ConsumeRemainingBytesAsString());

    HttpRouter router = serverRouter();
    router.add(extraMethod, extraPattern, answerPosition(std::size(serverRoutes)));
    const auto methodAt = [&](size_t i) {
        return i < std::size(serverRoutes) ? QByteArray(serverRoutes[i].method) : extraMethod;
    };

    const HttpRouter::Match match = router.match(method, path);
    const QStringList segments = HttpRouter::segments(path);
    if (match.handler) {
        const size_t i = size_t((*match.handler)(HttpRequest{}).status);
        if (i > std::size(serverRoutes))
            fail("a handler that is no route's", method, path);
        const QByteArray routeMethod = methodAt(i);
        if (routeMethod != method && !(method == "HEAD" && routeMethod == "GET"))
            fail("matched a route of another method", method, path);
        if (!match.allowedMethods.isEmpty())
            fail("a match that also lists allowed methods", method, path);
        const QStringList pattern = HttpRouter::segments(match.pattern);
        if (pattern.size() != segments.size())
            fail("matched a pattern of another length", method, path);
        for (auto it = match.params.begin(); it != match.params.end(); ++it) {
            if (!segments.contains(it.value()) || it.value().isEmpty())
                fail("a capture that is not a segment of the path", method, path);
        }
    }
    for (const QByteArray &allowed : match.allowedMethods) {
        bool known = false;
        for (size_t i = 0; i <= std::size(serverRoutes); ++i)
            known = known || methodAt(i) == allowed;
        if (!known)
            fail("allows a method no route has", method, path);
    }
    return 0;
}
