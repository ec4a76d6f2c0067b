// --strict: refuses, before any handler runs, each request to the Nextmv API routes (/v1/...)
// that Nextmv's Python SDK would never send, so a client tested against nextdesk-server meets
// those refusals here rather than on Nextmv Cloud. The rules per route are one table in
// strictrequestcheck.cpp.
#pragma once

#include "server/http/httpmessage.h"

#include <optional>

namespace Server {

class DataStore;
class PayloadStore;

class StrictRequestCheck final
{
    Q_DISABLE_COPY_MOVE(StrictRequestCheck)

public:
    // The stores are read to check the content of uploads a request names.
    StrictRequestCheck(const DataStore &store, const PayloadStore &payloads);

    // The 400 to answer instead of calling the handler of the route registered as pattern.
    std::optional<HttpResponse> check(const QString &pattern, const HttpRequest &request) const;

    // Whether a route takes part: POST, PUT and PATCH on the Nextmv API (/v1/...). NextDesk's
    // own routes (/nextdesk/v1/...) and the pre-signed transfer URLs never do.
    static bool applies(const QByteArray &method, const QString &pattern);
    // Whether the table has a rule for the route; every route that applies needs one.
    static bool covers(const QByteArray &method, const QString &pattern);

private:
    const DataStore &m_store;
    const PayloadStore &m_payloads;
};

} // namespace Server
