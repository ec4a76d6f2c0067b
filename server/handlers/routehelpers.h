// Shared pieces of the route groups: JSON bodies, ID rules, not-found answers, new IDs,
// pre-signed links.
#pragma once

#include "server/http/httpmessage.h"
#include "servercontext.h"

#include <QJsonObject>

#include <optional>

namespace Server {

class HttpRouter;

// Parses the body as a JSON object; on failure returns the 400 to send.
std::optional<HttpResponse> parseObjectBody(const HttpRequest &request, QJsonObject &out);

// IDs become file and URL path parts: letters, digits, '.', '_', '-', 1..64 characters,
// starting with a letter or digit.
bool isValidId(const QString &id);
HttpResponse invalidId(const QString &field, const QString &id);

HttpResponse notFound(const QString &kind, const QString &id);
HttpResponse conflict(const QString &kind, const QString &id);
HttpResponse noContent();

// prefix + '-' + 9 random letters/digits, e.g. "version-Xk3pQ9aZ1".
QString generateId(const QString &prefix);

// Absolute pre-signed URLs.
QString presignedUpload(const ServerContext &ctx, const HttpRequest &request,
                        const QString &uploadId);
QString presignedDownload(const ServerContext &ctx, const HttpRequest &request,
                          const QString &appId, const QString &kind, const QString &id);

void registerApplicationRoutes(HttpRouter &router, ServerContext &ctx);
void registerRunRoutes(HttpRouter &router, ServerContext &ctx);
void registerVersionRoutes(HttpRouter &router, ServerContext &ctx);
void registerInstanceRoutes(HttpRouter &router, ServerContext &ctx);
void registerInputRoutes(HttpRouter &router, ServerContext &ctx);
void registerTransferRoutes(HttpRouter &router, ServerContext &ctx);

} // namespace Server
