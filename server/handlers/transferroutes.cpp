// The targets of pre-signed URLs: PUT of uploaded bytes and GET of stored payloads. They take
// no Bearer key (clients send none to such URLs); the URL's signature and expiry guard them.
#include "routehelpers.h"

#include "server/http/httprouter.h"
#include "server/security/urlsigner.h"
#include "server/store/datastore.h"
#include "server/store/payloadstore.h"

#include <QTemporaryFile>

namespace Server {

namespace {

std::optional<HttpResponse> checkSignature(const ServerContext &ctx, const HttpRequest &req)
{
    switch (ctx.signer.verify(req.method == "HEAD" ? QByteArray("GET") : req.method, req.path,
                              req.query)) {
    case UrlSigner::Verdict::Valid:
        return std::nullopt;
    case UrlSigner::Verdict::Expired:
        return HttpResponse::error(403,
                                   QStringLiteral("this pre-signed URL has expired; "
                                                  "request a new one"));
    case UrlSigner::Verdict::Invalid:
        break;
    }
    return HttpResponse::error(403, QStringLiteral("this pre-signed URL is not valid"));
}

HttpResponse receiveUpload(ServerContext &ctx, const HttpRequest &req)
{
    if (auto denied = checkSignature(ctx, req))
        return *denied;
    const QString id = req.param(QStringLiteral("upload"));
    const auto upload = ctx.store.upload(id);
    if (!upload)
        return notFound(QStringLiteral("upload"), id);
    if (req.bodySize > ctx.uploadLimit)
        return HttpResponse::error(
            413,
            QStringLiteral("uploads are limited to %1 MB").arg(ctx.uploadLimit / (1024 * 1024)));
    // A large upload arrives spooled to a file: move it into the store rather than read it.
    auto ref = req.bodyFile ? ctx.payloads.adoptFile(upload->appId, req.bodyFile->fileName(), id)
                            : ctx.payloads.store(upload->appId, req.body, id);
    if (!ref)
        return HttpResponse::error(500, ref.error().message);
    if (auto stored = ctx.store.setUploadPayload(id, ref.value(), req.bodySize); !stored)
        return HttpResponse::error(500, stored.error().message);
    return HttpResponse::raw({}, "text/plain", 200);
}

HttpResponse serveDownload(ServerContext &ctx, const HttpRequest &req)
{
    if (auto denied = checkSignature(ctx, req))
        return *denied;
    const QString appId = req.param(QStringLiteral("app"));
    const QString kind = req.param(QStringLiteral("kind"));
    const QString id = req.param(QStringLiteral("id"));
    QString ref;
    QString format = QStringLiteral("json");
    if (kind == QLatin1String("run-output") || kind == QLatin1String("run-input")) {
        const auto run = ctx.store.run(appId, id);
        if (!run)
            return notFound(QStringLiteral("run"), id);
        const bool output = kind == QLatin1String("run-output");
        ref = output ? run->outputRef : run->inputRef;
        format = output ? run->info.metadata.format.output : run->info.metadata.format.input;
    } else if (kind == QLatin1String("input")) {
        ref = ctx.store.managedInputPayload(appId, id);
        if (const auto input = ctx.store.managedInput(appId, id))
            format = input->format.input;
    }
    if (ref.isEmpty())
        return notFound(kind, id);
    return payloadResponse(ctx, ref, format);
}

} // namespace

void registerTransferRoutes(HttpRouter &router, ServerContext &ctx)
{
    router.add(
        "PUT", QStringLiteral("/uploads/{upload}"),
        [&ctx](const HttpRequest &req) { return receiveUpload(ctx, req); },
        HttpRouter::Access::Public, HttpRouter::Body::Large);
    router.add(
        "GET", QStringLiteral("/downloads/{app}/{kind}/{id}"),
        [&ctx](const HttpRequest &req) { return serveDownload(ctx, req); },
        HttpRouter::Access::Public);
}

} // namespace Server
