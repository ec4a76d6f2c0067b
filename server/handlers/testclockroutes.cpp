// The scheduling clock's test route (only with --test-clock): GET /nextdesk/v1/test/clock
// answers {"time"}; PUT with {"time": RFC3339} sets it, with {"advance_seconds": n} moves it on.
// Once set, the clock stands still between calls.
#include "routehelpers.h"

#include "api/wire/jsonobjectreader.h"
#include "api/wire/rfc3339.h"

namespace Server {

namespace {

HttpResponse clockAnswer(const ServerContext &ctx)
{
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("time"), Api::Rfc3339::format(ctx.clock.now())},
                    {QStringLiteral("set"), ctx.clock.isSet()}});
}

} // namespace

void registerTestClockRoutes(HttpRouter &router, ServerContext &ctx)
{
    const QString path = QStringLiteral("/nextdesk/v1/test/clock");
    router.add("GET", path, [&ctx](const HttpRequest &) { return clockAnswer(ctx); });
    router.add("PUT", path, [&ctx](const HttpRequest &req) {
        QJsonObject body;
        if (auto error = parseObjectBody(req, body))
            return *error;
        Api::JsonObjectReader r(body);
        const QDateTime time = r.timestamp(QStringLiteral("time"));
        const bool advance = r.has(QStringLiteral("advance_seconds"));
        const double seconds = r.number(QStringLiteral("advance_seconds"));
        if (!r.ok())
            return HttpResponse::error(400, r.errorMessage());
        if (time.isValid() == advance)
            return HttpResponse::error(400,
                                       QStringLiteral("give exactly one of 'time' or "
                                                      "'advance_seconds'"));
        if (advance)
            ctx.clock.advance(qint64(seconds * 1000));
        else
            ctx.clock.set(time);
        return clockAnswer(ctx);
    });
}

} // namespace Server
